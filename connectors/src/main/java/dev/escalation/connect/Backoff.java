package dev.escalation.connect;

import java.time.Duration;

/** Exponential backoff: the first retry after {@code initial}, each next one twice as late, never later than {@code max}. */
public record Backoff(Duration initial, Duration max) {

    /** How long to wait after the {@code failures}-th failure in a row (1-based). */
    public Duration after(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
