package dev.escalation.connect;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.connect.errors.ConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When each remote feed is fetched next, and what its failures do. A feed that answered is fetched
 * again after the poll interval; one that failed (unreachable, an HTTP error, HTML instead of a
 * feed) is retried with exponential backoff; after {@code max.consecutive.failures} failures in a
 * row the task fails with the URL and the last error, which Connect's status API shows as FAILED.
 */
public final class PollSchedule {

    private static final Logger log = LoggerFactory.getLogger(PollSchedule.class);

    private final Duration interval;
    private final Backoff backoff;
    private final int maxFailures;
    private final Clock clock;
    private final FeedMetrics metrics;
    private final Map<String, Instant> due = new LinkedHashMap<>();
    private final Map<String, Integer> failures = new HashMap<>();

    /** Every one of {@code urls} is due at once. */
    public PollSchedule(Duration interval, Backoff backoff, int maxFailures, Collection<String> urls, Clock clock, FeedMetrics metrics) {
        this.interval = interval;
        this.backoff = backoff;
        this.maxFailures = maxFailures;
        this.clock = clock;
        this.metrics = metrics;
        Instant now = clock.instant();
        urls.forEach(url -> due.put(url, now));
    }

    /** A URL whose fetch is due now (the longest overdue), or null when none is. */
    public String due() {
        Instant now = clock.instant();
        return due.entrySet().stream().filter(e -> !e.getValue().isAfter(now))
                .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** How long until the next fetch is due; zero when one is. */
    public Duration untilNext() {
        Instant next = due.values().stream().min(Instant::compareTo).orElseThrow();
        Duration wait = Duration.between(clock.instant(), next);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** {@code url} answered: its failures are forgiven and it is fetched again after the poll interval. */
    public void succeeded(String url) {
        failures.remove(url);
        due.put(url, clock.instant().plus(interval));
    }

    /**
     * {@code url} failed: counted, logged with the URL, retried after a backoff.
     *
     * @throws ConnectException when this is failure {@code max.consecutive.failures} in a row: the task fails
     */
    public void failed(String url, IOException error) {
        int count = failures.merge(url, 1, Integer::sum);
        metrics.fetchFailed();
        if (count >= maxFailures) {
            throw new ConnectException("giving up on " + url + " after " + count + " failures in a row ("
                    + PollSettings.MAX_CONSECUTIVE_FAILURES + "=" + maxFailures + "); last: " + error.getMessage(), error);
        }
        Duration wait = backoff.after(count);
        log.warn("{} (failure {} of {} in a row; retrying in {} ms)", error.getMessage(), count, maxFailures, wait.toMillis());
        due.put(url, clock.instant().plus(wait));
    }
}
