package dev.escalation.connect.gdelt;

import dev.escalation.connect.FeedFile;
import dev.escalation.connect.FeedMetrics;
import dev.escalation.connect.Http;
import dev.escalation.connect.Idle;
import dev.escalation.connect.InputTopics;
import dev.escalation.connect.PollSchedule;
import dev.escalation.connect.PollSettings;
import dev.escalation.connect.SourceSettings;
import dev.escalation.connect.Version;
import dev.escalation.feeds.FeedFormat;
import dev.escalation.feeds.FeedReader;
import dev.escalation.feeds.FeedReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the exports the update list names, one after the other. Source partition
 * {@code {"update.url": the update list}}, offset {@code {"file": export URL, "line": last line
 * emitted, "done": true on the export's last record}}.
 */
public final class GdeltSourceTask extends SourceTask {

    private static final Logger log = LoggerFactory.getLogger(GdeltSourceTask.class);

    static final String UPDATE_URL = "update.url";
    static final String FILE = "file";
    static final String LINE = "line";
    static final String DONE = "done";

    /** Where the task stands: the export it read last, the last line emitted, whether it read the whole export. */
    private record Position(String file, long line, boolean done) {}

    private String updateUrl;
    private Map<String, String> partition;
    private int batchSize;
    private InputTopics topics;
    private FeedMetrics metrics;
    private PollSchedule schedule;
    private Http http;
    private Position position;
    private FeedFile current;
    private Path download;

    @Override
    public void start(Map<String, String> props) {
        GdeltSourceConfig config = new GdeltSourceConfig(props);
        updateUrl = config.getString(GdeltSourceConfig.UPDATE_URL);
        partition = Map.of(UPDATE_URL, updateUrl);
        batchSize = config.getInt(GdeltSourceConfig.BATCH_SIZE);
        Map<String, Object> offset = context.offsetStorageReader().offset(partition);
        if (offset != null) {
            position = new Position((String) offset.get(FILE), ((Number) offset.get(LINE)).longValue(), Boolean.TRUE.equals(offset.get(DONE)));
        }
        topics = SourceSettings.inputTopics(config);
        metrics = new FeedMetrics(context.pluginMetrics());
        schedule = PollSettings.schedule(config, List.of(updateUrl), metrics);
        http = PollSettings.http(config);
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        if (current == null) {
            if (schedule.due() == null) {
                Idle.nap(schedule.untilNext());
                return null;
            }
            try {
                current = nextExport();
            } catch (IOException e) {
                schedule.failed(updateUrl, e);
                return null;
            }
            schedule.succeeded(updateUrl);
            if (current == null) {
                return null;
            }
        }
        List<SourceRecord> records = new ArrayList<>();
        for (FeedFile.Row row : current.next(batchSize)) {
            position = new Position(current.name(), row.record().line(), row.last());
            records.add(topics.record(partition, Map.of(FILE, position.file(), LINE, position.line(), DONE, position.done()), row.record()));
        }
        if (current.finished()) {
            boolean emitted = position != null && position.file().equals(current.name());
            position = new Position(current.name(), emitted ? position.line() : 0, true);
            close();
        }
        return records;
    }

    /** The export to read now, opened: first one a restart interrupted, then the latest listed; null when it is read already. */
    private FeedFile nextExport() throws IOException, InterruptedException {
        LastUpdate.Export latest = LastUpdate.export(http.get(updateUrl), updateUrl);
        String file;
        long resumeAfter = 0;
        if (position != null && !position.done()) {
            file = position.file();
            resumeAfter = position.line();
        } else if (position == null || !position.file().equals(latest.url())) {
            file = latest.url();
        } else {
            return null;
        }
        download = Files.createTempFile("gdelt-", "-" + file.substring(file.lastIndexOf('/') + 1));
        try {
            http.download(file, download);
            if (file.equals(latest.url())) {
                check(latest);
            }
            FeedReport report = new FeedReport();
            log.info("{}: reading", file);
            return new FeedFile(file, FeedReader.open(download, FeedFormat.GDELT, report, null), report, resumeAfter, metrics);
        } catch (IOException | InterruptedException | RuntimeException e) {
            Files.deleteIfExists(download);
            throw e;
        }
    }

    /** A damaged download is retried, never read: its size and MD5 must be those the update list gives. */
    private void check(LastUpdate.Export export) throws IOException {
        long size = Files.size(download);
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(download), md5)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        String digest = HexFormat.of().formatHex(md5.digest());
        if (size != export.size() || !digest.equals(export.md5())) {
            throw new IOException("the download of " + export.url() + " has " + size + " bytes, MD5 " + digest + "; " + updateUrl
                    + " says " + export.size() + " bytes, MD5 " + export.md5());
        }
    }

    @Override
    public void stop() {
        close();
    }

    private void close() {
        try {
            if (current != null) {
                current.close();
            }
            if (download != null) {
                Files.deleteIfExists(download);
            }
        } catch (IOException e) {
            log.warn("cannot close or delete the download of {}: {}", current == null ? "an export" : current.name(), e.getMessage());
        }
        current = null;
        download = null;
    }

    @Override
    public String version() {
        return Version.PLUGIN;
    }
}
