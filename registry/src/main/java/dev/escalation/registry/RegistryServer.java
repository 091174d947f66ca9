package dev.escalation.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.apache.avro.Schema;

/**
 * An embedded schema registry that speaks the Confluent Schema Registry REST API (Avro only),
 * for the demo and the tests. Confluent's clients in any language work against it.
 *
 * <p>Its state lives in a compacted Kafka topic (default {@value #DEFAULT_TOPIC}) with the record
 * shapes of Confluent's own: on start it reads the topic to the end, so ids and versions survive
 * restarts, and it acknowledges a write only once Kafka has it (acks=all). It is the single
 * writer of that topic: do not run two of them, or a Confluent registry, on the same topic.
 * Compatibility checks are Avro's own {@link org.apache.avro.SchemaCompatibility}.
 *
 * <p>One thread answers every request in turn, so the state needs no locks; clients cache ids and
 * schemas, so the load is small.
 */
public final class RegistryServer implements AutoCloseable {

    /** The storage topic Confluent's registry uses by default. */
    public static final String DEFAULT_TOPIC = "_schemas";

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final System.Logger LOG = System.getLogger(RegistryServer.class.getName());

    private final HttpServer http;
    private final KafkaSchemaLog log;
    private final SchemaStore store;
    private final Security security;

    private RegistryServer(HttpServer http, KafkaSchemaLog log, Security security) {
        this.http = http;
        this.log = log;
        this.store = new SchemaStore(log);
        this.security = security;
        http.createContext("/", this::exchange);
        http.start();
    }

    /**
     * Optional HTTP basic auth and TLS for the registry.
     *
     * @param users who may call it (name to password); empty for no authentication (the default).
     *     Every user may do everything: there are no roles.
     * @param keystore a PKCS12 keystore with the server's key for HTTPS, or null for plain HTTP (the default)
     * @param keystorePassword the password of the keystore and its key
     */
    public record Security(Map<String, String> users, Path keystore, String keystorePassword) {

        /** No authentication, plain HTTP: the registry's defaults. */
        public static final Security NONE = new Security(Map.of(), null, null);

        public Security {
            users = Map.copyOf(users);
        }

        /** HTTP basic auth for these users (name to password). */
        public static Security basicAuth(Map<String, String> users) {
            return new Security(users, null, null);
        }

        /** These settings, served over HTTPS with the key in this PKCS12 keystore. */
        public Security withTls(Path keystore, String keystorePassword) {
            return new Security(users, keystore, keystorePassword);
        }

        boolean allows(String authorization) {
            if (users.isEmpty()) {
                return true;
            }
            if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return false;
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false;
            }
            int colon = decoded.indexOf(':');
            String password = colon < 0 ? null : users.get(decoded.substring(0, colon));
            return password != null && MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                    decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Starts a registry on localhost that keeps its schemas in {@value #DEFAULT_TOPIC}. */
    public static RegistryServer start(String bootstrapServers, int port) {
        return start(bootstrapServers, port, DEFAULT_TOPIC);
    }

    /**
     * Starts a registry on localhost, creating its topic when missing.
     *
     * @param port the HTTP port, or 0 for any free port
     * @throws IllegalStateException with a one-line reason when the port is taken or Kafka does not answer
     */
    public static RegistryServer start(String bootstrapServers, int port, String topic) {
        return start(Map.of("bootstrap.servers", bootstrapServers), port, topic, Security.NONE);
    }

    /**
     * Starts a registry on localhost, creating its topic when missing, on a Kafka cluster that may
     * be secured, with optional basic auth and HTTPS.
     *
     * @param kafkaClient bootstrap servers plus the client security settings (security.protocol, sasl.*, ssl.*)
     *     of a principal allowed to create, read and write {@code topic}
     * @param port the HTTP port, or 0 for any free port
     * @throws IllegalStateException with a one-line reason when the port is taken, the keystore unreadable or Kafka does not answer
     */
    public static RegistryServer start(Map<String, ?> kafkaClient, int port, String topic, Security security) {
        HttpServer http;
        try {
            InetSocketAddress address = new InetSocketAddress("localhost", port);
            if (security.keystore() == null) {
                http = HttpServer.create(address, 0);
            } else {
                HttpsServer https = HttpsServer.create(address, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(sslContext(security)));
                http = https;
            }
        } catch (BindException e) {
            throw new IllegalStateException("Schema registry port " + port + " on localhost is already in use");
        } catch (IOException e) {
            throw new IllegalStateException("cannot open schema registry port " + port + " on localhost: " + e.getMessage(), e);
        }
        KafkaSchemaLog log = null;
        try {
            log = KafkaSchemaLog.open(kafkaClient, topic);
            return new RegistryServer(http, log, security);
        } catch (RuntimeException e) {
            http.stop(0);
            if (log != null) {
                log.close();
            }
            throw e;
        }
    }

    private static SSLContext sslContext(Security security) {
        try (InputStream in = Files.newInputStream(security.keystore())) {
            char[] password = security.keystorePassword() == null ? new char[0] : security.keystorePassword().toCharArray();
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password);
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the schema registry keystore " + security.keystore() + ": " + e.getMessage(), e);
        }
    }

    /** The base URL clients use, e.g. {@code http://localhost:8081} ({@code https://} when it serves TLS). */
    public String url() {
        return (http instanceof HttpsServer ? "https" : "http") + "://localhost:" + http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
        log.close();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        int status = 200;
        Object answer;
        try {
            if (!security.allows(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"SchemaRegistry\"");
                // Confluent's answer to a missing or wrong login.
                throw new SchemaRegistryException(401, 401, "Unauthorized");
            }
            answer = route(new Request(exchange));
        } catch (SchemaRegistryException e) {
            status = e.status();
            answer = Map.of("error_code", e.errorCode(), "message", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "schema registry request failed: " + exchange.getRequestURI(), e);
            status = 500;
            answer = Map.of("error_code", 500, "message", "Internal Server Error: " + e);
        }
        byte[] body = answer instanceof Schema schema ? schema.toString().getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Answers one request: a value to send as JSON, or a {@link Schema} to send as its own JSON text. */
    private Object route(Request r) {
        if (r.is("GET")) {
            return Map.of();
        }
        if (r.is("GET", "subjects")) {
            return store.subjects(r.flag("deleted"));
        }
        if (r.is("GET", "subjects", "*", "versions")) {
            return store.versions(r.segment(1), r.flag("deleted"));
        }
        if (r.is("POST", "subjects", "*", "versions")) {
            return Map.of("id", store.register(r.segment(1), r.schema()));
        }
        if (r.is("GET", "subjects", "*", "versions", "*")) {
            return answer(store.version(r.segment(1), r.segment(3), r.flag("deleted")));
        }
        if (r.is("GET", "subjects", "*", "versions", "*", "schema")) {
            return store.version(r.segment(1), r.segment(3), r.flag("deleted")).schema();
        }
        if (r.is("POST", "subjects", "*")) {
            return answer(store.lookup(r.segment(1), r.schema(), r.flag("deleted")));
        }
        if (r.is("DELETE", "subjects", "*")) {
            if (r.flag("permanent")) {
                // Hard deletes would let a compacted topic forget ids, and ids must never be reused.
                throw new SchemaRegistryException(422, 422, "permanent deletes are not supported by the embedded schema registry");
            }
            return store.delete(r.segment(1));
        }
        if (r.is("GET", "schemas", "types")) {
            return List.of("AVRO");
        }
        if (r.is("GET", "schemas", "ids", "*")) {
            return Map.of("schema", store.schema(r.id(2)).toString());
        }
        if (r.is("GET", "schemas", "ids", "*", "schema")) {
            return store.schema(r.id(2));
        }
        if (r.is("GET", "schemas", "ids", "*", "subjects")) {
            return store.usesOf(r.id(2)).stream().map(SchemaStore.Entry::subject).distinct().toList();
        }
        if (r.is("GET", "schemas", "ids", "*", "versions")) {
            return store.usesOf(r.id(2)).stream().map(e -> new SubjectVersion(e.subject(), e.version())).toList();
        }
        if (r.is("POST", "compatibility", "subjects", "*", "versions")) {
            return compatibility(store.incompatibilities(r.segment(2), null, r.schema()), r.flag("verbose"));
        }
        if (r.is("POST", "compatibility", "subjects", "*", "versions", "*")) {
            return compatibility(store.incompatibilities(r.segment(2), r.segment(4), r.schema()), r.flag("verbose"));
        }
        if (r.is("GET", "config")) {
            return Map.of("compatibilityLevel", store.globalLevel());
        }
        if (r.is("GET", "config", "*")) {
            String subject = r.segment(1);
            return Map.of("compatibilityLevel", r.flag("defaultToGlobal") ? store.level(subject) : store.ownLevel(subject));
        }
        if (r.is("PUT", "config")) {
            CompatibilityLevel level = r.compatibility();
            store.setLevel(null, level);
            return Map.of("compatibility", level);
        }
        if (r.is("PUT", "config", "*")) {
            CompatibilityLevel level = r.compatibility();
            store.setLevel(r.segment(1), level);
            return Map.of("compatibility", level);
        }
        throw new SchemaRegistryException(404, 404, "HTTP 404 Not Found");
    }

    private static SchemaAnswer answer(SchemaStore.Entry entry) {
        return new SchemaAnswer(entry.subject(), entry.version(), entry.id(), entry.schema().toString());
    }

    private static Map<String, Object> compatibility(List<String> problems, boolean verbose) {
        return verbose ? Map.of("is_compatible", problems.isEmpty(), "messages", problems) : Map.of("is_compatible", problems.isEmpty());
    }

    /** Confluent's answer for a subject version (field order as Confluent's). */
    private record SchemaAnswer(String subject, int version, int id, String schema) {}

    private record SubjectVersion(String subject, int version) {}

    /** A request's method, decoded path segments, query parameters and JSON body. */
    private static final class Request {
        private final String method;
        private final List<String> segments;
        private final Map<String, String> query = new HashMap<>();
        private final byte[] body;

        Request(HttpExchange exchange) throws IOException {
            method = exchange.getRequestMethod();
            // Split the raw path first: a subject may contain an encoded '/'.
            segments = Arrays.stream(exchange.getRequestURI().getRawPath().split("/"))
                    .filter(s -> !s.isEmpty()).map(Request::decode).toList();
            String rawQuery = exchange.getRequestURI().getRawQuery();
            if (rawQuery != null) {
                for (String pair : rawQuery.split("&")) {
                    int eq = pair.indexOf('=');
                    query.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
            body = exchange.getRequestBody().readAllBytes();
        }

        /** Whether this is {@code method} on a path of these segments, {@code *} matching any one. */
        boolean is(String method, String... pattern) {
            if (!this.method.equals(method) || segments.size() != pattern.length) {
                return false;
            }
            for (int i = 0; i < pattern.length; i++) {
                if (!pattern[i].equals("*") && !pattern[i].equals(segments.get(i))) {
                    return false;
                }
            }
            return true;
        }

        String segment(int index) {
            return segments.get(index);
        }

        int id(int index) {
            try {
                return Integer.parseInt(segments.get(index));
            } catch (NumberFormatException e) {
                throw new SchemaRegistryException(404, 40403, "Schema " + segments.get(index) + " not found");
            }
        }

        /** A boolean query parameter; unknown parameters (format, subject, normalize...) are ignored. */
        boolean flag(String name) {
            return Boolean.parseBoolean(query.get(name));
        }

        /** The Avro schema in a body such as {"schemaType":"AVRO","schema":"..."}. */
        Schema schema() {
            JsonNode json = json();
            String type = json.path("schemaType").asText("AVRO");
            if (!type.equals("AVRO")) {
                throw new SchemaRegistryException(422, 42201, "schemaType " + type + " is not supported");
            }
            if (!json.path("references").isEmpty()) {
                throw new SchemaRegistryException(422, 42201, "schema references are not supported");
            }
            if (!json.path("schema").isTextual()) {
                throw new SchemaRegistryException(422, 42201, "Invalid schema: the request has no \"schema\" text");
            }
            try {
                return new Schema.Parser().parse(json.get("schema").asText());
            } catch (RuntimeException e) {
                throw new SchemaRegistryException(422, 42201, "Invalid schema: " + e.getMessage());
            }
        }

        /** The level in a body such as {"compatibility":"FULL"}. */
        CompatibilityLevel compatibility() {
            return CompatibilityLevel.parse(json().path("compatibility").asText(null));
        }

        private JsonNode json() {
            try {
                JsonNode json = JSON.readTree(body);
                if (json == null || !json.isObject()) {
                    throw new SchemaRegistryException(400, 400, "the request body must be a JSON object");
                }
                return json;
            } catch (IOException e) {
                throw new SchemaRegistryException(400, 400, "the request body is not JSON: " + e.getMessage());
            }
        }

        private static String decode(String part) {
            // URLDecoder is for forms: keep a literal '+' a plus, as in a URL path.
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
    }
}
