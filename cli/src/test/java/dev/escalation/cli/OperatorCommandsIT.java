package dev.escalation.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.config.EngineConfig;
import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import dev.escalation.registry.RegistryServer;
import dev.escalation.registry.SchemaRegistryClient;
import dev.escalation.runtime.Engine;
import dev.escalation.runtime.EngineSettings;
import dev.escalation.runtime.TopicReader;
import dev.escalation.topology.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What an operator does against a running engine: apply thresholds without a restart, watch alerts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorCommandsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final EngineConfig config = EngineConfig.defaults();
    private EmbeddedKafka kafka;
    private RegistryServer registry;
    private Topics topics;
    private Engine engine;

    @BeforeAll
    void start(@TempDir Path stateDir) {
        kafka = EmbeddedKafka.start();
        registry = RegistryServer.start(kafka.bootstrapServers(), 0);
        topics = Topics.create(config.topics(), new SchemaRegistryClient(registry.url()));
        engine = Engine.start(config, topics, EngineSettings.of(kafka.clientConfig())
                .withStreams(Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString())).withPartitions(1, 1).withTimeout(TIMEOUT));
    }

    @AfterAll
    void stop() {
        if (engine != null) engine.close();
        if (registry != null) registry.close();
        if (kafka != null) kafka.close();
    }

    @Test
    void anAppliedConfigChangesTheRunningEnginesAlertsAndAlertsPrintsThem(@TempDir Path dir) throws Exception {
        // Under the defaults a rocket attack (weight 2) fires nothing; under ops-9 it is ELEVATED.
        String yaml = "version: ops-9\nescalation:\n  levels:\n    elevated: 2\n    high: 30\n";
        Path file = Files.writeString(dir.resolve("ops-9.yaml"), yaml);
        Output applied = run("config", "apply", file.toString(), "--bootstrap-servers", kafka.bootstrapServers());
        assertEquals(0, applied.status, applied.err);
        assertTrue(applied.out.contains("applied version ops-9 to topic escalation-config"), applied.out);

        ReadOnlyKeyValueStore<String, String> inForce = engine.streams().store(
                StoreQueryParameters.fromNameAndType("engine-config", QueryableStoreTypes.keyValueStore()));
        await().atMost(TIMEOUT).until(() -> yaml.equals(inForce.get(ConfigCommand.KEY)));

        try (KafkaProducer<String, Incident> producer = new KafkaProducer<>(kafka.clientConfig(),
                topics.incidents().keySerde().serializer(), topics.incidents().valueSerde().serializer())) {
            Incident rockets = Incident.newBuilder().setId("r1").setEventType(EventType.ROCKET_ATTACK)
                    .setEventDate(LocalDate.parse("2024-03-01")).setCountryCode("SY").setActorSide("IRAN_AXIS").setTargetSide("US").build();
            producer.send(new ProducerRecord<>(topics.incidents().name(), rockets.getId(), rockets)).get();
        }

        Output watched = run("alerts", "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", registry.url(),
                "--from-beginning", "--region", "SY", "--min-level", "1", "--max", "1", "--timeout", "60s");
        assertEquals(0, watched.status, watched.err);
        List<String> lines = watched.out.lines().toList();
        assertEquals(2, lines.size(), watched.out);
        assertTrue(lines.get(0).startsWith("EVENT TIME"), lines.get(0));
        assertTrue(lines.get(1).matches("2024-03-01 00:00Z\\s+SY\\s+1 ELEVATED\\s+0\\s+RAISED\\s+intensity 2.0 .*"), lines.get(1));

        Output asJson = run("alerts", "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", registry.url(),
                "--from-beginning", "--region", "SY", "--max", "1", "--timeout", "60s", "--json");
        assertEquals(0, asJson.status, asJson.err);
        JsonNode alert = new ObjectMapper().readTree(asJson.out.trim());
        assertEquals("SY", alert.get("region").asText());
        assertEquals("ELEVATED", alert.get("levelName").asText());
        assertEquals("2024-03-01T00:00:00Z", alert.get("eventTime").asText());
        assertEquals("ops-9", alert.get("configVersion").asText());

        List<EscalationAlert> alerts = TopicReader.readAll(topics.alerts(), kafka.clientConfig(), TIMEOUT).stream()
                .map(ConsumerRecord::value).toList();
        assertEquals(List.of("ops-9"), alerts.stream().map(EscalationAlert::getConfigVersion).distinct().toList());
    }

    private record Output(int status, String out, String err) {}

    private static Output run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Escalation.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Output(status, out.toString(), err.toString());
    }
}
