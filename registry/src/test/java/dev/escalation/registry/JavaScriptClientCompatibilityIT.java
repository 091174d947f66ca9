package dev.escalation.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compatibility with a third-party implementation: Confluent's official JavaScript client
 * ({@code @confluentinc/schemaregistry}, installed by {@code npm ci} in the Maven build) decodes
 * records the engine wrote, registers a schema and writes a record against the embedded
 * registry, and the engine decodes what it wrote.
 */
class JavaScriptClientCompatibilityIT {

    private static final Path JS_PROJECT = Path.of("src/test/js");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedKafka kafka;
    private static RegistryServer server;
    private static SchemaRegistryClient client;
    private static JsonNode js;

    @BeforeAll
    static void runTheJavaScriptClient() throws Exception {
        kafka = EmbeddedKafka.start();
        server = RegistryServer.start(kafka.bootstrapServers(), 0);
        client = new SchemaRegistryClient(server.url());
        byte[] incident = new AvroSerde<>(Incident.class, client).serialize("incidents", TestRecords.strike());
        byte[] alert = new AvroSerde<>(EscalationAlert.class, client).serialize("escalation-alerts", TestRecords.alert());
        js = JSON.readTree(node("compat.js", server.url(), base64(incident), base64(alert)));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void javaScriptDecodesTheEnginesIncident() {
        JsonNode incident = js.get("incident");
        Incident expected = TestRecords.strike();

        assertEquals(expected.getId(), incident.get("id").asText());
        assertEquals("AIR_STRIKE", incident.get("eventType").asText());
        assertEquals(expected.getEventDate().toEpochDay(), incident.get("eventDate").asLong());
        assertEquals(expected.getEventTime().toEpochMilli(), incident.get("eventTime").asLong());
        assertEquals("IQ", incident.get("countryCode").asText());
        assertEquals(34.37, incident.get("latitude").asDouble());
        assertEquals("IRAN_AXIS", incident.get("targetSide").asText());
        assertEquals(16, incident.get("fatalities").asInt());
        assertTrue(incident.get("injured").isNull());
        assertTrue(incident.get("isRetaliation").asBoolean());
        assertEquals("ARTICLE", incident.get("feed").asText());
        assertEquals("[\"seed-1\",\"seed-2\"]", incident.get("sourceIds").toString());
        assertEquals(0.9, incident.get("confidence").asDouble());
        assertEquals(expected.getEvidence(), incident.get("evidence").asText());
    }

    @Test
    void javaScriptDecodesTheEnginesAlert() {
        JsonNode alert = js.get("alert");

        assertEquals("IQ-SY-3-2024-02-02", alert.get("alertId").asText());
        assertEquals("[\"IQ\",\"SY\"]", alert.get("countries").toString());
        assertEquals(3, alert.get("level").asInt());
        assertEquals("ESCALATED", alert.get("status").asText());
        assertEquals(1, alert.get("counts").get("DRONE_ATTACK").asInt());
        JsonNode link = alert.get("retaliationChain").get(0);
        assertEquals("JO", link.get("attack").get("countryCode").asText());
        assertEquals("IQ", link.get("response").get("countryCode").asText());
        assertEquals(133.0, link.get("lagHours").asDouble());
        assertTrue(link.get("explicit").asBoolean());
        assertEquals("[\"inc-tower22-2024-01-28\",\"inc-us-strike-2024-02-02\"]", alert.get("evidence").get("incidentIds").toString());
    }

    @Test
    void theEngineDecodesWhatJavaScriptWrote() {
        byte[] written = Base64.getDecoder().decode(js.get("written").asText());

        Incident incident = new AvroSerde<>(Incident.class, new SchemaRegistryClient(server.url())).deserialize("js-incidents", written);

        assertEquals("js-drone-2024-01-28", incident.getId());
        assertEquals(EventType.DRONE_ATTACK, incident.getEventType());
        assertEquals(LocalDate.of(2024, 1, 28), incident.getEventDate());
        assertEquals("JO", incident.getCountryCode());
        assertEquals("IRAN_AXIS", incident.getActorSide());
        assertEquals(3, incident.getFatalities());
        assertNull(incident.getEvidence()); // not in the JavaScript schema: the reader's default
        assertEquals(1, incident.getCorroboration());
    }

    @Test
    void javaScriptRegistersLooksUpAndChecksCompatibility() {
        int id = js.get("registeredId").asInt();

        assertEquals(id, client.latest("js-incidents-value").id());
        assertEquals(id, js.get("registeredAgainId").asInt());
        assertEquals(id, js.get("lookedUpId").asInt());
        assertEquals(id, js.get("latest").get("id").asInt());
        assertEquals(1, js.get("latest").get("version").asInt());
        assertEquals("[1]", js.get("versions").toString());
        assertEquals(List.of("escalation-alerts-value", "incidents-value", "js-incidents-value"), JSON.convertValue(js.get("subjects"), List.class));
        assertTrue(js.get("compatibleWithItself").asBoolean());
        assertFalse(js.get("compatibleWithRequiredField").asBoolean());
        assertEquals(409, js.get("registerIncompatible").get("errorCode").asInt(), js.get("registerIncompatible").toString());
        assertEquals("BACKWARD", js.get("defaultCompatibility").asText());
    }

    /** Runs a script of the JavaScript project with node; its stdout. */
    private static String node(String script, String... args) throws IOException, InterruptedException {
        if (!Files.isDirectory(JS_PROJECT.resolve("node_modules/@confluentinc/schemaregistry"))) {
            fail("Confluent's JavaScript client is not installed in " + JS_PROJECT.toAbsolutePath()
                    + ": run the Maven build (it runs npm ci there before the integration tests) or npm ci yourself");
        }
        Path stdout = Files.createTempFile("compat-js", ".out");
        Path stderr = Files.createTempFile("compat-js", ".err");
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(JS_PROJECT.toFile())
                    .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("node (Node.js 18 or newer) is needed to run Confluent's JavaScript client, and was not found: " + e.getMessage(), e);
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("node " + script + " did not finish within 60 s: " + Files.readString(stderr));
            }
            if (process.exitValue() != 0) {
                fail("node " + script + " failed with exit code " + process.exitValue() + ":\n" + Files.readString(stderr));
            }
            return Files.readString(stdout);
        } finally {
            Files.delete(stdout);
            Files.delete(stderr);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
