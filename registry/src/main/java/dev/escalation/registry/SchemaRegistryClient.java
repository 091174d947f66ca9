package dev.escalation.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.Schema;

/**
 * A client for the Confluent Schema Registry REST API (Avro schemas).
 *
 * <p>Ids and schemas never change once registered, so {@link #register}, {@link #lookup} and
 * {@link #schemaById} are cached: a serde asks the registry once per schema, never per record.
 * Answers that can change (latest version, config, compatibility) are not cached.
 *
 * <p>An id the registry answers it does not have (404) is remembered as missing for
 * {@value #MISSING_ID_CACHE_TTL_CONFIG} (default {@value #DEFAULT_MISSING_ID_TTL_SEC} s, at most
 * {@value #MISSING_CACHE_SIZE_CONFIG} ids): a flood of records naming a few unknown ids costs a few
 * requests, not one per record, and an id registered later is found once its miss has expired.
 *
 * <p>A registry that does not answer, or answers 5xx or 429, is an outage, not an answer: the
 * request is tried again after {@value #RETRIES_WAIT_MS_CONFIG} ms, the wait doubling up to
 * {@value #RETRIES_MAX_WAIT_MS_CONFIG} ms, at most {@value #MAX_RETRIES_CONFIG} times (Confluent's
 * keys), then {@link SchemaRegistryUnavailableException} is thrown. The defaults keep the whole
 * retry within about three seconds, under the ten-second transaction timeout of an exactly-once
 * Kafka Streams task that is waiting on it.
 *
 * <p>Several base URLs may be given, comma-separated; the next one is tried only when one does
 * not answer at all. Thread-safe.
 */
public final class SchemaRegistryClient implements SchemaRegistry {

    /** The registry base URLs, comma-separated (the key Confluent's clients use). */
    public static final String URL_CONFIG = "schema.registry.url";
    /** {@code user:password} for HTTP basic auth (the key Confluent's clients use). */
    public static final String BASIC_AUTH_USER_INFO_CONFIG = "basic.auth.user.info";
    /** Where the basic-auth login comes from: {@code USER_INFO} (the default when a user info is set) or {@code URL} (Confluent's key). */
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG = "basic.auth.credentials.source";
    /** The PKCS12 or JKS truststore holding the CA of an HTTPS registry (Confluent's key); the JDK's own CAs otherwise. */
    public static final String SSL_TRUSTSTORE_LOCATION_CONFIG = "schema.registry.ssl.truststore.location";
    public static final String SSL_TRUSTSTORE_PASSWORD_CONFIG = "schema.registry.ssl.truststore.password";
    public static final String SSL_TRUSTSTORE_TYPE_CONFIG = "schema.registry.ssl.truststore.type";
    /** A keystore with this client's own key, for a registry that asks for client certificates (Confluent's keys). */
    public static final String SSL_KEYSTORE_LOCATION_CONFIG = "schema.registry.ssl.keystore.location";
    public static final String SSL_KEYSTORE_PASSWORD_CONFIG = "schema.registry.ssl.keystore.password";
    public static final String SSL_KEYSTORE_TYPE_CONFIG = "schema.registry.ssl.keystore.type";
    public static final String SSL_KEY_PASSWORD_CONFIG = "schema.registry.ssl.key.password";

    /** How long an id the registry does not have is remembered as missing, in seconds (Confluent's key). */
    public static final String MISSING_ID_CACHE_TTL_CONFIG = "missing.id.cache.ttl.sec";
    /** How many missing ids are remembered at most (Confluent's key). */
    public static final String MISSING_CACHE_SIZE_CONFIG = "missing.cache.size";
    /** How many times a request is tried again when no registry answers it, or one answers 5xx or 429. */
    public static final String MAX_RETRIES_CONFIG = "max.retries";
    /** The first wait before trying again, in milliseconds; each next wait doubles. */
    public static final String RETRIES_WAIT_MS_CONFIG = "retries.wait.ms";
    /** The longest wait between two tries, in milliseconds. */
    public static final String RETRIES_MAX_WAIT_MS_CONFIG = "retries.max.wait.ms";

    static final long DEFAULT_MISSING_ID_TTL_SEC = 60;
    static final int DEFAULT_MISSING_CACHE_SIZE = 10_000;
    static final int DEFAULT_MAX_RETRIES = 5;
    static final long DEFAULT_RETRIES_WAIT_MS = 100;
    static final long DEFAULT_RETRIES_MAX_WAIT_MS = 1_600;

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> baseUrls;
    private final String authorization;
    private final HttpClient http;
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, Integer> registeredIds = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, RegisteredSchema> lookups = new ConcurrentHashMap<>();
    private final MissingIds missingIds;
    private final int maxRetries;
    private final long retriesWaitMs;
    private final long retriesMaxWaitMs;
    private final AtomicLong requestCount = new AtomicLong();

    /** @param urls one or more base URLs, comma-separated, e.g. {@code http://localhost:8081} */
    public SchemaRegistryClient(String urls) {
        this(Map.of(URL_CONFIG, urls));
    }

    /** From client config: {@value #URL_CONFIG} and optionally {@value #BASIC_AUTH_USER_INFO_CONFIG}. */
    public SchemaRegistryClient(Map<String, ?> config) {
        Object urls = config.get(URL_CONFIG);
        if (urls == null || urls.toString().isBlank()) {
            throw new IllegalArgumentException("missing " + URL_CONFIG + " (the schema registry URL, e.g. http://localhost:8081)");
        }
        List<URI> parsed = Arrays.stream(urls.toString().split(","))
                .map(String::trim).filter(u -> !u.isEmpty())
                .map(u -> URI.create(u.endsWith("/") ? u.substring(0, u.length() - 1) : u))
                .toList();
        String userInfo = userInfo(config, parsed);
        // A login in a URL is sent as a header, never shown in messages.
        this.baseUrls = parsed.stream().map(SchemaRegistryClient::withoutUserInfo).toList();
        this.authorization = userInfo == null || userInfo.isEmpty() ? null
                : "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        RegistryTls.sslContext(config).ifPresent(http::sslContext);
        this.http = http.build();
        this.missingIds = new MissingIds(Duration.ofSeconds(number(config, MISSING_ID_CACHE_TTL_CONFIG, DEFAULT_MISSING_ID_TTL_SEC)),
                (int) number(config, MISSING_CACHE_SIZE_CONFIG, DEFAULT_MISSING_CACHE_SIZE), System::nanoTime);
        this.maxRetries = (int) number(config, MAX_RETRIES_CONFIG, DEFAULT_MAX_RETRIES);
        this.retriesWaitMs = number(config, RETRIES_WAIT_MS_CONFIG, DEFAULT_RETRIES_WAIT_MS);
        this.retriesMaxWaitMs = number(config, RETRIES_MAX_WAIT_MS_CONFIG, DEFAULT_RETRIES_MAX_WAIT_MS);
    }

    /** The basic-auth {@code user:password}, from {@value #BASIC_AUTH_USER_INFO_CONFIG} or the URL as {@value #BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG} says. */
    private static String userInfo(Map<String, ?> config, List<URI> urls) {
        Object source = config.get(BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG);
        Object userInfo = config.get(BASIC_AUTH_USER_INFO_CONFIG);
        String from = source == null || source.toString().isBlank() ? "USER_INFO" : source.toString().trim().toUpperCase(java.util.Locale.ROOT);
        return switch (from) {
            case "USER_INFO" -> userInfo == null ? null : userInfo.toString();
            case "URL" -> urls.stream().map(URI::getRawUserInfo).filter(u -> u != null && !u.isEmpty())
                    .map(u -> java.net.URLDecoder.decode(u.replace("+", "%2B"), StandardCharsets.UTF_8)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG
                            + "=URL but no " + URL_CONFIG + " has a user:password@ part"));
            default -> throw new IllegalArgumentException(BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG + "=" + source
                    + " is not supported: use USER_INFO (with " + BASIC_AUTH_USER_INFO_CONFIG + "=user:password) or URL");
        };
    }

    private static String withoutUserInfo(URI url) {
        String text = url.toString();
        return url.getRawUserInfo() == null ? text : text.replace(url.getRawUserInfo() + "@", "");
    }

    private static long number(Map<String, ?> config, String key, long defaultValue) {
        Object value = config.get(key);
        if (value == null || value.toString().isBlank()) {
            return defaultValue;
        }
        try {
            long number = Long.parseLong(value.toString().trim());
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number of at least 0, not '" + value + "'");
        }
    }

    /** How many HTTP requests this client has sent (each try counts). */
    public long requests() {
        return requestCount.get();
    }

    /** The base URLs this client talks to. */
    public List<String> urls() {
        return baseUrls;
    }

    @Override
    public String location() {
        return String.join(",", baseUrls);
    }

    /** Registers a schema under a subject (or finds it already there) and returns its id. Cached. */
    @Override
    public int register(String subject, Schema schema) {
        return registeredIds.computeIfAbsent(new SubjectSchema(subject, schema), key -> {
            int id = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema)).get("id").asInt();
            schemasById.putIfAbsent(id, schema);
            return id;
        });
    }

    /** Finds the version and id of a schema already registered under a subject. Cached. */
    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        return lookups.computeIfAbsent(new SubjectSchema(subject, schema), key -> {
            RegisteredSchema found = registered(send("POST", "/subjects/" + encode(subject), schemaBody(schema)));
            schemasById.putIfAbsent(found.id(), found.schema());
            return found;
        });
    }

    /**
     * The schema with this id. Cached; an id the registry does not have is remembered as missing
     * for a while ({@value #MISSING_ID_CACHE_TTL_CONFIG}), and asked for again only after that.
     *
     * @throws SchemaRegistryException with status 404 when the registry does not have the id
     * @throws SchemaRegistryUnavailableException when no registry answered, after the retries
     */
    @Override
    public Schema schemaById(int id) {
        Schema known = schemasById.get(id);
        if (known != null) {
            return known;
        }
        SchemaRegistryException missing = missingIds.get(id);
        if (missing != null) {
            throw missing;
        }
        try {
            return schemasById.computeIfAbsent(id, key -> parse(send("GET", "/schemas/ids/" + id, null).get("schema").asText()));
        } catch (SchemaRegistryException e) {
            if (e.notFound()) {
                missingIds.put(id, e);
            }
            throw e;
        }
    }

    /** The latest (not deleted) version of a subject. */
    public RegisteredSchema latest(String subject) {
        return registered(send("GET", "/subjects/" + encode(subject) + "/versions/latest", null));
    }

    /** One version of a subject. */
    public RegisteredSchema version(String subject, int version) {
        return registered(send("GET", "/subjects/" + encode(subject) + "/versions/" + version, null));
    }

    /** The subjects that have at least one version not deleted. */
    public List<String> subjects() {
        return strings(send("GET", "/subjects", null));
    }

    /** The versions of a subject that are not deleted. */
    public List<Integer> versions(String subject) {
        List<Integer> versions = new ArrayList<>();
        send("GET", "/subjects/" + encode(subject) + "/versions", null).forEach(v -> versions.add(v.asInt()));
        return versions;
    }

    /** Soft-deletes a subject; returns the versions deleted. */
    public List<Integer> deleteSubject(String subject) {
        List<Integer> versions = new ArrayList<>();
        send("DELETE", "/subjects/" + encode(subject), null).forEach(v -> versions.add(v.asInt()));
        registeredIds.keySet().removeIf(key -> key.subject().equals(subject));
        lookups.keySet().removeIf(key -> key.subject().equals(subject));
        return versions;
    }

    /** Whether a schema could be registered after the latest version of a subject, and if not why. */
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        JsonNode answer = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true", schemaBody(schema));
        return new CompatibilityResult(answer.path("is_compatible").asBoolean(), strings(answer.path("messages")));
    }

    /** The global compatibility level. */
    public CompatibilityLevel compatibility() {
        return CompatibilityLevel.parse(send("GET", "/config", null).get("compatibilityLevel").asText());
    }

    /** The level that applies to a subject: its own, or else the global one. */
    public CompatibilityLevel compatibility(String subject) {
        return CompatibilityLevel.parse(send("GET", "/config/" + encode(subject) + "?defaultToGlobal=true", null).get("compatibilityLevel").asText());
    }

    /** Sets the global compatibility level. */
    public void setCompatibility(CompatibilityLevel level) {
        send("PUT", "/config", Map.of("compatibility", level.name()));
    }

    /** Sets a subject's own compatibility level. */
    public void setCompatibility(String subject, CompatibilityLevel level) {
        send("PUT", "/config/" + encode(subject), Map.of("compatibility", level.name()));
    }

    /**
     * Sends a request, trying it again with a growing wait while the registry is out (no answer, 5xx, 429).
     *
     * @throws SchemaRegistryUnavailableException when it is still out after {@value #MAX_RETRIES_CONFIG} retries
     */
    private JsonNode send(String method, String path, Object body) {
        long wait = retriesWaitMs;
        long start = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            try {
                return sendOnce(method, path, body);
            } catch (SchemaRegistryException e) {
                if (!e.outage()) {
                    throw e;
                }
                if (attempt >= maxRetries) {
                    throw new SchemaRegistryUnavailableException(e.status(), e.errorCode(), e.getMessage() + " (tried " + (attempt + 1)
                            + (attempt == 0 ? " time" : " times") + " in " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms)");
                }
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryUnavailableException(0, 0, "interrupted while waiting to call the schema registry at " + location() + " again");
            }
            wait = Math.min(wait * 2, Math.max(retriesMaxWaitMs, 1));
        }
    }

    private JsonNode sendOnce(String method, String path, Object body) {
        HttpRequest.BodyPublisher publisher;
        try {
            publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write request body as JSON: " + e.getMessage(), e);
        }
        List<String> failures = new ArrayList<>();
        for (String base : baseUrls) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(TIMEOUT)
                    .header("Accept", CONTENT_TYPE + ", application/json")
                    .header("Content-Type", CONTENT_TYPE)
                    .method(method, publisher);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<byte[]> response;
            requestCount.incrementAndGet();
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (javax.net.ssl.SSLException e) {
                // Not an outage: trying again will not make the certificate trusted.
                throw new SchemaRegistryException(495, 495, "TLS with the schema registry at " + base + " failed: " + e.getMessage()
                        + " (does " + SSL_TRUSTSTORE_LOCATION_CONFIG + " hold the registry's CA?)");
            } catch (IOException e) {
                failures.add(base + " (" + e + ")");
                continue; // this registry does not answer: try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryUnavailableException(0, 0, "interrupted while calling the schema registry at " + base);
            }
            return answer(method, base + path, response);
        }
        throw new SchemaRegistryException(0, 0, "no schema registry answered " + method + " " + path + ": " + String.join(", ", failures));
    }

    private static JsonNode answer(String method, String url, HttpResponse<byte[]> response) {
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (IOException e) {
            json = null;
        }
        int status = response.statusCode();
        if (status / 100 == 2 && json != null) {
            return json;
        }
        if (status == 401 || status == 403) {
            throw new SchemaRegistryException(status, json != null && json.has("error_code") ? json.get("error_code").asInt() : status,
                    method + " " + url + " was refused (HTTP " + status + (status == 401
                            ? " Unauthorized): the registry wants a login; set " + BASIC_AUTH_USER_INFO_CONFIG + "=user:password with the right password"
                            : " Forbidden): this login may not do that"));
        }
        if (json != null && json.has("error_code")) {
            throw new SchemaRegistryException(status, json.get("error_code").asInt(), json.path("message").asText());
        }
        String text = new String(response.body(), StandardCharsets.UTF_8);
        throw new SchemaRegistryException(status, status, method + " " + url + " answered HTTP " + status + ", not registry JSON: "
                + (text.length() > 200 ? text.substring(0, 200) + "..." : text));
    }

    private static RegisteredSchema registered(JsonNode json) {
        return new RegisteredSchema(json.get("subject").asText(), json.get("version").asInt(), json.get("id").asInt(), parse(json.get("schema").asText()));
    }

    private static Map<String, String> schemaBody(Schema schema) {
        return Map.of("schemaType", "AVRO", "schema", schema.toString());
    }

    private static Schema parse(String schema) {
        return new Schema.Parser().parse(schema);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record SubjectSchema(String subject, Schema schema) {}

    /**
     * Ids the registry said it does not have, each with the answer, for a bounded time and in a
     * bounded number: when full, expired entries go first, then the oldest.
     */
    static final class MissingIds {
        private final long ttlNanos;
        private final int max;
        private final java.util.function.LongSupplier clock;
        private final LinkedHashMap<Integer, Miss> misses = new LinkedHashMap<>();

        private record Miss(long expiresAt, SchemaRegistryException answer) {}

        MissingIds(Duration ttl, int max, java.util.function.LongSupplier clock) {
            this.ttlNanos = ttl.toNanos();
            this.max = max;
            this.clock = clock;
        }

        /** The registry's answer for a missing id still remembered, or null. */
        synchronized SchemaRegistryException get(int id) {
            Miss miss = misses.get(id);
            if (miss == null) {
                return null;
            }
            if (clock.getAsLong() - miss.expiresAt() >= 0) {
                misses.remove(id);
                return null;
            }
            return miss.answer();
        }

        synchronized void put(int id, SchemaRegistryException answer) {
            if (ttlNanos <= 0 || max <= 0) {
                return;
            }
            long now = clock.getAsLong();
            misses.remove(id);
            if (misses.size() >= max) {
                misses.values().removeIf(miss -> now - miss.expiresAt() >= 0);
            }
            Iterator<Integer> oldest = misses.keySet().iterator();
            while (misses.size() >= max && oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
            misses.put(id, new Miss(now + ttlNanos, answer));
        }

        synchronized int size() {
            return misses.size();
        }
    }
}
