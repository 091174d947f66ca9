package dev.escalation.connect;

import java.time.Duration;

/**
 * How a source task waits when it has nothing to do: in short naps, returning to Connect between
 * them, because Connect stops a task only between two polls (a poll that slept out a five-minute
 * interval would hold up a restart for five minutes).
 */
public final class Idle {
    private Idle() {}

    private static final long LONGEST_NAP_MS = 500;

    /** Sleeps {@code wait}, or a short nap if that is shorter. */
    public static void nap(Duration wait) throws InterruptedException {
        Thread.sleep(Math.max(0, Math.min(wait.toMillis(), LONGEST_NAP_MS)));
    }
}
