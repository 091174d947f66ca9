package dev.escalation.cli;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.config.EngineConfig;
import dev.escalation.embedded.ProcessKafkaCluster;
import dev.escalation.model.EventTime;
import dev.escalation.records.Incident;
import dev.escalation.registry.RegistryServer;
import dev.escalation.registry.SchemaRegistryClient;
import dev.escalation.runtime.Engine;
import dev.escalation.runtime.TopicReader;
import dev.escalation.topology.Topics;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failover for real: a three-node KRaft cluster (each node a JVM of its own; three replicas, two in
 * sync), two engine instances in JVMs of their own sharing one application id with a standby
 * replica. In the middle of a replay of {@link DeterminismIT}'s history, the instance that holds
 * the escalation task is killed with SIGKILL, then the broker that leads the incidents partition:
 * the alerts read with read_committed are the backtest's, none lost, none twice. Prints how long
 * the survivor took to commit its first transaction after each kill.
 */
class FailoverIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String RUN = "failover";
    private static final String APPLICATION_ID = "failover-engine";

    @Test
    void killingTheEscalationInstanceThenABrokerLosesAndRepeatsNothing(@TempDir Path dir) throws Exception {
        List<Incident> history = DeterminismIT.HISTORY;
        EngineConfig config = DeterminismIT.config(RUN);
        Map<String, List<String>> expected = DeterminismIT.backtest(config);
        String classPath = "target/escalation-cli.jar" + File.pathSeparator + "target/lib/*";
        try (ProcessKafkaCluster kafka = ProcessKafkaCluster.start(3, classPath,
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), Path.of("target", "failover-cluster"), TIMEOUT);
             RegistryServer registry = RegistryServer.start(kafka.bootstrapServers(), 0);
             Admin admin = Admin.create(kafka.clientConfig())) {
            Topics topics = Topics.create(config.topics(), new SchemaRegistryClient(registry.url()));
            Engine.createTopics(topics, kafka.clientConfig(), 3, 1);
            TopicPartition incidents = new TopicPartition(topics.incidents().name(), 0);
            Path configFile = Files.writeString(dir.resolve("engine.yaml"), DeterminismIT.yaml(RUN));
            Map<String, Process> engines = new HashMap<>();
            try {
                for (String name : List.of("engine-a", "engine-b")) {
                    // One standby of each stateful task on the other instance; the client id names the instance in the group.
                    Path clientFile = Files.writeString(dir.resolve(name + ".properties"),
                            "client.id=" + name + "\nnum.standby.replicas=1\n");
                    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                            "-cp", classPath, Escalation.class.getName(), "run",
                            "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", registry.url(),
                            "--client-config", clientFile.toString(), "--application-id", APPLICATION_ID,
                            "--state-dir", dir.resolve(name).toString(), "--config", configFile.toString());
                    engines.put(name, DeterminismIT.startEngine(command, Path.of("target", RUN + "-" + name + ".log")));
                }
                int half = history.size() / 2;
                produce(topics, kafka, history.subList(0, half), false);
                await().atMost(TIMEOUT).until(() -> !TopicReader.readAll(topics.alerts(), kafka.clientConfig(), TIMEOUT).isEmpty());
                // Both instances in the group, one of them running the escalation task (the incidents partition's).
                String holder = await().atMost(TIMEOUT).until(() -> holderOf(admin, incidents), Optional::isPresent).get();
                String survivor = holder.equals("engine-a") ? "engine-b" : "engine-a";

                // A batch arrives; the holder dies in the middle of it, with no chance to close.
                produce(topics, kafka, history.subList(half, half + 40), true);
                long killed = System.nanoTime();
                engines.get(holder).destroyForcibly().waitFor();
                long committedAtKill = committed(admin, incidents);
                Map<TopicPartition, Long> alertsEndAtKill = endOffsets(admin, topics.alerts().name());
                // The replay goes on while the survivor takes over, up to alerts of its own (the history, settled by a
                // day, raises no alert between its incidents 121 and 252, and three with incidents 253 to 259, counted from 0).
                int brokerKill = half + 106;
                produce(topics, kafka, history.subList(half + 40, brokerKill), false);
                CompletableFuture<Long> survivorAlerted = CompletableFuture.supplyAsync(
                        () -> firstCommittedRecordAfter(kafka, alertsEndAtKill));
                long survivorCommitted = awaitCommitPast(admin, incidents, committedAtKill);
                assertEquals(Optional.of(survivor), holderOf(admin, incidents), "the survivor holds the escalation task");
                long survivorFirstAlert = survivorAlerted.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

                // Then the broker leading the incidents partition dies too; the replay goes on to its end.
                int leader = admin.describeTopics(List.of(incidents.topic())).allTopicNames().get().get(incidents.topic())
                        .partitions().get(0).leader().id();
                long committedAtBrokerKill = committed(admin, incidents);
                long brokerKilled = System.nanoTime();
                kafka.kill(leader);
                produce(topics, kafka, history.subList(brokerKill, history.size()), false);
                long afterBroker = awaitCommitPast(admin, incidents, committedAtBrokerKill);

                Map<String, List<String>> alerts;
                try {
                    alerts = await().atMost(TIMEOUT).until(() -> DeterminismIT.byRegion(
                            TopicReader.readAll(topics.alerts(), kafka.clientConfig(), TIMEOUT).stream().map(ConsumerRecord::value).toList()),
                            equalTo(expected));
                } catch (ConditionTimeoutException e) {
                    // Say why: what was dead-lettered, and what the engines logged beyond their own events.
                    throw new AssertionError("alerts differ; dead letters: " + TopicReader.readAll(topics.deadLetters(), kafka.clientConfig(), TIMEOUT)
                            .stream().map(FailoverIT::reason).toList() + "; engine warnings: " + warnings(), e);
                }
                assertEquals(expected, alerts);
                assertEquals(List.of(), TopicReader.readAll(topics.deadLetters(), kafka.clientConfig(), TIMEOUT), "nothing dead-lettered");
                System.out.printf("FailoverIT: %s killed holding the escalation task; %s committed its first transaction %.1f s later, "
                                + "its first alert %.1f s later; broker %d (the incidents leader) killed, the survivor's next commit %.1f s later%n",
                        holder, survivor, seconds(killed, survivorCommitted), seconds(killed, survivorFirstAlert), leader,
                        seconds(brokerKilled, afterBroker));
            } finally {
                for (Process engine : engines.values()) {
                    engine.destroyForcibly().waitFor();
                }
            }
        }
    }

    private static String reason(ConsumerRecord<byte[], byte[]> deadLetter) {
        var header = deadLetter.headers().lastHeader("__streams.errors.message");
        return header == null ? "(no reason)" : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The WARN and ERROR lines of both engines' logs. */
    private static List<String> warnings() {
        List<String> lines = new java.util.ArrayList<>();
        for (String name : List.of("engine-a", "engine-b")) {
            for (String line : DeterminismIT.readQuietly(Path.of("target", RUN + "-" + name + ".log")).split("\n")) {
                if (line.contains(" WARN ") || line.contains(" ERROR ")) {
                    lines.add(name + ": " + line);
                }
            }
        }
        return lines;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** The client id of the instance whose consumer is assigned {@code partition}, once the group is stable with both instances. */
    private static Optional<String> holderOf(Admin admin, TopicPartition partition) throws Exception {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(APPLICATION_ID)).all().get().get(APPLICATION_ID);
        if (group.groupState() != GroupState.STABLE) {
            return Optional.empty();
        }
        for (MemberDescription member : group.members()) {
            if (member.assignment().topicPartitions().contains(partition)) {
                return Optional.of(member.clientId().substring(0, member.clientId().indexOf("-StreamThread")));
            }
        }
        return Optional.empty();
    }

    private static long committed(Admin admin, TopicPartition partition) throws Exception {
        OffsetAndMetadata offset = admin.listConsumerGroupOffsets(APPLICATION_ID).partitionsToOffsetAndMetadata().get().get(partition);
        return offset == null ? 0 : offset.offset();
    }

    /** Where each partition of {@code topic} ends, transactions still open included. */
    private static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) throws Exception {
        int count = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < count; p++) {
            latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    /** When the group's committed offset of {@code partition} first passed {@code offset}: a transaction of the survivor committed. */
    private static long awaitCommitPast(Admin admin, TopicPartition partition, long offset) {
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> committed(admin, partition) > offset);
        return System.nanoTime();
    }

    /**
     * When a read_committed consumer first sees a record past {@code ends}: what the killed instance
     * wrote before dying is before them, so this is the survivor's first alert.
     */
    private static long firstCommittedRecordAfter(ProcessKafkaCluster kafka, Map<TopicPartition, Long> ends) {
        Map<String, Object> props = new HashMap<>(kafka.clientConfig());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(ends.keySet());
            ends.forEach(consumer::seek);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!consumer.poll(Duration.ofMillis(50)).isEmpty()) {
                    return System.nanoTime();
                }
            }
            throw new AssertionError("the survivor wrote no alert within " + TIMEOUT.toSeconds() + " s");
        }
    }

    /** One send per record, waited for, keyed by country; or all at once in batches, keyed by id (as DeterminismIT produces). */
    private static void produce(Topics topics, ProcessKafkaCluster kafka, List<Incident> incidents, boolean batched) throws Exception {
        Map<String, Object> props = new HashMap<>(kafka.clientConfig());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, batched ? 100 : 0);
        try (KafkaProducer<String, Incident> producer = new KafkaProducer<>(props,
                topics.incidents().keySerde().serializer(), topics.incidents().valueSerde().serializer())) {
            for (Incident incident : incidents) {
                var sent = producer.send(new ProducerRecord<>(topics.incidents().name(), null, EventTime.of(incident),
                        batched ? incident.getId() : incident.getCountryCode(), incident));
                if (!batched) {
                    sent.get();
                }
            }
            producer.flush();
        }
    }
}
