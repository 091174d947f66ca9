package dev.escalation.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.escalation.records.Incident;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a scripted HTTP stub: caching, error decoding, fail-over, basic auth. */
class SchemaRegistryClientTest {

    private static final Schema SCHEMA = Incident.getClassSchema();

    private HttpServer stub;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        stub.createContext("/", exchange -> {
            String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
            requests.add(request);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String answer = answers.getOrDefault(request, "404 {\"error_code\":40401,\"message\":\"Subject 'nope-value' not found.\"}");
            byte[] body = answer.substring(4).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(Integer.parseInt(answer.substring(0, 3)), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        answers.put("POST /subjects/incidents-value/versions", "200 {\"id\":7}");
        answers.put("GET /schemas/ids/8", "200 " + new ObjectMapper().writeValueAsString(Map.of("schema", SCHEMA.toString())));
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    private String url() {
        return "http://localhost:" + stub.getAddress().getPort();
    }

    @Test
    void registersOnceAndKnowsTheSchemaOfTheIdItGot() {
        SchemaRegistryClient client = new SchemaRegistryClient(url());

        assertEquals(7, client.register("incidents-value", SCHEMA));
        assertEquals(7, client.register("incidents-value", SCHEMA));
        assertEquals(SCHEMA, client.schemaById(7));

        assertEquals(List.of("POST /subjects/incidents-value/versions"), requests);
    }

    @Test
    void fetchesASchemaByIdOnce() {
        SchemaRegistryClient client = new SchemaRegistryClient(url());

        assertEquals(SCHEMA, client.schemaById(8));
        assertEquals(SCHEMA, client.schemaById(8));

        assertEquals(List.of("GET /schemas/ids/8"), requests);
    }

    @Test
    void carriesConfluentsErrorCodeAndMessage() {
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> new SchemaRegistryClient(url()).latest("nope-value"));

        assertEquals(404, e.status());
        assertEquals(40401, e.errorCode());
        assertEquals("Subject 'nope-value' not found.", e.getMessage());
    }

    @Test
    void triesTheNextUrlWhenOneDoesNotAnswer() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        SchemaRegistryClient client = new SchemaRegistryClient("http://localhost:" + deadPort + ", " + url() + "/");

        assertEquals(7, client.register("incidents-value", SCHEMA));
    }

    @Test
    void saysWhichUrlsFailedWhenNoneAnswers() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class,
                () -> new SchemaRegistryClient("http://localhost:" + deadPort).schemaById(1));

        assertEquals(0, e.status());
        assertTrue(e.getMessage().startsWith("no schema registry answered GET /schemas/ids/1: http://localhost:" + deadPort), e.getMessage());
    }

    @Test
    void sendsBasicAuthFromConfluentsSetting() {
        SchemaRegistryClient client = new SchemaRegistryClient(Map.of(
                SchemaRegistryClient.URL_CONFIG, url(),
                SchemaRegistryClient.BASIC_AUTH_USER_INFO_CONFIG, "analyst:secret"));

        client.register("incidents-value", SCHEMA);

        assertEquals(List.of("Basic YW5hbHlzdDpzZWNyZXQ="), authorizations);
    }

    @Test
    void refusesAConfigWithoutUrl() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SchemaRegistryClient(Map.of()));
        assertTrue(e.getMessage().contains("schema.registry.url"), e.getMessage());
    }
}
