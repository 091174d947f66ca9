package dev.escalation.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Incident;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REST client against the embedded server on a real broker, and the server's HTTP errors. */
class RegistryServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The schema of subject errors-value, used nowhere else. */
    private static final Schema PROBE = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Probe\",\"fields\":[{\"name\":\"n\",\"type\":\"int\"}]}");

    private static EmbeddedKafka kafka;
    private static RegistryServer server;
    private static SchemaRegistryClient client;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start();
        server = RegistryServer.start(kafka.bootstrapServers(), 0);
        client = new SchemaRegistryClient(server.url());
        client.register("errors-value", PROBE);
    }

    @AfterAll
    static void stop() {
        server.close();
        kafka.close();
    }

    @Test
    void registeringTheSameSchemaAgainGivesTheSameIdAndVersion() {
        int id = client.register("same-value", Incident.getClassSchema());

        assertEquals(id, new SchemaRegistryClient(server.url()).register("same-value", Incident.getClassSchema()));
        assertEquals(List.of(1), client.versions("same-value"));
    }

    @Test
    void theSameSchemaInAnotherSubjectKeepsItsId() {
        int id = client.register("first-value", EscalationAlert.getClassSchema());

        assertEquals(id, client.register("second-value", EscalationAlert.getClassSchema()));
    }

    @Test
    void looksUpLatestVersionsAndIds() {
        int v1 = client.register("lookup-value", TestSchemas.OLD_INCIDENT);
        int v2 = client.register("lookup-value", Incident.getClassSchema());

        assertNotEquals(v1, v2);
        assertEquals(new RegisteredSchema("lookup-value", 2, v2, Incident.getClassSchema()), client.latest("lookup-value"));
        assertEquals(new RegisteredSchema("lookup-value", 1, v1, TestSchemas.OLD_INCIDENT), client.version("lookup-value", 1));
        assertEquals(new RegisteredSchema("lookup-value", 1, v1, TestSchemas.OLD_INCIDENT), client.lookup("lookup-value", TestSchemas.OLD_INCIDENT));
        assertEquals(Incident.getClassSchema(), new SchemaRegistryClient(server.url()).schemaById(v2));
        assertTrue(client.subjects().contains("lookup-value"));
    }

    @Test
    void checksBackwardCompatibilityWithAvroRules() {
        client.register("compat-value", Incident.getClassSchema());

        assertEquals(new CompatibilityResult(true, List.of()), client.testCompatibility("compat-value", TestSchemas.INCIDENT_WITH_DEFAULTED_FIELD));
        CompatibilityResult incompatible = client.testCompatibility("compat-value", TestSchemas.INCIDENT_WITH_REQUIRED_FIELD);
        assertFalse(incompatible.compatible());
        assertTrue(incompatible.messages().get(0).startsWith("READER_FIELD_MISSING_DEFAULT_VALUE at /fields/0: severity"), incompatible.messages().toString());

        SchemaRegistryException refused = assertThrows(SchemaRegistryException.class,
                () -> client.register("compat-value", TestSchemas.INCIDENT_WITH_REQUIRED_FIELD));
        assertEquals(409, refused.errorCode());
        assertTrue(refused.getMessage().contains("READER_FIELD_MISSING_DEFAULT_VALUE"), refused.getMessage());
        assertEquals(List.of(1), client.versions("compat-value"));
    }

    @Test
    void compatibilityLevelsAreGlobalOrPerSubject() {
        assertEquals(CompatibilityLevel.BACKWARD, client.compatibility());
        client.register("levels-value", Incident.getClassSchema());

        client.setCompatibility("levels-value", CompatibilityLevel.NONE);

        assertEquals(CompatibilityLevel.NONE, client.compatibility("levels-value"));
        assertEquals(CompatibilityLevel.BACKWARD, client.compatibility("other-value"));
        client.register("levels-value", TestSchemas.INCIDENT_WITH_REQUIRED_FIELD);
        assertEquals(2, client.latest("levels-value").version());
    }

    @Test
    void softDeletedSubjectsDisappearButTheirIdsStay() {
        int id = client.register("deleted-value", TestSchemas.OLD_INCIDENT);

        assertEquals(List.of(1), client.deleteSubject("deleted-value"));

        assertFalse(client.subjects().contains("deleted-value"));
        assertEquals(40401, assertThrows(SchemaRegistryException.class, () -> client.latest("deleted-value")).errorCode());
        assertEquals(TestSchemas.OLD_INCIDENT, new SchemaRegistryClient(server.url()).schemaById(id));
        assertEquals(id, client.register("deleted-value", TestSchemas.OLD_INCIDENT));
        assertEquals(2, client.latest("deleted-value").version());
    }

    @Test
    void aRestartRebuildsIdsVersionsAndConfigFromTheTopic() {
        int oldId;
        int newId;
        try (RegistryServer first = RegistryServer.start(kafka.bootstrapServers(), 0, "restart-schemas")) {
            SchemaRegistryClient before = new SchemaRegistryClient(first.url());
            oldId = before.register("restart-value", TestSchemas.OLD_INCIDENT);
            newId = before.register("restart-value", Incident.getClassSchema());
            before.setCompatibility(CompatibilityLevel.FULL);
        }
        try (RegistryServer second = RegistryServer.start(kafka.bootstrapServers(), 0, "restart-schemas")) {
            SchemaRegistryClient after = new SchemaRegistryClient(second.url());

            assertEquals(TestSchemas.OLD_INCIDENT, after.schemaById(oldId));
            assertEquals(new RegisteredSchema("restart-value", 2, newId, Incident.getClassSchema()), after.latest("restart-value"));
            assertEquals(CompatibilityLevel.FULL, after.compatibility());
            assertEquals(newId + 1, after.register("restart-other-value", EscalationAlert.getClassSchema()));
        }
    }

    @Test
    void aTakenPortIsAOneLineError() {
        int port = URI.create(server.url()).getPort();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RegistryServer.start(kafka.bootstrapServers(), port));

        assertEquals("Schema registry port " + port + " on localhost is already in use", e.getMessage());
    }

    @ParameterizedTest(name = "{0} {1} -> {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /subjects/unknown-value/versions         |                                          | 404 | 40401 | Subject 'unknown-value' not found.
            GET    | /subjects/errors-value/versions/9        |                                          | 404 | 40402 | Version 9 not found.
            GET    | /subjects/errors-value/versions/abc      |                                          | 422 | 42202 | The specified version 'abc' is not a valid version id. Allowed values are between [1, 2^31-1] and the string "latest"
            GET    | /schemas/ids/99999                       |                                          | 404 | 40403 | Schema 99999 not found
            POST   | /subjects/errors-value                   | {"schema":"\\"string\\""}             | 404 | 40403 | Schema not found
            POST   | /subjects/errors-value/versions          | {"schema":"{not avro"}                   | 422 | 42201 |
            POST   | /subjects/errors-value/versions          | {"schemaType":"PROTOBUF","schema":"x"}   | 422 | 42201 | schemaType PROTOBUF is not supported
            POST   | /subjects/errors-value/versions          | not json                                 | 400 | 400   |
            PUT    | /config                                  | {"compatibility":"SIDEWAYS"}             | 422 | 42203 |
            GET    | /config/errors-value                     |                                          | 404 | 40408 | Subject 'errors-value' does not have subject-level compatibility configured
            DELETE | /subjects/unknown-value                  |                                          | 404 | 40401 | Subject 'unknown-value' not found.
            DELETE | /subjects/errors-value?permanent=true    |                                          | 422 | 422   | permanent deletes are not supported by the embedded schema registry
            GET    | /no/such/endpoint                        |                                          | 404 | 404   | HTTP 404 Not Found
            """)
    void answersErrorsAsConfluentDoes(String method, String path, String body, int status, int errorCode, String message) throws Exception {
        HttpResponse<String> response = call(method, path, body);

        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/vnd.schemaregistry.v1+json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode error = JSON.readTree(response.body());
        assertEquals(errorCode, error.get("error_code").asInt(), response.body());
        if (message != null) {
            assertEquals(message, error.get("message").asText());
        }
    }

    @Test
    void answersTheReadEndpointsConfluentClientsCall() throws Exception {
        int id = client.lookup("errors-value", PROBE).id();

        assertEquals("{}", call("GET", "/", null).body());
        assertEquals(PROBE, new Schema.Parser().parse(call("GET", "/subjects/errors-value/versions/1/schema", null).body()));
        assertEquals(PROBE, new Schema.Parser().parse(call("GET", "/schemas/ids/" + id + "/schema", null).body()));
        assertEquals(Map.of("schema", PROBE.toString()),
                JSON.readValue(call("GET", "/schemas/ids/" + id + "?subject=errors-value&format=resolved&normalize=false", null).body(), Map.class));
        assertEquals("[\"errors-value\"]", call("GET", "/schemas/ids/" + id + "/subjects", null).body());
        assertEquals("[{\"subject\":\"errors-value\",\"version\":1}]", call("GET", "/schemas/ids/" + id + "/versions", null).body());
        assertEquals("[\"AVRO\"]", call("GET", "/schemas/types", null).body());
        assertEquals("{\"is_compatible\":true}", call("POST", "/compatibility/subjects/errors-value/versions",
                JSON.writeValueAsString(Map.of("schema", PROBE.toString()))).body());
    }

    private static HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
