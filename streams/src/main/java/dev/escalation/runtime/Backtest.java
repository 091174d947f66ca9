package dev.escalation.runtime;

import dev.escalation.config.EngineConfig;
import dev.escalation.extract.EventCoder;
import dev.escalation.feeds.FeedRecord;
import dev.escalation.records.Article;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Incident;
import dev.escalation.registry.LocalSchemaRegistry;
import dev.escalation.topology.EngineTopology;
import dev.escalation.topology.StreamsSettings;
import dev.escalation.topology.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The engine's very topology ({@link EngineTopology}) run through {@link TopologyTestDriver} with an
 * in-process schema registry: records in, in the order given, with their event times; alerts, dead
 * letters and the incidents extraction gives out. No broker. The one harness of the {@code backtest}
 * command, the benchmarks and the topology tests:
 * <ul>
 *   <li>{@link #Backtest(EngineConfig, EventCoder)} and {@link #ofIncidents}: a backtest, its state in
 *       memory and at-least-once (nothing to fail over), its outputs drained as it goes so that a long
 *       history runs in bounded memory, the first {@value #REASONS_KEPT} dead-letter reasons kept;
 *   <li>{@link #ofEngine}: the running engine's topology as it runs (durable stores, exactly-once),
 *       keeping every output, for tests.
 * </ul>
 */
public final class Backtest implements AutoCloseable {

    /** Outputs are drained this often, so that a long backtest runs in bounded memory. */
    private static final int DRAIN_EVERY = 10_000;
    /** A backtest keeps the reasons of this many dead letters; it counts them all. */
    private static final int REASONS_KEPT = 20;
    private static final String REASON_HEADER = "__streams.errors.message";

    private final EngineConfig config;
    private final Topics topics;
    private final Path stateDir;
    private final TopologyTestDriver driver;
    /** The engine's topology as it runs keeps every output, for tests; a backtest keeps only alerts and the first reasons. */
    private final boolean keepAll;
    /** Null when the backtest runs the escalation pipeline alone. */
    private final TestInputTopic<String, Article> articles;
    private final TestInputTopic<String, Incident> incidents;
    private TestInputTopic<String, String> configs;
    private final Map<String, TestInputTopic<byte[], byte[]>> rawInputs = new HashMap<>();
    private final TestOutputTopic<String, EscalationAlert> alertTopic;
    private final TestOutputTopic<byte[], byte[]> deadLetterTopic;
    /** Extraction's output, which the escalation pipeline reads back, kept by {@link #ofEngine}; null in a backtest. */
    private final TestOutputTopic<String, Incident> incidentTopic;
    /**
     * The driver keeps every record written to a topic the topology reads back (repartition topics;
     * in a backtest, extraction's incidents too): let go of them as we go.
     */
    private final List<TestOutputTopic<byte[], byte[]>> passedThrough = new ArrayList<>();
    private final List<EscalationAlert> alerts = new ArrayList<>();
    private final List<Incident> extracted = new ArrayList<>();
    private final List<String> deadLetters = new ArrayList<>();
    private long deadLetterCount;
    private long piped;
    private Instant lastTime = Instant.now();

    /** A backtest of articles and incidents alike: both pipelines, extraction with {@code coder}. */
    public Backtest(EngineConfig config, EventCoder coder) {
        this(config, coder, false);
    }

    /** A backtest of incidents (incident, GDELT or ACLED feeds): the escalation pipeline alone. */
    public static Backtest ofIncidents(EngineConfig config) {
        return new Backtest(config, null, false);
    }

    /**
     * The running engine's topology as {@link Engine} builds it, both pipelines (extraction with
     * {@code coder}), its stores durable and exactly-once as the engine runs; every output kept.
     */
    public static Backtest ofEngine(EngineConfig config, EventCoder coder) {
        return new Backtest(config, coder, true);
    }

    private Backtest(EngineConfig config, EventCoder coder, boolean engine) {
        this.config = config;
        this.topics = Topics.create(config.topics(), new LocalSchemaRegistry());
        this.keepAll = engine;
        try {
            stateDir = Files.createTempDirectory("escalation-backtest-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary state folder", e);
        }
        Map<String, Object> overrides = new HashMap<>();
        overrides.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        if (!engine) {
            // No broker, nothing to fail over: at-least-once spares a transaction per record and changes no result.
            overrides.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        }
        Properties settings = new Properties();
        settings.putAll(StreamsSettings.of(config, Map.of("bootstrap.servers", "unused:9092"), overrides));
        Topology topology = engine ? EngineTopology.build(config, topics, coder)
                : coder == null ? EngineTopology.backtestIncidents(config, topics) : EngineTopology.backtest(config, topics, coder);
        driver = new TopologyTestDriver(topology, settings);
        articles = coder == null ? null : driver.createInputTopic(topics.articles().name(),
                topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer());
        incidents = driver.createInputTopic(topics.incidents().name(),
                topics.incidents().keySerde().serializer(), topics.incidents().valueSerde().serializer());
        alertTopic = driver.createOutputTopic(topics.alerts().name(),
                topics.alerts().keySerde().deserializer(), topics.alerts().valueSerde().deserializer());
        deadLetterTopic = driver.createOutputTopic(topics.deadLetters().name(),
                topics.deadLetters().keySerde().deserializer(), topics.deadLetters().valueSerde().deserializer());
        incidentTopic = engine ? driver.createOutputTopic(topics.incidents().name(),
                topics.incidents().keySerde().deserializer(), topics.incidents().valueSerde().deserializer()) : null;
        String applicationId = settings.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        for (String topic : EngineTopology.sourceTopics(config, applicationId, 1)) {
            if (topic.startsWith(applicationId + "-") || (!engine && coder != null && topic.equals(topics.incidents().name()))) {
                passedThrough.add(driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
            }
        }
    }

    /** The typed topics, on the in-process registry. */
    public Topics topics() {
        return topics;
    }

    /** Pipes one record in at its event time; an undated article takes the time of the record before it, as if produced then. */
    public void pipe(FeedRecord record) {
        Instant time = record.eventTime() != null && record.eventTime().toEpochMilli() >= 0 ? record.eventTime() : lastTime;
        lastTime = time;
        if (record.value() instanceof Incident incident) {
            incidents.pipeInput(record.key(config), incident, time);
        } else if (articles != null) {
            articles.pipeInput(record.key(config), (Article) record.value(), time);
        } else {
            throw new IllegalStateException("an article in a backtest of incidents: " + record.file() + " line " + record.line());
        }
        piped();
    }

    /** Pipes an article into the articles topic, produced at {@code time}. */
    public void pipe(String key, Article article, Instant time) {
        if (articles == null) {
            throw new IllegalStateException("an article in a backtest of incidents: " + key);
        }
        articles.pipeInput(key, article, time);
        piped();
    }

    /** Pipes an incident into the incidents topic (its event time is in the payload). */
    public void pipe(String key, Incident incident) {
        incidents.pipeInput(key, incident);
        piped();
    }

    /** Pipes bytes as they are into {@code topic}: what a producer that does not speak the wire format sends. */
    public void pipeBytes(String topic, byte[] key, byte[] value) {
        rawInputs.computeIfAbsent(topic, t -> driver.createInputTopic(t, new ByteArraySerializer(), new ByteArraySerializer()))
                .pipeInput(key, value);
        piped();
    }

    /** Publishes a configuration to the config topic, as {@code ./escalation config apply} does. */
    public void applyConfig(String yaml) {
        if (configs == null) {
            configs = driver.createInputTopic(topics.config().name(), topics.config().keySerde().serializer(),
                    topics.config().valueSerde().serializer());
        }
        configs.pipeInput(Topics.CONFIG_KEY, yaml);
    }

    /** The feed falls quiet: the wall clock passes the partitions' idle time, and the engine takes every incident it holds back. */
    public void quiet() {
        driver.advanceWallClockTime(config.escalation().partitionIdle());
    }

    private void piped() {
        if (++piped % DRAIN_EVERY == 0) {
            drain();
        }
    }

    /**
     * The alerts fired so far, in the order the engine emitted them. The input counts as ended: the
     * incidents held back to settle ({@code escalation.settle}) are taken, as when a live engine's
     * partitions fall idle ({@link #quiet}).
     */
    public List<EscalationAlert> alerts() {
        quiet();
        return alertsSoFar();
    }

    /** The alerts fired so far, in the order the engine emitted them; the input goes on. */
    public List<EscalationAlert> alertsSoFar() {
        drain();
        return List.copyOf(alerts);
    }

    /** The incidents extraction passed to the escalation pipeline so far (kept by {@link #ofEngine} only). */
    public List<Incident> incidents() {
        drain();
        return List.copyOf(extracted);
    }

    /** How many records the engine dead-lettered (late, invalid, unreadable). */
    public long deadLetterCount() {
        drain();
        return deadLetterCount;
    }

    /** The reasons of the dead letters, in order: all of them ({@link #ofEngine}) or the first {@value #REASONS_KEPT}. */
    public List<String> deadLetterReasons() {
        drain();
        return List.copyOf(deadLetters);
    }

    /** The sum over the engine's tasks of the metric {@code name} (such as {@code articles-without-incidents-total}). */
    public double metricTotal(String name) {
        return driver.metrics().entrySet().stream()
                .filter(e -> e.getKey().name().equals(name))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue()).sum();
    }

    private void drain() {
        passedThrough.forEach(TestOutputTopic::readRecordsToList);
        if (incidentTopic != null) {
            extracted.addAll(incidentTopic.readValuesToList());
        }
        alerts.addAll(alertTopic.readValuesToList());
        for (TestRecord<byte[], byte[]> letter : deadLetterTopic.readRecordsToList()) {
            deadLetterCount++;
            if (keepAll || deadLetters.size() < REASONS_KEPT) {
                Header reason = letter.headers().lastHeader(REASON_HEADER);
                deadLetters.add(reason == null ? "(no reason given)" : new String(reason.value(), StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public void close() {
        driver.close();
        try (var files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
