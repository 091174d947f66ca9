package dev.escalation.feeds;

import dev.escalation.extract.EventCoder;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads a feed file row by row, never whole: each good row becomes a {@link FeedRecord}; a bad row
 * is counted and reported in the {@link FeedReport} with its line number, and reading goes on. A
 * file that breaks off (a truncated zip) is reported at the line where it broke.
 */
public abstract class FeedReader implements Iterator<FeedRecord>, Closeable {

    /** A row this reader refuses, with the reason; turned into a report entry by the reader. */
    static final class BadRow extends RuntimeException {
        BadRow(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * A latitude or longitude cell: null when empty, else a number within +-{@code limit} degrees;
     * anything else is a bad row named after {@code column}.
     */
    static Double coordinate(String text, double limit, String column) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Math.abs(value) <= limit) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, as out-of-range values are
        }
        throw new BadRow("bad coordinate '" + text + "' in " + column);
    }

    protected final String file;
    protected final FeedReport report;
    private final Lines lines;
    private long recordLine;
    private FeedRecord next;
    private boolean done;

    FeedReader(Path path, FeedReport report) throws IOException {
        this.file = path.toString();
        this.report = report;
        this.lines = Lines.open(path);
    }

    /**
     * Opens {@code path} in {@code format}, or in the format detected from its first line when
     * {@code format} is null. {@code coder} reads ACLED notes where the columns say too little.
     */
    public static FeedReader open(Path path, FeedFormat format, FeedReport report, EventCoder coder) throws IOException {
        FeedFormat actual = format != null ? format : FeedFormat.detect(path);
        return switch (actual) {
            case ARTICLES -> new JsonArticles(path, report);
            case INCIDENTS -> new JsonIncidents(path, report);
            case GDELT -> new GdeltEvents(path, report);
            case ACLED -> new AcledEvents(path, report, coder);
        };
    }

    /** The record of one row, or null when the row is skipped (counted by the reader); throws {@link BadRow}. */
    abstract FeedRecord parse(String row, long line);

    /** True for a header row (checked on the first line only), which is neither data nor a problem. */
    boolean isHeader(String firstLine) {
        return false;
    }

    /** The next row; a reader whose rows may span lines (quoted CSV) joins them here. */
    String nextRow() throws IOException {
        return nextLine();
    }

    final String nextLine() throws IOException {
        return lines.next();
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !done) {
            String row;
            recordLine = lines.number() + 1;
            try {
                row = nextRow();
            } catch (IOException e) {
                report.reject(file, lines.number() + 1, "the file breaks off here (truncated or corrupt): " + e.getMessage());
                done = true;
                break;
            }
            if (row == null) {
                done = true;
            } else if (row.isBlank() || (lines.number() == 1 && isHeader(row))) {
                continue;
            } else {
                next = parseCounted(row);
            }
        }
        return next != null;
    }

    private FeedRecord parseCounted(String row) {
        report.row();
        try {
            FeedRecord record = parse(row, recordLine);
            if (record != null) {
                report.record();
            }
            return record;
        } catch (BadRow e) {
            report.reject(file, recordLine, e.getMessage());
            return null;
        }
    }

    @Override
    public final FeedRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        FeedRecord record = next;
        next = null;
        return record;
    }

    /** Bytes of the file read so far, for progress. */
    public long bytesRead() {
        return lines.bytesRead();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
