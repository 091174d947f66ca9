package dev.escalation.connect;

import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.registry.AvroSerde;
import dev.escalation.registry.RegistryServer;
import dev.escalation.registry.SchemaRegistryClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What a test class of the plugin runs against: a real broker (KRaft, in-process), the embedded
 * schema registry (the Confluent REST API) and a real Connect worker, with a way to read the
 * topics back as the engine would.
 */
final class ConnectCluster implements AutoCloseable {

    /** A record as read back: its key, its decoded value and its timestamp. */
    record Read<T>(String key, T value, long timestamp) {}

    private final EmbeddedKafka kafka;
    private final RegistryServer registry;
    private final Path offsets;
    private final ConnectWorker worker;

    private ConnectCluster(EmbeddedKafka kafka, RegistryServer registry, Path offsets) {
        this.kafka = kafka;
        this.registry = registry;
        this.offsets = offsets;
        this.worker = ConnectWorker.start(kafka.bootstrapServers(), offsets);
    }

    static ConnectCluster start() {
        EmbeddedKafka kafka = EmbeddedKafka.start();
        RegistryServer registry = RegistryServer.start(kafka.bootstrapServers(), 0);
        try {
            return new ConnectCluster(kafka, registry, Files.createTempFile("connect-offsets-", ".dat"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ConnectWorker worker() {
        return worker;
    }

    String registryUrl() {
        return registry.url();
    }

    /** The topics, one partition each; the engine creates its own, the broker creates none by itself. */
    void createTopics(String... names) {
        try (Admin admin = Admin.create(kafka.clientConfig())) {
            admin.createTopics(Arrays.stream(names).map(n -> new NewTopic(n, 1, (short) 1)).toList()).all().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot create topics " + Arrays.toString(names), e);
        }
    }

    /** Everything on {@code topic} now, decoded with the engine's serde. */
    <T extends SpecificRecord> List<Read<T>> read(String topic, Class<T> type) {
        AvroSerde<T> serde = new AvroSerde<>(type, new SchemaRegistryClient(registry.url()));
        Map<String, Object> config = new HashMap<>(kafka.clientConfig());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<Read<T>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    records.add(new Read<>(r.key(), serde.deserialize(topic, r.value()), r.timestamp()));
                }
            }
            return records;
        }
    }

    /** How many records {@code topic} holds now. */
    long count(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.clientConfig(), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A task metric of the plugin's, as JMX shows it (task 0 of {@code connector}). */
    static double taskMetric(String connector, String name) throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> found = server.queryNames(new ObjectName("kafka.connect:type=plugins,connector=" + connector + ",task=0"), null);
        if (found.isEmpty()) {
            throw new IllegalStateException("no plugin metrics for " + connector + "; there are " + server.queryNames(new ObjectName("kafka.connect:*"), null));
        }
        return ((Number) server.getAttribute(found.iterator().next(), name)).doubleValue();
    }

    /** Writes {@code values} to {@code topic} as the engine does: Avro in the Confluent wire format. */
    <T extends SpecificRecord> void produce(String topic, Class<T> type, Map<String, T> values) {
        AvroSerde<T> serde = new AvroSerde<>(type, new SchemaRegistryClient(registry.url()));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.clientConfig(), new StringSerializer(), new ByteArraySerializer())) {
            values.forEach((key, value) -> producer.send(new ProducerRecord<>(topic, key, serde.serialize(topic, value))));
        }
    }

    /** Raw bytes, for records that are not Avro at all. */
    void produceRaw(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.clientConfig(), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value));
        }
    }

    @Override
    public void close() throws IOException {
        worker.close();
        registry.close();
        kafka.close();
        Files.deleteIfExists(offsets);
    }
}
