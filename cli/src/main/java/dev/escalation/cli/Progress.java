package dev.escalation.cli;

import java.io.PrintWriter;

/**
 * Progress of a long read on stderr: on a terminal, a bar redrawn in place with the rate and the
 * time left; otherwise (a log, a pipe) a plain line every few seconds.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long totalBytes;
    private final boolean terminal;
    private final long everyNanos;
    private final long start = System.nanoTime();
    private long lastShown = start;
    private long rows;

    Progress(PrintWriter err, long totalBytes, boolean terminal) {
        this.err = err;
        this.totalBytes = Math.max(1, totalBytes);
        this.terminal = terminal;
        this.everyNanos = terminal ? 200_000_000L : 5_000_000_000L;
    }

    void update(long bytes, long rowsRead) {
        rows = rowsRead;
        long now = System.nanoTime();
        if (now - lastShown >= everyNanos) {
            lastShown = now;
            show(bytes, now, false);
        }
    }

    void finish(long bytes) {
        show(bytes, System.nanoTime(), true);
    }

    private void show(long bytes, long now, boolean last) {
        double fraction = Math.min(1.0, (double) bytes / totalBytes);
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        long rate = (long) (rows / seconds);
        long eta = fraction > 0 ? (long) (seconds / fraction - seconds) : 0;
        if (terminal) {
            int filled = (int) (fraction * WIDTH);
            err.printf("\r[%s%s] %3.0f%%  %,d rows  %,d rows/s  ETA %s ", "#".repeat(filled), "-".repeat(WIDTH - filled),
                    fraction * 100, rows, rate, clock(eta));
            if (last) {
                err.println();
            }
        } else {
            err.printf("progress: %.0f%% of the input, %,d rows, %,d rows/s, %s left%n", fraction * 100, rows, rate, clock(eta));
        }
        err.flush();
    }

    private static String clock(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
