package dev.escalation.connect;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/** The settings of a source that fetches remote feeds: how often, how it retries, when it gives up. */
public final class PollSettings {
    private PollSettings() {}

    public static final String POLL_INTERVAL_MS = "poll.interval.ms";
    public static final String RETRY_BACKOFF_INITIAL_MS = "retry.backoff.initial.ms";
    public static final String RETRY_BACKOFF_MAX_MS = "retry.backoff.max.ms";
    public static final String MAX_CONSECUTIVE_FAILURES = "max.consecutive.failures";
    public static final String HTTP_TIMEOUT_MS = "http.timeout.ms";

    private static final String GROUP = "HTTP and retries";

    /** Adds the polling settings to {@code def}, with {@code defaultIntervalMs} between fetches. */
    public static ConfigDef define(ConfigDef def, long defaultIntervalMs) {
        return defineRetries(def
                .define(POLL_INTERVAL_MS, Type.LONG, defaultIntervalMs, Range.atLeast(10), Importance.MEDIUM,
                        "Milliseconds between two fetches of a feed that answered.", GROUP, 1, ConfigDef.Width.SHORT, "Poll interval")
                .define(MAX_CONSECUTIVE_FAILURES, Type.INT, 10, Range.atLeast(1), Importance.MEDIUM,
                        "Failures in a row of one feed after which the task fails (FAILED in the status API, with the URL and the last error);"
                                + " restart the task once the feed is fixed.", GROUP, 2, ConfigDef.Width.SHORT, "Failures before FAILED"),
                5_000L, 600_000L);
    }

    /**
     * Adds the settings of retrying an HTTP call (also the alert sink's): the first backoff, the
     * longest, and the timeout of one call.
     */
    public static ConfigDef defineRetries(ConfigDef def, long defaultInitialMs, long defaultMaxMs) {
        return def
                .define(RETRY_BACKOFF_INITIAL_MS, Type.LONG, defaultInitialMs, Range.atLeast(1), Importance.LOW,
                        "Milliseconds before the first retry of a call that failed (unreachable, an HTTP error, not a feed);"
                                + " each further retry waits twice as long.", GROUP, 3, ConfigDef.Width.SHORT, "Initial backoff")
                .define(RETRY_BACKOFF_MAX_MS, Type.LONG, defaultMaxMs, Range.atLeast(1), Importance.LOW,
                        "The longest wait between two retries, in milliseconds.", GROUP, 4, ConfigDef.Width.SHORT, "Maximum backoff")
                .define(HTTP_TIMEOUT_MS, Type.INT, 30_000, Range.atLeast(1), Importance.LOW,
                        "Milliseconds to connect, and to wait for an answer, before a call counts as failed.",
                        GROUP, 5, ConfigDef.Width.SHORT, "HTTP timeout");
    }

    /** The schedule of {@code urls}, all due at once, failing the task after max.consecutive.failures in a row. */
    public static PollSchedule schedule(AbstractConfig config, Collection<String> urls, FeedMetrics metrics) {
        return new PollSchedule(Duration.ofMillis(config.getLong(POLL_INTERVAL_MS)), backoff(config),
                config.getInt(MAX_CONSECUTIVE_FAILURES), urls, Clock.systemUTC(), metrics);
    }

    public static Backoff backoff(AbstractConfig config) {
        return new Backoff(Duration.ofMillis(config.getLong(RETRY_BACKOFF_INITIAL_MS)), Duration.ofMillis(config.getLong(RETRY_BACKOFF_MAX_MS)));
    }

    public static Http http(AbstractConfig config) {
        return new Http(Duration.ofMillis(config.getInt(HTTP_TIMEOUT_MS)));
    }
}
