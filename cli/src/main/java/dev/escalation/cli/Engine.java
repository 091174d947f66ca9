package dev.escalation.cli;

import dev.escalation.config.EngineConfig;
import dev.escalation.extract.EventCoder;
import dev.escalation.topology.EngineTopology;
import dev.escalation.topology.StreamsSettings;
import dev.escalation.topology.Topic;
import dev.escalation.topology.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/** The running engine: its topics made sure of, its Kafka Streams application started and stopped. */
final class Engine implements AutoCloseable {

    private final KafkaStreams streams;
    private final List<String> sourceTopics;

    private Engine(KafkaStreams streams, List<String> sourceTopics) {
        this.streams = streams;
        this.sourceTopics = sourceTopics;
    }

    /**
     * Creates the engine's topics where missing and starts the engine, waiting until it runs.
     *
     * @param client bootstrap servers and client security settings
     * @param streamsOverrides extra Streams settings (state dir, application id, ...)
     * @param partitions partitions of the topics it creates, but the incidents topic
     * @param incidentPartitions partitions of the incidents topic, if it creates it
     */
    static Engine start(EngineConfig config, Topics topics, Map<String, Object> client,
                        Map<String, Object> streamsOverrides, int partitions, int incidentPartitions, Duration timeout) {
        int actualIncidentPartitions = createTopics(topics, client, partitions, incidentPartitions);
        Map<String, Object> settings = StreamsSettings.of(config, client, streamsOverrides);
        settings.putIfAbsent(StreamsSettings.INCIDENT_PARTITIONS, actualIncidentPartitions);
        KafkaStreams streams = new KafkaStreams(
                EngineTopology.build(config, topics, EventCoder.withDefaultDictionaries(), actualIncidentPartitions), new StreamsConfig(settings));
        // A failed stream thread (a send the broker refused, say) is replaced; exactly-once makes the retry safe.
        streams.setUncaughtExceptionHandler(e -> StreamThreadExceptionResponse.REPLACE_THREAD);
        streams.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (!streams.state().isRunningOrRebalancing() || System.nanoTime() > deadline) {
                KafkaStreams.State state = streams.state();
                streams.close(Duration.ofSeconds(10));
                throw new CliException("the engine did not start (state " + state + " after " + timeout.toSeconds() + " s)");
            }
            Thread.onSpinWait();
        }
        String applicationId = settings.get(StreamsConfig.APPLICATION_ID_CONFIG).toString();
        return new Engine(streams, EngineTopology.sourceTopics(config, applicationId, actualIncidentPartitions));
    }

    /**
     * Creates the engine's topics that do not exist yet; existing ones are left as they are. The
     * incidents topic has a partition count of its own: all incidents meet in one escalation task,
     * and one partition takes them there with no repartition hop (see EngineTopology).
     *
     * @return how many partitions the incidents topic has
     */
    static int createTopics(Topics topics, Map<String, Object> client, int partitions, int incidentPartitions) {
        try (Admin admin = Admin.create(client)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<?, ?> topic : topics.records()) {
                if (!existing.contains(topic.name())) {
                    // Records carry event-time stamps, years old in a replay: time-based retention would
                    // delete them at its first check. Keep them until an operator sets a retention.
                    int count = topic.name().equals(topics.incidents().name()) ? incidentPartitions : partitions;
                    missing.add(new NewTopic(topic.name(), count, (short) -1)
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")));
                }
            }
            if (!existing.contains(topics.config().name())) {
                // Operator thresholds: only the latest value per key matters.
                missing.add(new NewTopic(topics.config().name(), 1, (short) -1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
            }
            admin.createTopics(missing).all().get();
            // A topic just made is not described at once by every broker: its partitions are the ones asked for.
            return !existing.contains(topics.incidents().name()) ? incidentPartitions
                    : admin.describeTopics(List.of(topics.incidents().name())).allTopicNames().get()
                            .get(topics.incidents().name()).partitions().size();
        } catch (ExecutionException e) {
            throw new CliException("cannot create the engine's topics: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted while creating topics");
        }
    }

    KafkaStreams streams() {
        return streams;
    }

    /** Every topic the engine consumes, its internal ones included: it has caught up when its group has committed past their ends. */
    List<String> sourceTopics() {
        return sourceTopics;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
