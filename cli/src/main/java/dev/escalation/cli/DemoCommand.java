package dev.escalation.cli;

import dev.escalation.config.EngineConfig;
import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.embedded.EmbeddedKafkaException;
import dev.escalation.feeds.FeedRecord;
import dev.escalation.feeds.TextArticles;
import dev.escalation.records.Article;
import dev.escalation.records.EscalationAlert;
import dev.escalation.registry.RegistryServer;
import dev.escalation.registry.SchemaRegistryClient;
import dev.escalation.runtime.Engine;
import dev.escalation.runtime.Lag;
import dev.escalation.runtime.Replay;
import dev.escalation.runtime.TopicReader;
import dev.escalation.topology.EngineTopology;
import dev.escalation.topology.StreamsSettings;
import dev.escalation.topology.Topics;
import dev.escalation.watch.Watch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Starts an embedded Kafka broker (KRaft) and schema registry, the engine, replays the seed",
                "articles, prints the alerts and exits. Nothing to install: no Docker, no cluster."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--seeds", defaultValue = "${escalation.home:-.}/seeds", paramLabel = "DIR",
            description = "Folder of seed articles, *.txt named with their publication date (default: the project's seeds/).")
    Path seeds;

    @Option(names = "--kafka-port", defaultValue = "0", paramLabel = "PORT", description = "Kafka client port on localhost (default: any free port).")
    int kafkaPort;

    @Option(names = "--registry-port", defaultValue = "0", paramLabel = "PORT", description = "Schema registry port on localhost (default: any free port).")
    int registryPort;

    @Option(names = "--keep-running", description = "Leave the broker, registry and engine up until interrupted (Ctrl-C), so other clients can connect.")
    boolean keepRunning;

    @Option(names = "--http-port", defaultValue = "0", paramLabel = "PORT",
            description = "Port of the watch floor (live page, /api, /health, /metrics) (default: any free port).")
    int httpPort;

    @Mixin
    HttpOptions http;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Duration timeout = engine.timeout();
        // One deadline for the whole demo (broker, engine, replay, alerts), not a timeout per step:
        // --timeout 1s fails within about a second of work, not after several steps' worth.
        long deadline = System.nanoTime() + timeout.toNanos();
        java.util.function.Supplier<Duration> left = () -> Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1_000_000L));
        EngineConfig config = engine.engineConfig();
        List<Article> articles = readSeeds(seeds);
        HttpOptions.check(httpPort);
        out.println("Starting an embedded Kafka broker and schema registry ...");
        CountDownLatch closed = new CountDownLatch(1);
        try (EmbeddedKafka kafka = startKafka(left.get());
             RegistryServer registryServer = startRegistry(kafka)) {
            out.println("Kafka bootstrap servers: " + kafka.bootstrapServers());
            out.println("Schema registry URL:     " + registryServer.url());
            SchemaRegistryClient registry = new SchemaRegistryClient(registryServer.url());
            Topics topics = Topics.create(config.topics(), registry);
            Map<String, Object> client = kafka.clientConfig();
            Path stateDir = Files.createTempDirectory("escalation-state-");
            Map<String, Object> streams = new HashMap<>(Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()));
            if (httpPort > 0) {
                streams.put(StreamsConfig.APPLICATION_SERVER_CONFIG, http.applicationServer(httpPort));
            }
            try (Engine running = Engine.start(config, topics, engine.settings(client, streams).withTimeout(left.get()));
                 Admin admin = Admin.create(client);
                 Watch watch = http.start(running, config, topics, client, httpPort)) {
                out.println("Watch floor:             " + watch.url());
                out.println("Engine running; replaying " + articles.size() + " seed articles from " + seeds);
                produce(articles, seeds, config, topics, client);
                Lag.awaitSettled(admin, StreamsSettings.DEFAULT_APPLICATION_ID, running.sourceTopics(),
                        config.escalation().partitionIdle().multipliedBy(2), left.get());
                // Partitions interleave regions; a reader wants the story in event-time order.
                List<EscalationAlert> alerts = TopicReader.readAll(topics.alerts(), client, left.get()).stream()
                        .map(ConsumerRecord::value)
                        .sorted(Comparator.comparing(EscalationAlert::getEventTime).thenComparing(EscalationAlert::getRegion))
                        .toList();
                out.println();
                out.println(alerts.size() + " alert(s) on topic " + topics.alerts().name() + ":");
                alerts.forEach(a -> out.print(AlertText.format(a)));
                if (keepRunning) {
                    out.println("Running until interrupted (Ctrl-C).");
                    out.flush();
                    awaitInterrupt(closed);
                }
            }
        } finally {
            closed.countDown();
        }
        out.println("Shut down cleanly.");
        return 0;
    }

    private static List<Article> readSeeds(Path folder) {
        if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
            throw new CliException("seeds folder " + folder + " is missing or unreadable");
        }
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(TextArticles.read(file));
            }
        } catch (IOException e) {
            throw new CliException("cannot read seeds: " + e.getMessage());
        }
        if (articles.isEmpty()) {
            throw new CliException("seeds folder " + folder + " holds no *.txt articles");
        }
        return articles;
    }

    private EmbeddedKafka startKafka(Duration timeout) {
        try {
            return EmbeddedKafka.start(kafkaPort, timeout);
        } catch (EmbeddedKafkaException e) {
            // what is left of the deadline may be under a second: name the option instead
            throw new CliException(e.getMessage().replaceFirst("within \\d+ s", "within --timeout " + engine.timeout));
        }
    }

    private RegistryServer startRegistry(EmbeddedKafka kafka) {
        try {
            return RegistryServer.start(kafka.bootstrapServers(), registryPort);
        } catch (RuntimeException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** The seed articles into the articles topic, as {@code replay} sends them: keyed by id, at their publication time. */
    private static void produce(List<Article> articles, Path seeds, EngineConfig config, Topics topics, Map<String, Object> client)
            throws InterruptedException {
        try (Replay replay = new Replay(config, topics, client, 0, null, null)) {
            for (Article article : articles) {
                replay.send(new FeedRecord(seeds.toString(), 0, article));
            }
        }
    }

    /** Blocks until Ctrl-C; the JVM then waits for {@code closed}, so everything shuts down cleanly first. */
    private static void awaitInterrupt(CountDownLatch closed) throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            interrupted.countDown();
            try {
                // the engine closes within its close timeout; the broker and registry in a few seconds more
                closed.await(Engine.CLOSE_TIMEOUT.toSeconds() + 20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }));
        interrupted.await();
    }
}
