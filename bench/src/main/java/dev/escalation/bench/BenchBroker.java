package dev.escalation.bench;

import dev.escalation.config.EngineConfig;
import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.extract.EventCoder;
import dev.escalation.feeds.FeedRecord;
import dev.escalation.records.Incident;
import dev.escalation.registry.RegistryServer;
import dev.escalation.registry.SchemaRegistryClient;
import dev.escalation.runtime.Replay;
import dev.escalation.topology.EngineTopology;
import dev.escalation.topology.StreamsSettings;
import dev.escalation.topology.Topic;
import dev.escalation.topology.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * One embedded KRaft broker and schema registry with the engine's topics, for the harnesses that
 * need a broker: Streams applications started with the engine's own settings, incidents produced
 * through the CLI's replay, and waits on consumer lag.
 */
final class BenchBroker implements AutoCloseable {

    final EngineConfig config = EngineConfig.defaults();
    final EmbeddedKafka kafka;
    final RegistryServer registry;
    final Topics topics;
    /** Partitions of the incidents topic; the others have {@value #PARTITIONS}. */
    final int incidentPartitions;
    private final Admin admin;
    /** The state folders of the applications, one sub-folder per application id. */
    private final Scratch stateDir = Scratch.create("escalation-bench-state-");

    /** Partitions of the topics but the incidents topic. */
    static final int PARTITIONS = 3;

    private BenchBroker(EmbeddedKafka kafka, RegistryServer registry, int incidentPartitions) {
        this.kafka = kafka;
        this.registry = registry;
        this.incidentPartitions = incidentPartitions;
        this.topics = Topics.create(config.topics(), new SchemaRegistryClient(registry.url()));
        this.admin = Admin.create(kafka.clientConfig());
    }

    /**
     * Starts the broker and registry and creates the engine's topics: the incidents topic with
     * {@code -Dbench.incident.partitions} partitions (default 1, as the engine creates it), the others with {@value #PARTITIONS}.
     */
    static BenchBroker start() throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start();
        BenchBroker broker = new BenchBroker(kafka, RegistryServer.start(kafka.bootstrapServers(), 0),
                (int) Timed.count("bench.incident.partitions", 1));
        List<Topic<?, ?>> topics = new ArrayList<>(broker.topics.records());
        topics.add(broker.topics.config());
        broker.createTopics(topics);
        return broker;
    }

    Map<String, Object> client() {
        return kafka.clientConfig();
    }

    /**
     * Creates topics that keep their records: the incidents carry event times of 2024, which the
     * default time-based retention would delete at its first check, in the middle of a run.
     */
    void createTopics(List<Topic<?, ?>> topics) throws Exception {
        admin.createTopics(topics.stream().map(t -> new NewTopic(t.name(),
                        t.name().equals(this.topics.incidents().name()) ? incidentPartitions : PARTITIONS, (short) 1)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"))).toList()).all().get();
    }

    /** Produces the incidents through the CLI's replay (Avro through the registry, acks=all, idempotent) and waits for every ack. */
    long produce(List<Incident> incidents) throws Exception {
        try (Replay replay = new Replay(config, topics, client(), 0, null, null)) {
            for (Incident incident : incidents) {
                replay.send(record(incident));
            }
            replay.flush();
            if (replay.failed() > 0) {
                throw new IllegalStateException(replay.failed() + " incidents not produced: " + replay.firstFailure());
            }
            return replay.acknowledged();
        }
    }

    static FeedRecord record(Incident incident) {
        return new FeedRecord("generated", 0, incident);
    }

    /**
     * A Streams application with the engine's settings (exactly_once_v2, ...) and its own id, told
     * how many partitions the incidents have, as the CLI tells the engine; not started.
     */
    KafkaStreams app(Topology topology, String applicationId) {
        Map<String, Object> settings = Map.of(StreamsConfig.APPLICATION_ID_CONFIG, applicationId,
                StreamsConfig.STATE_DIR_CONFIG, stateDir.path().toString(), StreamsSettings.INCIDENT_PARTITIONS, incidentPartitions);
        return new KafkaStreams(topology, new StreamsConfig(StreamsSettings.of(config, client(), settings)));
    }

    /** The engine's topology over this broker's incidents topic. */
    Topology engine() {
        return EngineTopology.build(config, topics, EventCoder.withDefaultDictionaries(), incidentPartitions);
    }

    /** The topics the engine of {@code applicationId} consumes, its repartition topics included. */
    List<String> engineSources(String applicationId) {
        return EngineTopology.sourceTopics(config, applicationId, incidentPartitions);
    }

    /** Waits until the application runs (its tasks assigned), or fails after {@code timeout}. */
    static void awaitRunning(KafkaStreams streams, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (!streams.state().isRunningOrRebalancing() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the application did not start: " + streams.state());
            }
            Thread.sleep(20); // polling a state, not waiting for a result
        }
    }

    /** Waits until group {@code group} has committed past every record of {@code topics}, or fails after {@code timeout}. */
    void awaitCaughtUp(String group, List<String> topics, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!caughtUp(group, topics)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(group + " did not consume its input within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(100); // the polling tick of a lag check, not a wait for a result
        }
    }

    /**
     * Committed offsets are read before end offsets: with exactly-once, the commit that consumes
     * upstream records makes their outputs downstream (repartition topics) visible at once, so the
     * ends read afterwards include them.
     */
    private boolean caughtUp(String group, List<String> topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get().forEach((name, description) -> description.partitions()
                .forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        for (var end : admin.listOffsets(latest).all().get().entrySet()) {
            OffsetAndMetadata position = committed.get(end.getKey());
            if (end.getValue().offset() > 0 && (position == null || position.offset() < end.getValue().offset())) {
                return false;
            }
        }
        return true;
    }

    /** How many committed records {@code topic} holds (read_committed, from the start): dead letters, say. */
    long committedRecords(String topic) {
        Map<String, Object> props = new HashMap<>(client());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        long count = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                count += consumer.poll(Duration.ofMillis(100)).count();
            }
        }
        return count;
    }

    /** Stops an application and deletes its local state and internal topics, so rounds do not weigh on each other. */
    void remove(KafkaStreams streams, String applicationId) throws Exception {
        streams.close(Duration.ofSeconds(30));
        streams.cleanUp();
        Set<String> internal = admin.listTopics().names().get().stream()
                .filter(name -> name.startsWith(applicationId + "-")).collect(Collectors.toSet());
        admin.deleteTopics(internal).all().get();
    }

    @Override
    public void close() {
        admin.close();
        registry.close();
        kafka.close();
        stateDir.close();
    }
}
