package dev.escalation.cli;

import dev.escalation.config.ConfigException;
import dev.escalation.config.EngineConfig;
import dev.escalation.runtime.EngineSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every engine-running command shares. */
final class EngineOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Engine configuration (YAML) laid over the defaults; see streams/src/main/resources/dev/escalation/config/engine-defaults.yaml.")
    Path config;

    @Mixin
    TopicOptions topics;

    @Option(names = "--timeout", defaultValue = "120s", paramLabel = "DURATION",
            description = "How long to wait for start-up and for input to be processed (demo: the whole run; default: ${DEFAULT-VALUE}).")
    String timeout;

    EngineConfig engineConfig() {
        return loadConfig(config);
    }

    Duration timeout() {
        return duration("--timeout", timeout);
    }

    /** How the engine runs on the cluster {@code client} reaches: these options, and {@code streams} laid over its Streams settings. */
    EngineSettings settings(Map<String, Object> client, Map<String, Object> streams) {
        return EngineSettings.of(client).withStreams(streams).withPartitions(topics.partitions, topics.incidentPartitions).withTimeout(timeout());
    }

    /** The engine configuration in {@code file} laid over the defaults, or the defaults when null. */
    static EngineConfig loadConfig(Path file) {
        try {
            return file == null ? EngineConfig.defaults() : EngineConfig.load(file);
        } catch (ConfigException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** A positive duration option such as 90s, 5m or PT1H. */
    static Duration duration(String option, String text) {
        Duration parsed = EngineConfig.parseDuration(text);
        if (parsed == null || parsed.isNegative() || parsed.isZero()) {
            throw CliException.usage(option + " " + text + " is not a positive duration such as 90s or 5m");
        }
        return parsed;
    }
}
