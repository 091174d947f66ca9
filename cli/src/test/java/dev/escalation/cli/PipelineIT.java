package dev.escalation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.config.EngineConfig;
import dev.escalation.embedded.KafkaCluster;
import dev.escalation.feeds.TextArticles;
import dev.escalation.records.Article;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Incident;
import dev.escalation.registry.RegistryServer;
import dev.escalation.registry.SchemaRegistryClient;
import dev.escalation.runtime.Engine;
import dev.escalation.runtime.EngineSettings;
import dev.escalation.runtime.Lag;
import dev.escalation.runtime.TopicReader;
import dev.escalation.topology.EngineTopology;
import dev.escalation.topology.StreamsSettings;
import dev.escalation.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a real broker and the real registry REST API: articles in, Avro alerts out,
 * bad records to the dead-letter topic while the engine keeps running. Subclasses choose the broker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PipelineIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final EngineConfig config = EngineConfig.defaults();
    private KafkaCluster kafka;
    private RegistryServer registryServer;
    private Topics topics;
    private Engine engine;
    private Admin admin;

    /** The broker under test; started once per class. */
    abstract KafkaCluster startKafka();

    @BeforeAll
    void startPipeline(@TempDir Path stateDir) {
        kafka = startKafka();
        registryServer = RegistryServer.start(kafka.bootstrapServers(), 0);
        topics = Topics.create(config.topics(), new SchemaRegistryClient(registryServer.url()));
        engine = Engine.start(config, topics, EngineSettings.of(kafka.clientConfig())
                .withStreams(Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString())).withPartitions(3, 1).withTimeout(TIMEOUT));
        admin = Admin.create(kafka.clientConfig());
    }

    @AfterAll
    void stopPipeline() {
        if (admin != null) admin.close();
        if (engine != null) engine.close();
        if (registryServer != null) registryServer.close();
        if (kafka != null) kafka.close();
    }

    @Test
    void seedArticlesBecomeAvroAlertsForIraqAndSyriaAndBadRecordsAreDeadLettered() throws Exception {
        Path seeds = Path.of("..", "seeds");
        Article strikes2024 = TextArticles.read(seeds.resolve("article-2024-02-03-us-strikes-iraq-syria.txt"));
        Article strikes2021 = TextArticles.read(seeds.resolve("article-2021-06-27-us-strikes-iraq-syria.txt"));
        byte[] notAvro = "{\"id\": \"json-instead-of-avro\"}".getBytes(StandardCharsets.UTF_8);

        // Garbage first: the engine must dead-letter it and still process what follows.
        try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(kafka.clientConfig(), new ByteArraySerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(topics.articles().name(), "garbage".getBytes(StandardCharsets.UTF_8), notAvro)).get();
        }
        Article empty = Article.newBuilder(strikes2021).setId("empty-body").setBody(" ").build();
        produceArticles(List.of(empty, strikes2021, strikes2024));

        List<String> sources = engine.sourceTopics();
        Lag.awaitSettled(admin, StreamsSettings.DEFAULT_APPLICATION_ID, sources, config.escalation().partitionIdle().multipliedBy(2), TIMEOUT);

        List<EscalationAlert> alerts = TopicReader.readAll(topics.alerts(), kafka.clientConfig(), TIMEOUT)
                .stream().map(ConsumerRecord::value).toList();
        Instant strikes = Instant.parse("2024-02-02T00:00:00Z");
        for (String region : List.of("IQ", "SY")) {
            EscalationAlert alert = alerts.stream()
                    .filter(a -> a.getRegion().equals(region) && a.getLevel() >= 3 && a.getEventTime().equals(strikes))
                    .findFirst().orElseThrow(() -> new AssertionError("no retaliation alert for " + region + " dated " + strikes + ": " + alerts));
            assertEquals(config.version(), alert.getConfigVersion());
        }

        List<Incident> incidents = TopicReader.readAll(topics.incidents(), kafka.clientConfig(), TIMEOUT)
                .stream().map(ConsumerRecord::value).toList();
        assertTrue(incidents.stream().anyMatch(i -> i.getCountryCode().equals("SY") && i.getActorSide().equals("US")), "incidents: " + incidents);

        List<ConsumerRecord<byte[], byte[]>> deadLetters = TopicReader.readAll(topics.deadLetters(), kafka.clientConfig(), TIMEOUT);
        assertEquals(2, deadLetters.size(), "the garbage record and the empty article");
        ConsumerRecord<byte[], byte[]> garbage = deadLetters.stream()
                .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals("garbage")).findFirst().orElseThrow();
        assertTrue(reason(garbage).contains("magic byte"), "reason: " + reason(garbage));
        assertEquals(new String(notAvro, StandardCharsets.UTF_8), new String(garbage.value(), StandardCharsets.UTF_8), "original bytes kept");
        assertTrue(deadLetters.stream().anyMatch(r -> reason(r).contains("empty-body has an empty body")),
                "reasons: " + deadLetters.stream().map(PipelineIT::reason).toList());
        assertEquals(KafkaStreams.State.RUNNING, engine.streams().state(), "bad input must not stop the engine");
    }

    private void produceArticles(List<Article> articles) throws Exception {
        Map<String, Object> props = new HashMap<>(kafka.clientConfig());
        props.put("enable.idempotence", true);
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(props,
                topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer())) {
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(topics.articles().name(), null,
                        article.getPublishedAt().toEpochMilli(), article.getId(), article)).get();
            }
        }
    }

    private static String reason(ConsumerRecord<byte[], byte[]> record) {
        Header message = record.headers().lastHeader("__streams.errors.message");
        return message == null ? "(no reason header)" : new String(message.value(), StandardCharsets.UTF_8);
    }
}
