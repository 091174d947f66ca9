package dev.escalation.connect;

import dev.escalation.feeds.FeedReport;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.PluginMetrics;

/**
 * A source task's counts of what it read, as task metrics (JMX {@code kafka.connect:type=plugins,connector=...,task=...}):
 * rows read, rows rejected (bad rows and items, reported with their file and line or URL in the log),
 * rows skipped (not violence, duplicates, no place) and failed fetches. Connect itself counts the records written.
 */
public final class FeedMetrics {

    private final AtomicLong rowsRead = new AtomicLong();
    private final AtomicLong rowsRejected = new AtomicLong();
    private final AtomicLong rowsSkipped = new AtomicLong();
    private final AtomicLong fetchFailures = new AtomicLong();

    public FeedMetrics(PluginMetrics metrics) {
        register(metrics, "rows-read-total", "Rows (or feed items) read.", rowsRead);
        register(metrics, "rows-rejected-total", "Rows or items rejected as bad; each is logged with its file and line, or its URL.", rowsRejected);
        register(metrics, "rows-skipped-total", "Rows skipped by rule: not violence, duplicates, no place.", rowsSkipped);
        register(metrics, "fetch-failures-total", "Fetches of a remote feed that failed and were retried.", fetchFailures);
    }

    private static void register(PluginMetrics metrics, String name, String description, AtomicLong value) {
        metrics.addMetric(metrics.metricName(name, description, new LinkedHashMap<>()), (Gauge<Long>) (config, now) -> value.get());
    }

    /** Adds a finished file's counts. */
    public void add(FeedReport report) {
        rowsRead.addAndGet(report.rows());
        rowsRejected.addAndGet(report.rejected());
        rowsSkipped.addAndGet(report.skippedTotal() + report.duplicates());
    }

    public void itemRead() {
        rowsRead.incrementAndGet();
    }

    public void itemRejected() {
        rowsRejected.incrementAndGet();
    }

    public void fetchFailed() {
        fetchFailures.incrementAndGet();
    }
}
