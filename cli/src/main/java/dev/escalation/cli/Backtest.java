package dev.escalation.cli;

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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The engine's very topology ({@link EngineTopology}, its state in memory) run through
 * {@link TopologyTestDriver} with an in-process schema registry: feed records in, in file order,
 * with their event times; alerts and dead letters out. No broker.
 */
public final class Backtest implements AutoCloseable {

    /** Outputs are drained this often, so that a long backtest runs in bounded memory. */
    private static final int DRAIN_EVERY = 10_000;

    private final EngineConfig config;
    private final Path stateDir;
    private final TopologyTestDriver driver;
    /** Null when the backtest runs the escalation pipeline alone. */
    private final TestInputTopic<String, Article> articles;
    private final TestInputTopic<String, Incident> incidents;
    private final TestOutputTopic<String, EscalationAlert> alertTopic;
    private final TestOutputTopic<byte[], byte[]> deadLetterTopic;
    /** The driver keeps every record it passed through a repartition topic: let go of them as we go. */
    private final List<TestOutputTopic<byte[], byte[]>> repartitionTopics = new ArrayList<>();
    private final List<EscalationAlert> alerts = new ArrayList<>();
    private final List<String> deadLetters = new ArrayList<>();
    private long deadLetterCount;
    private long piped;
    private Instant lastTime = Instant.now();

    /** A backtest of articles and incidents alike: both pipelines, extraction with {@code coder}. */
    public Backtest(EngineConfig config, EventCoder coder) {
        this(config, coder, Topics.create(config.topics(), new LocalSchemaRegistry()));
    }

    /** A backtest of incidents (incident, GDELT or ACLED feeds): the escalation pipeline alone. */
    public static Backtest ofIncidents(EngineConfig config) {
        return new Backtest(config, null, Topics.create(config.topics(), new LocalSchemaRegistry()));
    }

    private Backtest(EngineConfig config, EventCoder coder, Topics topics) {
        this.config = config;
        try {
            stateDir = Files.createTempDirectory("escalation-backtest-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary state folder", e);
        }
        Properties settings = new Properties();
        // No broker, nothing to fail over: at-least-once spares a transaction per record and changes no result.
        settings.putAll(StreamsSettings.of(config, Map.of("bootstrap.servers", "unused:9092"),
                Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString(), StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE)));
        driver = new TopologyTestDriver(coder == null ? EngineTopology.backtestIncidents(config, topics)
                : EngineTopology.backtest(config, topics, coder), settings);
        articles = coder == null ? null : driver.createInputTopic(topics.articles().name(),
                topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer());
        incidents = driver.createInputTopic(topics.incidents().name(),
                topics.incidents().keySerde().serializer(), topics.incidents().valueSerde().serializer());
        alertTopic = driver.createOutputTopic(topics.alerts().name(),
                topics.alerts().keySerde().deserializer(), topics.alerts().valueSerde().deserializer());
        deadLetterTopic = driver.createOutputTopic(topics.deadLetters().name(),
                topics.deadLetters().keySerde().deserializer(), topics.deadLetters().valueSerde().deserializer());
        String applicationId = settings.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        for (String topic : EngineTopology.sourceTopics(config, applicationId, 1)) {
            if (topic.startsWith(applicationId + "-")) {
                repartitionTopics.add(driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer()));
            }
        }
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
        if (++piped % DRAIN_EVERY == 0) {
            drain();
        }
    }

    /**
     * The alerts fired so far, in the order the engine emitted them. The input counts as ended: the
     * incidents held back to settle ({@code escalation.settle}) are taken, as when a live engine's
     * partitions fall idle.
     */
    public List<EscalationAlert> alerts() {
        driver.advanceWallClockTime(config.escalation().partitionIdle());
        drain();
        return List.copyOf(alerts);
    }

    /** How many records the engine dead-lettered (late, invalid, unreadable). */
    public long deadLetterCount() {
        drain();
        return deadLetterCount;
    }

    /** The reasons of the first dead letters. */
    public List<String> deadLetterReasons() {
        drain();
        return List.copyOf(deadLetters);
    }

    private void drain() {
        repartitionTopics.forEach(TestOutputTopic::readRecordsToList);
        alerts.addAll(alertTopic.readValuesToList());
        for (TestRecord<byte[], byte[]> letter : deadLetterTopic.readRecordsToList()) {
            deadLetterCount++;
            if (deadLetters.size() < 20) {
                Header reason = letter.headers().lastHeader("__streams.errors.message");
                deadLetters.add(reason == null ? "(no reason given)" : new String(reason.value(), StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public void close() {
        driver.close();
        try (var files = Files.walk(stateDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
