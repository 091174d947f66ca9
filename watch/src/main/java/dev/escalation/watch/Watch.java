package dev.escalation.watch;

import dev.escalation.config.EngineConfig;
import dev.escalation.model.EventTime;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Incident;
import dev.escalation.runtime.DeadLetter;
import dev.escalation.runtime.Engine;
import dev.escalation.topology.EngineTopology;
import dev.escalation.topology.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The watch floor beside a running engine: followers that fill the alert and dead-letter boards
 * and count incidents, the metrics (Streams, JVM and the domain's), and the HTTP server.
 *
 * <p>Domain metrics (Prometheus names): {@code escalation_alerts_total{level,status}},
 * {@code escalation_dead_letters_total{reason}}, {@code escalation_incidents_total{feed}},
 * {@code escalation_event_time_lag_seconds} (wall clock minus the newest incident's event time),
 * {@code escalation_config_version{version}} (1 for the config in force), {@code escalation_alerts_held}.
 * The counters count what the topics hold since this instance started reading them from their beginning.
 */
public final class Watch implements AutoCloseable {

    /** How many alerts and dead letters the floor holds for the page and the API. */
    public static final int ALERTS_HELD = 10_000;
    public static final int DEAD_LETTERS_HELD = 1_000;

    private final WatchServer server;
    private final AlertBoard alerts;
    private final List<AutoCloseable> parts;

    private Watch(WatchServer server, AlertBoard alerts, List<AutoCloseable> parts) {
        this.server = server;
        this.alerts = alerts;
        this.parts = parts;
    }

    /** Starts the watch floor for {@code engine}, on {@code host}:{@code port} (0: any free port). */
    public static Watch start(Engine engine, EngineConfig startup, Topics topics, Map<String, Object> client, String host, int port) {
        KafkaStreams streams = engine.streams();
        ConfigInForce config = new ConfigInForce(streams, startup);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);

        AlertBoard alerts = new AlertBoard(ALERTS_HELD);
        DeadLetterBoard deadLetters = new DeadLetterBoard(DEAD_LETTERS_HELD);
        AtomicLong newestIncident = new AtomicLong(Long.MIN_VALUE);
        Gauge.builder("escalation_event_time_lag_seconds", newestIncident,
                        n -> n.get() == Long.MIN_VALUE ? Double.NaN : (System.currentTimeMillis() - n.get()) / 1000.0)
                .description("Wall clock minus the event time of the newest incident seen").register(registry);
        Gauge.builder("escalation_alerts_held", alerts, AlertBoard::size).description("Alerts the watch floor holds for the page").register(registry);
        config.refreshMeter(registry);

        Follower<String, EscalationAlert> alertFollower = new Follower<>(topics.alerts(), client, record -> {
            EscalationAlert alert = record.value();
            if (alert != null) {
                alerts.add(alert);
                Counter.builder("escalation_alerts").description("Alerts on the alert topic, by level and status")
                        .tag("level", alert.getLevelName().toString()).tag("status", alert.getStatus().name())
                        .register(registry).increment();
            }
        });
        Follower<byte[], byte[]> deadLetterFollower = new Follower<>(topics.deadLetters(), client, record -> {
            DeadLetter letter = DeadLetter.of(record);
            deadLetters.add(letter);
            Counter.builder("escalation_dead_letters").description("Dead letters, by the kind of error that rejected them")
                    .tag("reason", letter.reasonKind()).register(registry).increment();
        });
        Follower<String, Incident> incidentFollower = new Follower<>(topics.incidents(), client, record -> {
            Incident incident = record.value();
            if (incident != null) {
                newestIncident.accumulateAndGet(EventTime.of(incident), Math::max);
                Counter.builder("escalation_incidents").description("Incidents on the incidents topic, by feed")
                        .tag("feed", String.valueOf(incident.getFeed())).register(registry).increment();
            }
        });
        StoreRegions regions = new StoreRegions(streams, config::current);
        WatchServer server = WatchServer.start(new WatchServer.Sources(regions, alerts, deadLetters, registry, () -> config.refreshMeter(registry), () -> {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("state", streams.state().name());
            status.put("configVersion", config.current().version());
            status.put("alertsHeld", alerts.size());
            return status;
        }), host, port);
        return new Watch(server, alerts, List.of(server, alertFollower, deadLetterFollower, incidentFollower, streamsMetrics, gc, registry::close));
    }

    /** The alerts held for the page. */
    public AlertBoard alertBoard() {
        return alerts;
    }

    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception ignored) {
                // closing the rest regardless
            }
        }
    }

    /** The config in force: the text in the global store {@value EngineTopology#CONFIG_STORE}, else the startup config. */
    static final class ConfigInForce {
        private final KafkaStreams streams;
        private final EngineConfig startup;
        private final AtomicReference<String> text = new AtomicReference<>();
        private volatile EngineConfig current;
        private volatile String registeredVersion;

        ConfigInForce(KafkaStreams streams, EngineConfig startup) {
            this.streams = streams;
            this.startup = startup;
            this.current = startup;
        }

        EngineConfig current() {
            String stored;
            try {
                ReadOnlyKeyValueStore<String, String> store = streams.store(StoreQueryParameters.fromNameAndType(
                        EngineTopology.CONFIG_STORE, QueryableStoreTypes.<String, String>keyValueStore()));
                stored = store.get(Topics.CONFIG_KEY);
            } catch (InvalidStateStoreException e) {
                return current;
            }
            if (stored != null && !Objects.equals(stored, text.getAndSet(stored))) {
                try {
                    current = EngineConfig.parse(stored, "applied config");
                } catch (RuntimeException e) {
                    // the engine keeps its last good config too
                }
            }
            return current == null ? startup : current;
        }

        /** escalation_config_version{version}: one series, 1, labelled with the version in force; called before each scrape. */
        synchronized void refreshMeter(MeterRegistry registry) {
            String now = current().version();
            if (now.equals(registeredVersion)) {
                return;
            }
            if (registeredVersion != null) {
                registry.find("escalation_config_version").tag("version", registeredVersion).meters().forEach(registry::remove);
            }
            registeredVersion = now;
            Gauge.builder("escalation_config_version", () -> 1).tag("version", now)
                    .description("The config version in force (value 1)").register(registry);
        }
    }
}
