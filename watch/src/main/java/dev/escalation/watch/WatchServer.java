package dev.escalation.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.escalation.runtime.DeadLetter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The watch floor's HTTP server (Javalin on Jetty): the contract paths of DESIGN.md, "the watch
 * floor (HTTP)". It only reads: the regions from a {@link RegionSource}, the alerts and dead
 * letters from boards that followers fill, the metrics from a Prometheus registry.
 */
public final class WatchServer implements AutoCloseable {

    /** What the server shows; {@code status} adds to {@code /api/status} (config version, state, ...). */
    public record Sources(RegionSource regions, AlertBoard alerts, DeadLetterBoard deadLetters,
                          PrometheusMeterRegistry metrics, Runnable beforeScrape,
                          Supplier<Map<String, Object>> status) {}

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 10_000;
    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final Javalin app;

    private WatchServer(Javalin app) {
        this.app = app;
    }

    /** Starts the server on {@code host}:{@code port} (0: any free port). */
    public static WatchServer start(Sources sources, String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
        });
        app.get("/health/live", ctx -> ctx.contentType("text/plain").result("live"));
        app.get("/health/ready", ctx -> {
            String reason = sources.regions().notReadyReason();
            if (reason == null) {
                ctx.contentType("text/plain").result("ready");
            } else {
                ctx.status(HttpStatus.SERVICE_UNAVAILABLE).contentType("text/plain").result("not ready: " + reason);
            }
        });
        app.get("/api/regions", ctx -> {
            List<RegionLevel> regions;
            try {
                regions = "true".equals(ctx.queryParam("local")) && sources.regions() instanceof StoreRegions store
                        ? store.local() : sources.regions().regions();
            } catch (RuntimeException e) {
                error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "regions not available now: " + e.getMessage());
                return;
            }
            json(ctx, regions);
        });
        app.get("/api/alerts", ctx -> {
            Query query = Query.of(ctx);
            if (query == null) {
                return;
            }
            List<AlertBoard.Held> alerts = sources.alerts().query(query.region, query.minLevel, query.from, query.limit);
            ctx.contentType("application/json").result(alerts.stream().map(AlertBoard.Held::json).collect(Collectors.joining(",", "[", "]")));
        });
        app.sse("/api/alerts/stream", client -> {
            Query query = Query.of(client.ctx());
            if (query == null) {
                client.close();
                return;
            }
            client.keepAlive();
            client.sendComment("alerts as they arrive; one event 'alert' each");
            Runnable unsubscribe = sources.alerts().subscribe(held -> {
                if (query.matches(held)) {
                    client.sendEvent("alert", held.json(), held.alert().getAlertId().toString());
                }
            });
            client.onClose(unsubscribe);
        });
        app.get("/api/dead-letters", ctx -> {
            Integer limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
            if (limit != null) {
                json(ctx, sources.deadLetters().latest(limit).stream().map(DeadLetter::toMap).toList());
            }
        });
        app.get("/api/status", ctx -> json(ctx, sources.status().get()));
        app.get("/metrics", ctx -> {
            sources.beforeScrape().run();
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(sources.metrics().scrape());
        });
        app.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, e.toString()));
        app.start(host, port);
        return new WatchServer(app);
    }

    public int port() {
        return app.port();
    }

    /** The page's address for a person on this machine. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    private record Query(String region, int minLevel, Instant from, int limit) {
        /** The query the request asks for, or null after answering 400 for a bad value. */
        static Query of(Context ctx) {
            Integer minLevel = intParam(ctx, "minLevel", 0, 0, 5);
            Integer limit = minLevel == null ? null : intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
            if (limit == null) {
                return null;
            }
            String fromText = ctx.queryParam("from");
            Instant from = null;
            if (fromText != null && !fromText.isBlank()) {
                try {
                    from = Instant.parse(fromText);
                } catch (DateTimeParseException e) {
                    error(ctx, HttpStatus.BAD_REQUEST, "from: '" + fromText + "' is not an ISO-8601 instant such as 2024-02-01T00:00:00Z");
                    return null;
                }
            }
            String region = ctx.queryParam("region");
            return new Query(region == null || region.isBlank() ? null : region, minLevel, from, limit);
        }

        boolean matches(AlertBoard.Held held) {
            return held.alert().getLevel() >= minLevel && (region == null || region.contentEquals(held.alert().getRegion()))
                    && (from == null || !held.alert().getEventTime().isBefore(from));
        }
    }

    /** The integer query parameter within [min, max], its default when absent, or null after answering 400. */
    static Integer intParam(Context ctx, String name, int defaultValue, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        error(ctx, HttpStatus.BAD_REQUEST, name + ": '" + text + "' is not a whole number from " + min + " to " + max);
        return null;
    }

    static void json(Context ctx, Object value) throws JsonProcessingException {
        ctx.contentType("application/json").result(JSON.writeValueAsString(value));
    }

    static void error(Context ctx, HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        ctx.status(status);
        try {
            json(ctx, body);
        } catch (JsonProcessingException e) {
            ctx.result(message);
        }
    }
}
