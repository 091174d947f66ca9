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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.time.Duration;
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
    /** How many requests to come the stub answers 503. */
    private final AtomicInteger outages = new AtomicInteger();

    @BeforeEach
    void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        stub.createContext("/", exchange -> {
            String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
            requests.add(request);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String answer = outages.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? "503 {\"error_code\":50003,\"message\":\"Error while forwarding the request to the leader\"}"
                    : answers.getOrDefault(request, "404 {\"error_code\":40401,\"message\":\"Subject 'nope-value' not found.\"}");
            byte[] body = answer.substring(4).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(Integer.parseInt(answer.substring(0, 3)), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        answers.put("POST /subjects/incidents-value/versions", "200 {\"id\":7}");
        answers.put("GET /schemas/ids/8", "200 " + new ObjectMapper().writeValueAsString(Map.of("schema", SCHEMA.toString())));
        answers.put("GET /schemas/ids/99", "404 {\"error_code\":40403,\"message\":\"Schema 99 not found\"}");
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
    void remembersAMissingIdSoAFloodOfItAsksOnce() {
        SchemaRegistryClient client = new SchemaRegistryClient(url());

        for (int i = 0; i < 100; i++) {
            SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> client.schemaById(99));
            assertEquals(404, e.status());
            assertEquals(40403, e.errorCode());
            assertTrue(e.notFound() && !e.outage());
        }

        assertEquals(List.of("GET /schemas/ids/99"), requests);
    }

    @Test
    void forgetsAMissingIdAfterItsLifetimeSoAnIdRegisteredLaterIsFound() throws Exception {
        SchemaRegistryClient client = new SchemaRegistryClient(Map.of(SchemaRegistryClient.URL_CONFIG, url(),
                SchemaRegistryClient.MISSING_ID_CACHE_TTL_CONFIG, "0"));
        assertThrows(SchemaRegistryException.class, () -> client.schemaById(99));
        answers.put("GET /schemas/ids/99", "200 " + new ObjectMapper().writeValueAsString(Map.of("schema", SCHEMA.toString())));

        assertEquals(SCHEMA, client.schemaById(99));
        assertEquals(List.of("GET /schemas/ids/99", "GET /schemas/ids/99"), requests);
    }

    @Test
    void missingIdsAreKeptForTheirLifetimeAndInBoundedNumber() {
        AtomicLong now = new AtomicLong();
        SchemaRegistryClient.MissingIds missing = new SchemaRegistryClient.MissingIds(Duration.ofSeconds(60), 3, now::get);
        SchemaRegistryException notFound = new SchemaRegistryException(404, 40403, "Schema not found");
        missing.put(1, notFound);

        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertEquals(notFound, missing.get(1));
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals(null, missing.get(1), "expired after 60 s");

        for (int id = 1; id <= 5; id++) {
            missing.put(id, notFound);
        }
        assertEquals(3, missing.size(), "bounded");
        assertEquals(null, missing.get(1), "the oldest went first");
        assertEquals(notFound, missing.get(5));
    }

    @Test
    void retriesWithBackoffWhileTheRegistryIsOut() {
        SchemaRegistryClient client = new SchemaRegistryClient(Map.of(SchemaRegistryClient.URL_CONFIG, url(),
                SchemaRegistryClient.RETRIES_WAIT_MS_CONFIG, "20"));
        outages.set(2);

        long start = System.nanoTime();
        assertEquals(SCHEMA, client.schemaById(8));

        assertEquals(List.of("GET /schemas/ids/8", "GET /schemas/ids/8", "GET /schemas/ids/8"), requests);
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(20 + 40).toNanos(), "waited 20 ms, then 40 ms");
    }

    @Test
    void anOutageThatOutlastsTheRetriesIsUnavailableAndNotRememberedAsMissing() {
        SchemaRegistryClient client = new SchemaRegistryClient(Map.of(SchemaRegistryClient.URL_CONFIG, url(),
                SchemaRegistryClient.MAX_RETRIES_CONFIG, "2", SchemaRegistryClient.RETRIES_WAIT_MS_CONFIG, "1"));
        outages.set(3);

        SchemaRegistryUnavailableException e = assertThrows(SchemaRegistryUnavailableException.class, () -> client.schemaById(8));
        assertEquals(503, e.status());
        assertTrue(e.outage() && !e.notFound());
        assertTrue(e.getMessage().contains("(tried 3 times in "), e.getMessage());

        assertEquals(SCHEMA, client.schemaById(8), "asked again once the registry is back");
        assertEquals(4, requests.size());
    }

    @Test
    void aNotFoundIsAnAnswerAndNotRetried() {
        SchemaRegistryClient client = new SchemaRegistryClient(url());

        assertThrows(SchemaRegistryException.class, () -> client.latest("nope-value"));

        assertEquals(1, requests.size());
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
        SchemaRegistryException e = assertThrows(SchemaRegistryUnavailableException.class,
                () -> new SchemaRegistryClient(Map.of(SchemaRegistryClient.URL_CONFIG, "http://localhost:" + deadPort,
                        SchemaRegistryClient.MAX_RETRIES_CONFIG, "0")).schemaById(1));

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
