package dev.escalation.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reading one or more feed files gave: rows read, records produced, rows skipped (by reason),
 * duplicates dropped, and every rejected row with its file and line. Only the first
 * {@link #KEPT_PROBLEMS} problems are kept in full; all are counted.
 */
public final class FeedReport {

    public static final int KEPT_PROBLEMS = 1000;

    /** A row that could not be read, or a file that ended early. */
    public record Problem(String file, long line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    private long rows;
    private long records;
    private long duplicates;
    private long rejected;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final List<Problem> problems = new ArrayList<>();

    void row() {
        rows++;
    }

    void record() {
        records++;
    }

    void duplicate() {
        duplicates++;
    }

    void skipped(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    /** A bad row (or a damaged file) at {@code line}; counted, and kept when among the first problems. */
    public void reject(String file, long line, String message) {
        rejected++;
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(new Problem(file, line, message));
        }
    }

    public long rows() {
        return rows;
    }

    public long records() {
        return records;
    }

    public long duplicates() {
        return duplicates;
    }

    public long rejected() {
        return rejected;
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> skipped() {
        return Map.copyOf(skipped);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** A few lines for a person: the counts, the skip reasons, then each kept problem. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("rows read %,d; records %,d; skipped %,d; duplicates %,d; rejected %,d%n",
                rows, records, skippedTotal(), duplicates, rejected));
        skipped.forEach((reason, n) -> s.append(String.format("  skipped %,d: %s%n", n, reason)));
        problems.forEach(p -> s.append("  rejected ").append(p).append('\n'));
        if (rejected > problems.size()) {
            s.append(String.format("  ... and %,d more rejected rows%n", rejected - problems.size()));
        }
        return s.toString();
    }
}
