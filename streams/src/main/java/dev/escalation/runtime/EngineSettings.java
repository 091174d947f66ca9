package dev.escalation.runtime;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the engine runs, as opposed to what it computes (that is its {@code EngineConfig}).
 *
 * @param client bootstrap servers and client security settings
 * @param streams extra Streams settings (state dir, application id, ...), laid over the engine's own
 * @param partitions partitions of the topics the engine creates when they are missing, but the incidents topic
 * @param incidentPartitions partitions of the incidents topic, when the engine creates it
 * @param timeout how long to wait for the engine to run
 */
public record EngineSettings(Map<String, Object> client, Map<String, Object> streams, int partitions, int incidentPartitions,
                             Duration timeout) {

    /** The command line's defaults: {@code --partitions 3 --incident-partitions 1 --timeout 120s}. */
    public static final int DEFAULT_PARTITIONS = 3;
    public static final int DEFAULT_INCIDENT_PARTITIONS = 1;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    public EngineSettings {
        client = Collections.unmodifiableMap(new HashMap<>(Objects.requireNonNull(client, "client")));
        streams = Collections.unmodifiableMap(new HashMap<>(Objects.requireNonNull(streams, "streams")));
        Objects.requireNonNull(timeout, "timeout");
    }

    /** The engine on the cluster {@code client} reaches, with the defaults otherwise. */
    public static EngineSettings of(Map<String, ?> client) {
        return new EngineSettings(new HashMap<String, Object>(client), Map.of(), DEFAULT_PARTITIONS, DEFAULT_INCIDENT_PARTITIONS, DEFAULT_TIMEOUT);
    }

    public EngineSettings withStreams(Map<String, ?> streams) {
        return new EngineSettings(client, new HashMap<String, Object>(streams), partitions, incidentPartitions, timeout);
    }

    public EngineSettings withPartitions(int partitions, int incidentPartitions) {
        return new EngineSettings(client, streams, partitions, incidentPartitions, timeout);
    }

    public EngineSettings withTimeout(Duration timeout) {
        return new EngineSettings(client, streams, partitions, incidentPartitions, timeout);
    }
}
