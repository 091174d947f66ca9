package dev.escalation.cli;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.config.EngineConfig;
import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.feeds.FeedRecord;
import dev.escalation.model.EventTime;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Incident;
import dev.escalation.registry.RegistryServer;
import dev.escalation.registry.SchemaRegistryClient;
import dev.escalation.runtime.Backtest;
import dev.escalation.runtime.Engine;
import dev.escalation.runtime.EngineSettings;
import dev.escalation.runtime.Lag;
import dev.escalation.runtime.TopicReader;
import dev.escalation.testing.GeneratedIncidents;
import dev.escalation.topology.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same history gives the same alerts whatever the partitions, the producer's batching or a
 * hard kill of the engine in the middle of it: a few hundred generated incidents
 * ({@link GeneratedIncidents}), each run on its own topics and application id on one embedded
 * broker, compared with the engine's topology run in delivery order with no broker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeterminismIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final List<Incident> HISTORY = GeneratedIncidents.generate(20240128L, 300);

    private EmbeddedKafka kafka;
    private RegistryServer registry;
    private Admin admin;
    private Map<String, List<String>> expected;

    @BeforeAll
    void start() {
        kafka = EmbeddedKafka.start();
        registry = RegistryServer.start(kafka.bootstrapServers(), 0);
        admin = Admin.create(kafka.clientConfig());
        expected = backtest(config("backtest"));
        assertTrue(expected.values().stream().mapToInt(List::size).sum() > 20, "the history fires alerts: " + expected);
        assertTrue(expected.values().stream().flatMap(List::stream).anyMatch(a -> a.contains("CYCLE")), "with cycles: " + expected);
    }

    @AfterAll
    void stop() {
        if (admin != null) admin.close();
        if (registry != null) registry.close();
        if (kafka != null) kafka.close();
    }

    @Test
    void onePartitionOneSendPerRecordGivesTheAlertsOfTheInOrderRun(@TempDir Path stateDir) throws Exception {
        assertEquals(expected, runInProcess("p1-sync", 1, false, stateDir));
    }

    @Test
    void onePartitionBatchedGivesTheSameAlerts(@TempDir Path stateDir) throws Exception {
        assertEquals(expected, runInProcess("p1-batched", 1, true, stateDir));
    }

    @Test
    void threePartitionsOneSendPerRecordGiveTheSameAlerts(@TempDir Path stateDir) throws Exception {
        assertEquals(expected, runInProcess("p3-sync", 3, false, stateDir));
    }

    /** Keyed by id, one region's incidents spread over all three partitions. */
    @Test
    void threePartitionsBatchedGiveTheSameAlerts(@TempDir Path stateDir) throws Exception {
        assertEquals(expected, runInProcess("p3-batched", 3, true, stateDir));
    }

    /**
     * The engine runs in a child JVM (the launcher's jar and class path), killed with no chance to
     * close while it processes the middle of the history, then started again on the same state
     * folder and application id: exactly-once leaves exactly the alerts of an uninterrupted run.
     * One incidents partition (escalation in the intake's task) and three (a repartition hop between them).
     */
    @ParameterizedTest(name = "{0} incident partition(s)")
    @ValueSource(ints = {1, 3})
    void aHardKillInTheMiddleOfTheReplayLosesAndRepeatsNothing(int partitions, @TempDir Path dir) throws Exception {
        String run = "killed-p" + partitions;
        EngineConfig config = config(run);
        Topics topics = topics(config);
        String applicationId = "determinism-" + run;
        Engine.createTopics(topics, kafka.clientConfig(), partitions, partitions);
        Path configFile = Files.writeString(dir.resolve("engine.yaml"), yaml(run));
        // A killed member leaves the group only when its session times out: keep that short.
        Path clientFile = Files.writeString(dir.resolve("client.properties"), "session.timeout.ms=6000\n");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", "target/escalation-cli.jar" + java.io.File.pathSeparator + "target/lib/*", Escalation.class.getName(), "run",
                "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", registry.url(), "--client-config", clientFile.toString(),
                "--application-id", applicationId, "--state-dir", dir.resolve("state").toString(), "--config", configFile.toString(),
                "--partitions", String.valueOf(partitions), "--incident-partitions", String.valueOf(partitions));
        int half = HISTORY.size() / 2;

        Process first = startEngine(command, Path.of("target", run + "-engine-first.log"));
        try {
            produce(topics, HISTORY.subList(0, half), false);
            await().atMost(TIMEOUT).until(() -> !TopicReader.readAll(topics.alerts(), kafka.clientConfig(), TIMEOUT).isEmpty());
            produce(topics, HISTORY.subList(half, half + 40), true);
        } finally {
            first.destroyForcibly().waitFor();
        }
        int beforeRestart = TopicReader.readAll(topics.alerts(), kafka.clientConfig(), TIMEOUT).size();
        produce(topics, HISTORY.subList(half + 40, HISTORY.size()), false);

        Process second = startEngine(command, Path.of("target", run + "-engine-second.log"));
        try {
            assertEquals(expected, awaitAlerts(topics));
            int all = TopicReader.readAll(topics.alerts(), kafka.clientConfig(), TIMEOUT).size();
            assertTrue(beforeRestart < all, "killed before the end: " + beforeRestart + " of " + all + " alerts");
        } finally {
            second.destroyForcibly().waitFor();
        }
    }

    /** Starts the engine in a child JVM and waits until it says it runs. */
    static Process startEngine(List<String> command, Path log) throws Exception {
        Process engine = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        await().atMost(TIMEOUT).until(() -> !engine.isAlive() || Files.readString(log).contains(" running against "));
        assertTrue(engine.isAlive(), () -> "the engine did not start: " + readQuietly(log));
        return engine;
    }

    static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private Map<String, List<String>> runInProcess(String run, int partitions, boolean batched, Path stateDir) throws Exception {
        EngineConfig config = config(run);
        Topics topics = topics(config);
        String applicationId = "determinism-" + run;
        try (Engine engine = Engine.start(config, topics, EngineSettings.of(kafka.clientConfig()).withStreams(Map.of(
                StreamsConfig.APPLICATION_ID_CONFIG, applicationId, StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()))
                .withPartitions(partitions, partitions).withTimeout(TIMEOUT))) {
            produce(topics, HISTORY, batched);
            await().atMost(TIMEOUT).until(() -> Lag.caughtUp(admin, applicationId, engine.sourceTopics()));
            assertEquals(List.of(), TopicReader.readAll(topics.deadLetters(), kafka.clientConfig(), TIMEOUT).stream()
                    .map(DeterminismIT::reason).toList(), "nothing is late");
            return awaitAlerts(topics);
        }
    }

    /** The alerts, once they are the expected ones: the last incidents are taken when the partitions fall idle, after the input is consumed. */
    private Map<String, List<String>> awaitAlerts(Topics topics) {
        return await().atMost(TIMEOUT).until(() -> byRegion(TopicReader.readAll(topics.alerts(), kafka.clientConfig(), TIMEOUT).stream()
                .map(ConsumerRecord::value).toList()), equalTo(expected));
    }

    /** One send per record, waited for, keyed by country; or all at once in batches (linger), keyed by id. */
    private void produce(Topics topics, List<Incident> incidents, boolean batched) throws Exception {
        Map<String, Object> props = new HashMap<>(kafka.clientConfig());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, batched ? 100 : 0);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, batched ? 256 * 1024 : 1);
        Function<Incident, String> key = batched ? Incident::getId : Incident::getCountryCode;
        try (KafkaProducer<String, Incident> producer = new KafkaProducer<>(props,
                topics.incidents().keySerde().serializer(), topics.incidents().valueSerde().serializer())) {
            for (Incident incident : incidents) {
                var sent = producer.send(new ProducerRecord<>(topics.incidents().name(), null, EventTime.of(incident), key.apply(incident), incident));
                if (!batched) {
                    sent.get();
                }
            }
            producer.flush();
        }
    }

    /** The engine's own topology fed the history in delivery order through TopologyTestDriver. */
    static Map<String, List<String>> backtest(EngineConfig config) {
        try (Backtest backtest = Backtest.ofIncidents(config)) {
            HISTORY.forEach(incident -> backtest.pipe(new FeedRecord("generated", 0, incident)));
            assertEquals(0, backtest.deadLetterCount(), "nothing is late: " + backtest.deadLetterReasons());
            return byRegion(backtest.alerts());
        }
    }

    private static String reason(ConsumerRecord<byte[], byte[]> deadLetter) {
        return new String(deadLetter.headers().lastHeader("__streams.errors.message").value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Alerts by region, in the order each region's were published: what a consumer of one region sees. */
    static Map<String, List<String>> byRegion(List<EscalationAlert> alerts) {
        Map<String, List<String>> regions = new TreeMap<>();
        for (EscalationAlert a : alerts) {
            regions.computeIfAbsent(a.getRegion(), r -> new java.util.ArrayList<>()).add(String.join(" | ", a.getAlertId(),
                    a.getLevelName(), a.getStatus().name(), a.getEventTime().toString(), a.getReasons().toString(),
                    a.getRetaliationChain().stream().map(l -> l.getAttack().getIncidentId() + ">" + l.getResponse().getIncidentId()).toList().toString(),
                    a.getEvidence().toString()));
        }
        return regions;
    }

    /** The default thresholds on topics of the run's own. */
    static EngineConfig config(String run) {
        return EngineConfig.parse(yaml(run), run);
    }

    /**
     * The history delivers incidents up to 18 hours late, within the 1-day grace period: settling by
     * the grace period takes every incident in event-time order, whatever partition it came through.
     */
    static String yaml(String run) {
        return "version: determinism\ntopics: {articles: " + run + "-articles, incidents: " + run + "-incidents, alerts: "
                + run + "-alerts, deadLetters: " + run + "-dead-letters, config: " + run + "-config}\n"
                + "escalation: {settle: 1d}\n";
    }

    private Topics topics(EngineConfig config) {
        return Topics.create(config.topics(), new SchemaRegistryClient(registry.url()));
    }
}
