package dev.escalation.connect.folder;

import dev.escalation.connect.FeedFile;
import dev.escalation.connect.FeedMetrics;
import dev.escalation.connect.Idle;
import dev.escalation.connect.InputTopics;
import dev.escalation.connect.SourceSettings;
import dev.escalation.connect.Version;
import dev.escalation.extract.EventCoder;
import dev.escalation.feeds.FeedReader;
import dev.escalation.feeds.FeedReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads this task's share of the folder's files one at a time, in name order. Source partition
 * {@code {"file": name}}, offset {@code {"line": last line emitted, "done": true on the file's last record}}.
 */
public final class FolderSourceTask extends SourceTask {

    private static final Logger log = LoggerFactory.getLogger(FolderSourceTask.class);

    static final String FILE = "file";
    static final String LINE = "line";
    static final String DONE = "done";

    private Path folder;
    private PathMatcher pattern;
    private int taskIndex;
    private int taskCount;
    private Duration interval;
    private int batchSize;
    private InputTopics topics;
    private EventCoder coder;
    private FeedMetrics metrics;
    /** Files read to the end, or not feed files at all: never opened again by this task. */
    private final Set<String> finished = new HashSet<>();
    private FeedFile current;
    private Instant nextLook = Instant.MIN;

    @Override
    public void start(Map<String, String> props) {
        FolderSourceConfig config = new FolderSourceConfig(props);
        folder = Path.of(config.getString(FolderSourceConfig.FOLDER));
        pattern = FileSystems.getDefault().getPathMatcher("glob:" + config.getString(FolderSourceConfig.FILE_PATTERN));
        taskIndex = config.getInt(FolderSourceConfig.TASK_INDEX);
        taskCount = config.getInt(FolderSourceConfig.TASK_COUNT);
        interval = Duration.ofMillis(config.getLong(FolderSourceConfig.POLL_INTERVAL_MS));
        batchSize = config.getInt(FolderSourceConfig.BATCH_SIZE);
        topics = SourceSettings.inputTopics(config);
        metrics = new FeedMetrics(context.pluginMetrics());
        // ACLED rows whose columns say too little are coded from their notes.
        coder = EventCoder.withDefaultDictionaries();
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        if (current == null) {
            Instant now = Instant.now();
            if (now.isBefore(nextLook)) {
                Idle.nap(Duration.between(now, nextLook));
                return null;
            }
            nextLook = now.plus(interval);
            current = nextFile();
            if (current == null) {
                return null;
            }
        }
        Map<String, String> partition = Map.of(FILE, current.name());
        List<SourceRecord> records = new ArrayList<>();
        for (FeedFile.Row row : current.next(batchSize)) {
            records.add(topics.record(partition, Map.of(LINE, row.record().line(), DONE, row.last()), row.record()));
        }
        if (current.finished()) {
            finished.add(current.name());
            close();
        }
        return records;
    }

    /** The first file, by name, of this task's share that is neither finished nor unreadable; null when none. */
    private FeedFile nextFile() {
        for (Path file : candidates()) {
            String name = file.getFileName().toString();
            Map<String, Object> offset = context.offsetStorageReader().offset(Map.of(FILE, name));
            if (offset != null && Boolean.TRUE.equals(offset.get(DONE))) {
                finished.add(name);
                continue;
            }
            long resumeAfter = offset == null ? 0 : ((Number) offset.get(LINE)).longValue();
            try {
                FeedReport report = new FeedReport();
                return new FeedFile(name, FeedReader.open(file, null, report, coder), report, resumeAfter, metrics);
            } catch (IOException e) {
                // Not a feed file (or unreadable): said once, then left alone until the task restarts.
                log.error("{}: skipped: {}", name, e.getMessage());
                metrics.itemRejected();
                finished.add(name);
            }
        }
        return null;
    }

    private List<Path> candidates() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return !name.startsWith(".") && !finished.contains(name) && pattern.matches(f.getFileName())
                        && Math.floorMod(name.hashCode(), taskCount) == taskIndex && Files.isRegularFile(f);
            }).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ConnectException("cannot list the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        close();
    }

    private void close() {
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                log.warn("{}: cannot close: {}", current.name(), e.getMessage());
            }
            current = null;
        }
    }

    @Override
    public String version() {
        return Version.PLUGIN;
    }
}
