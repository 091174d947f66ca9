package dev.escalation.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The registry's storage: a compacted topic of JSON keys and values, one partition so that
 * writes keep their order. Each write is acknowledged by all in-sync replicas before it returns.
 */
final class KafkaSchemaLog implements SchemaLog, AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> client;
    private final String bootstrapServers;
    private final TopicPartition partition;
    private final KafkaProducer<byte[], byte[]> producer;

    private KafkaSchemaLog(Map<String, Object> client, String topic) {
        this.client = client;
        this.bootstrapServers = String.valueOf(client.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        this.partition = new TopicPartition(topic, 0);
        this.producer = new KafkaProducer<>(with(client, Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis() / 2,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis())),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** The Kafka client settings (bootstrap servers and any security settings) with {@code own} laid over them. */
    private static Map<String, Object> with(Map<String, Object> client, Map<String, Object> own) {
        Map<String, Object> settings = new HashMap<>(client);
        settings.putAll(own);
        return settings;
    }

    /**
     * Creates the topic when missing and connects to it.
     *
     * @param client bootstrap servers plus any client security settings (security.protocol, sasl.*, ssl.*)
     */
    static KafkaSchemaLog open(Map<String, ?> kafkaClient, String topic) {
        Map<String, Object> client = new HashMap<>(kafkaClient);
        String bootstrapServers = String.valueOf(client.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        try (Admin admin = Admin.create(client)) {
            try {
                // The broker's default replication factor: 1 on the embedded broker, usually 3 on a cluster.
                admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty())
                        .configs(Map.of("cleanup.policy", "compact")))).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                // Someone else's topic: check it. (One just made is not described at once by every broker.)
                int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                        .get(topic).partitions().size();
                if (partitions != 1) {
                    throw new IllegalStateException("schema registry topic " + topic + " has " + partitions
                            + " partitions; it needs exactly 1 so that writes keep their order");
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create or read the schema registry topic " + topic + " on Kafka at "
                    + bootstrapServers + ": " + (e.getCause() == null ? "no answer within " + TIMEOUT.toSeconds() + " s" : e.getCause().getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the schema registry topic " + topic, e);
        }
        return new KafkaSchemaLog(client, topic);
    }

    /** Reads the topic from its beginning to its current end; a null value is a tombstone. */
    @Override
    public void replay(BiConsumer<JsonNode, JsonNode> apply) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(with(client, Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (consumer.position(partition, TIMEOUT) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the schema registry topic " + partition.topic()
                            + " to its end (offset " + end + ") within " + TIMEOUT.toSeconds() + " s");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    apply.accept(parse(record.key()), record.value() == null ? null : parse(record.value()));
                }
            }
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer while the schema registry read "
                    + partition.topic() + ": " + e.getMessage(), e);
        }
    }

    /** Appends a record and waits until all in-sync replicas have it; a null value is a tombstone. */
    @Override
    public void write(JsonNode key, JsonNode value) {
        try {
            // Completes or fails within delivery.timeout.ms.
            producer.send(new ProducerRecord<>(partition.topic(), partition.partition(), bytes(key), value == null ? null : bytes(value))).get();
        } catch (ExecutionException e) {
            throw new SchemaRegistryException(500, 50001, "Error in the backend data store: cannot write to topic "
                    + partition.topic() + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(500, 50001, "Error in the backend data store: interrupted while writing to " + partition.topic());
        }
    }

    private static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable record in the schema registry topic: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(JsonNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        producer.close(TIMEOUT);
    }
}
