package dev.escalation.connect;

import dev.escalation.feeds.FeedReader;
import dev.escalation.feeds.FeedRecord;
import dev.escalation.feeds.FeedReport;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One feed file being read into records, resuming after the line its last run emitted: rows up to
 * that line are read again and dropped, so the reader's own checks (such as GDELT's duplicates)
 * see the same rows as a run from the start. When it ends, the file's report is logged, each bad
 * row with its name and line (problems up to the resume line were logged by the earlier run).
 */
public final class FeedFile implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(FeedFile.class);

    /** A record, and whether it is the file's last: its offset then marks the file finished. */
    public record Row(FeedRecord record, boolean last) {}

    private final String name;
    private final FeedReader reader;
    private final FeedReport report;
    private final long resumeAfter;
    private final FeedMetrics metrics;

    /** @param name the file as the log and offsets name it (a file name, or the URL it came from) */
    public FeedFile(String name, FeedReader reader, FeedReport report, long resumeAfter, FeedMetrics metrics) {
        this.name = name;
        this.reader = reader;
        this.report = report;
        this.resumeAfter = resumeAfter;
        this.metrics = metrics;
        if (resumeAfter > 0) {
            log.info("{}: resuming after line {}", name, resumeAfter);
        }
    }

    public String name() {
        return name;
    }

    /** Up to {@code max} records past the resume line; fewer (maybe none) at the end of the file. */
    public List<Row> next(int max) {
        List<Row> rows = new ArrayList<>();
        while (rows.size() < max && reader.hasNext()) {
            FeedRecord record = reader.next();
            if (record.line() > resumeAfter) {
                rows.add(new Row(record, !reader.hasNext()));
            }
        }
        return rows;
    }

    public boolean finished() {
        return !reader.hasNext();
    }

    /** Closes the file; when it was read to the end, logs its report and counts it in the task's metrics. */
    @Override
    public void close() throws IOException {
        boolean complete = finished();
        reader.close();
        if (!complete) {
            return;
        }
        metrics.add(report);
        log.info("{}: rows read {}; records {}; skipped {}; duplicates {}; rejected {}", name,
                report.rows(), report.records(), report.skippedTotal(), report.duplicates(), report.rejected());
        report.problems().stream().filter(p -> p.line() > resumeAfter)
                .forEach(p -> log.warn("{}:{}: {}", name, p.line(), p.message()));
        if (report.rejected() > report.problems().size()) {
            log.warn("{}: ... and {} more rejected rows", name, report.rejected() - report.problems().size());
        }
    }
}
