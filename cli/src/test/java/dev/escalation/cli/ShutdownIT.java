package dev.escalation.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.config.EngineConfig;
import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.feeds.TextArticles;
import dev.escalation.records.Article;
import dev.escalation.registry.RegistryServer;
import dev.escalation.registry.SchemaRegistryClient;
import dev.escalation.runtime.Engine;
import dev.escalation.runtime.EngineSettings;
import dev.escalation.topology.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the engine stops, and what the operator commands find after it (issue 14): SIGTERM under
 * load stops the engine within seconds and it leaves its consumer group, so {@code reset} works
 * at once; {@code reset --dry-run --force} changes nothing; a registry that does not answer is one
 * line within {@code --connect-timeout}. One embedded broker and registry for the class; each test
 * has an application id and topics of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShutdownIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private EmbeddedKafka kafka;
    private RegistryServer registry;
    private Admin admin;

    @BeforeAll
    void start() {
        kafka = EmbeddedKafka.start();
        registry = RegistryServer.start(kafka.bootstrapServers(), 0);
        admin = Admin.create(kafka.clientConfig());
    }

    @AfterAll
    void stop() {
        if (admin != null) admin.close();
        if (registry != null) registry.close();
        if (kafka != null) kafka.close();
    }

    /**
     * The engine in a child JVM ({@code ./escalation run}) extracting 20,000 articles; SIGTERM in
     * the middle of them. The process exits (143) within the close timeout, having committed what
     * it processed, and its group has no member left: it left, it did not wait out its 10 s session.
     */
    @Test
    void sigtermUnderLoadStopsWithinSecondsAndLeavesTheGroup(@TempDir Path dir) throws Exception {
        String run = "sigterm";
        EngineConfig config = config(run);
        Topics topics = topics(config);
        String applicationId = "shutdown-" + run;
        Engine.createTopics(topics, kafka.clientConfig(), 3, 1);
        int articles = 20_000;
        produceArticles(topics, articles);
        Path configFile = Files.writeString(dir.resolve("engine.yaml"), yaml(run));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", "target/escalation-cli.jar" + java.io.File.pathSeparator + "target/lib/*", Escalation.class.getName(), "run",
                "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", registry.url(),
                "--application-id", applicationId, "--state-dir", dir.resolve("state").toString(), "--config", configFile.toString(),
                "--health-file", dir.resolve("health").toString());
        Path log = Path.of("target", "shutdown-sigterm-engine.log");
        Process engine = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            await().atMost(TIMEOUT).until(() -> !engine.isAlive() || committed(applicationId, topics.articles().name()) > 0);
            assertTrue(engine.isAlive(), () -> "the engine stopped by itself: " + readQuietly(log));
            assertEquals(1, members(applicationId).size(), "one member while it runs");
            // what the container healthcheck reads (cli/Dockerfile)
            await().atMost(TIMEOUT).until(() -> Files.exists(dir.resolve("health")) && Files.readString(dir.resolve("health")).equals("RUNNING\n"));

            long start = System.nanoTime();
            engine.destroy(); // SIGTERM
            assertTrue(engine.waitFor(30, TimeUnit.SECONDS), "the engine did not stop in 30 s");
            double stopSeconds = (System.nanoTime() - start) / 1e9;
            List<String> left = members(applicationId);
            long done = committed(applicationId, topics.articles().name());
            System.out.printf("SIGTERM under load: stopped in %.1f s (exit %d), %,d of %,d articles committed, members left: %s%n",
                    stopSeconds, engine.exitValue(), done, articles, left);
            assertEquals(143, engine.exitValue(), readQuietly(log));
            assertTrue(stopSeconds < Engine.CLOSE_TIMEOUT.toSeconds() + 3, "stopped in " + stopSeconds + " s");
            assertTrue(done < articles, "stopped in the middle of the load: " + done + " of " + articles);
            assertEquals(List.of(), left, "the engine left its group");
            assertTrue(!Files.exists(dir.resolve("health")), "the health file is gone with the engine");
            assertTrue(readQuietly(log).contains("Engine " + applicationId + " stopped and left its group in "), readQuietly(log));
        } finally {
            engine.destroyForcibly().waitFor();
        }
    }

    /** The report: reset right after a clean stop found the group still active. The engine now leaves it on close. */
    @Test
    void resetRightAfterACleanStopFindsTheGroupEmpty(@TempDir Path dir) {
        String run = "reset-after-stop";
        EngineConfig config = config(run);
        String applicationId = "shutdown-" + run;
        try (Engine engine = startEngine(config, applicationId, dir)) {
            assertEquals(1, members(applicationId).size());
        }
        Output reset = run("reset", "--bootstrap-servers", kafka.bootstrapServers(), "--application-id", applicationId,
                "--config", writeConfig(dir, run).toString(), "--state-dir", dir.toString());
        assertEquals(0, reset.code(), reset.err() + reset.out());
        assertTrue(reset.out().contains("Deleting local state " + dir.resolve(applicationId)), reset.out());
    }

    /** The report: Kafka's tool removed the members under --force even in a dry run. A dry run now names them and removes none. */
    @Test
    void aDryRunWithForceNamesTheMembersAndRemovesNone(@TempDir Path dir) {
        String run = "dry-run-force";
        EngineConfig config = config(run);
        String applicationId = "shutdown-" + run;
        try (Engine engine = startEngine(config, applicationId, dir)) {
            Output dryRun = run("reset", "--bootstrap-servers", kafka.bootstrapServers(), "--application-id", applicationId,
                    "--config", writeConfig(dir, run).toString(), "--state-dir", dir.toString(), "--dry-run", "--force");
            assertEquals(0, dryRun.code(), dryRun.err() + dryRun.out());
            assertTrue(dryRun.out().startsWith("Would remove 1 active member(s) of " + applicationId + ": "), dryRun.out());
            assertTrue(dryRun.out().contains("Would delete local state " + dir.resolve(applicationId)), dryRun.out());
            assertEquals(1, members(applicationId).size(), "the member is still there");
            assertEquals(org.apache.kafka.streams.KafkaStreams.State.RUNNING, engine.streams().state());
            assertTrue(Files.exists(dir.resolve(applicationId)), "local state kept");

            Output refused = run("reset", "--bootstrap-servers", kafka.bootstrapServers(), "--application-id", applicationId,
                    "--config", writeConfig(dir, run).toString(), "--state-dir", dir.toString(), "--dry-run");
            assertEquals(1, refused.code());
            assertTrue(refused.err().contains("the group " + applicationId + " has active members: stop every engine instance, or add --force"),
                    refused.err());
        }
    }

    /** The report: an unreachable registry printed a 28-line stack trace. Now one line naming it, within --connect-timeout. */
    @Test
    void anUnreachableRegistryIsOneLineNamingIt() throws Exception {
        String url;
        try (ServerSocket closed = new ServerSocket(0)) {
            url = "http://localhost:" + closed.getLocalPort();
        }
        long start = System.nanoTime();
        Output output = run("run", "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", url, "--connect-timeout", "3s");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("unreachable registry: exit %d after %.1f s: %s", output.code(), seconds, output.err());
        assertEquals(1, output.code());
        List<String> lines = output.err().lines().toList();
        assertEquals(1, lines.size(), output.err());
        assertTrue(lines.get(0).startsWith("escalation run: no schema registry answered at " + url + " ("), lines.get(0));
        assertTrue(seconds < 5, seconds + " s");
    }

    /**
     * The report: demo --timeout 1s took 63 s. The timeout is now one deadline for the whole demo.
     * In a child JVM, as the launcher runs it: a broker stopped in the middle of its start may end its JVM.
     */
    @Test
    void demoWithATimeoutOfOneSecondGivesUpWithinSeconds() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", "target/escalation-cli.jar" + java.io.File.pathSeparator + "target/lib/*", Escalation.class.getName(),
                "demo", "--timeout", "1s", "--seeds", Path.of("..", "seeds").toString());
        Path log = Path.of("target", "shutdown-demo-timeout.log");
        long start = System.nanoTime();
        Process demo = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(demo.waitFor(60, TimeUnit.SECONDS), "demo still running after 60 s");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("demo --timeout 1s: exit %d after %.1f s (JVM start included): %s", demo.exitValue(), seconds, readQuietly(log));
            assertEquals(ExitCodes.FAILED, demo.exitValue());
            assertTrue(readQuietly(log).contains("escalation demo: Kafka broker did not start within --timeout 1s"), readQuietly(log));
            assertTrue(seconds < 15, "gave up after " + seconds + " s");
        } finally {
            demo.destroyForcibly().waitFor();
        }
    }

    private Engine startEngine(EngineConfig config, String applicationId, Path stateDir) {
        return Engine.start(config, topics(config), EngineSettings.of(kafka.clientConfig()).withStreams(Map.of(
                StreamsConfig.APPLICATION_ID_CONFIG, applicationId, StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()))
                .withTimeout(TIMEOUT));
    }

    private record Output(int code, String out, String err) {}

    private static Output run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Escalation.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Output(code, out.toString(), err.toString());
    }

    private List<String> members(String group) {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            return description.members().stream().map(m -> m.clientId()).toList();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return List.of();
            }
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The offsets the group has committed on {@code topic}, summed over its partitions. */
    private long committed(String group, String topic) throws Exception {
        Map<org.apache.kafka.common.TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    /** The seed article again and again under ids of its own: extraction, the engine's most expensive stage, a few thousand a second. */
    private void produceArticles(Topics topics, int count) throws Exception {
        Article seed = TextArticles.read(Path.of("..", "seeds", "article-2024-02-03-us-strikes-iraq-syria.txt"));
        Map<String, Object> props = new HashMap<>(kafka.clientConfig());
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(props,
                topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer())) {
            for (int i = 0; i < count; i++) {
                Article article = Article.newBuilder(seed).setId("load-" + i).build();
                producer.send(new ProducerRecord<>(topics.articles().name(), article.getId(), article));
            }
            producer.flush();
        }
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static Path writeConfig(Path dir, String run) {
        try {
            return Files.writeString(dir.resolve(run + ".yaml"), yaml(run));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static EngineConfig config(String run) {
        return EngineConfig.parse(yaml(run), run);
    }

    private static String yaml(String run) {
        return "version: " + run + "\ntopics: {articles: " + run + "-articles, incidents: " + run + "-incidents, alerts: "
                + run + "-alerts, deadLetters: " + run + "-dead-letters, config: " + run + "-config}\n";
    }

    private Topics topics(EngineConfig config) {
        return Topics.create(config.topics(), new SchemaRegistryClient(registry.url()));
    }
}
