package dev.escalation.bench;

import dev.escalation.config.EngineConfig;
import dev.escalation.extract.EventCoder;
import dev.escalation.feeds.FeedReader;
import dev.escalation.feeds.FeedReport;
import dev.escalation.feeds.RecordJson;
import dev.escalation.runtime.Backtest;
import dev.escalation.runtime.Replay;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Speed of the historical feeds, measured end to end on generated files: GDELT parsing, replay into
 * an embedded broker, backtest of a file of incidents (the engine benchmarks' year, as JSON lines).
 * Each measure has warm-up runs, then several runs, and reports the median. Run from the
 * repository root: see README, "Historical feeds".
 *
 * <pre>mvn -B -q -pl bench exec:java -Dexec.mainClass=dev.escalation.bench.FeedBench [-Dexec.args="gdelt replay backtest"] [-Dbench.incidents=N]</pre>
 * {@code -Dexec.args="incidents-file FILE"} writes the year of incidents to FILE instead, to time {@code ./escalation backtest FILE}.
 */
public final class FeedBench {

    private static final String FIXTURE = "core/src/test/resources/dev/escalation/feeds/gdelt-events.export.CSV";
    private static final int GDELT_ROWS = 1_000_000;
    private static final int REPLAY_ROWS = 500_000;

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("incidents-file")) {
            // The backtest's year as a file, to time the command itself: time ./escalation backtest FILE
            long count = Timed.count("bench.incidents", BenchIncidents.YEAR);
            System.out.printf("%s: %,d incidents%n", incidents(Path.of(args[1]), count), count);
            return;
        }
        List<String> which = args.length == 0 ? List.of("gdelt", "replay", "backtest") : Arrays.asList(args);
        try (Scratch scratch = Scratch.create("escalation-bench-")) {
            run(which, scratch.path(), EventCoder.withDefaultDictionaries());
        }
    }

    private static void run(List<String> which, Path dir, EventCoder coder) throws Exception {
        if (which.contains("gdelt")) {
            Path gdelt = gdelt(dir.resolve("mixed.export.CSV"), GDELT_ROWS, false);
            Timed.median("GDELT parsing (1,000,000 rows, CAMEO mix of the fixture), rows/s", 2, 5, () -> read(gdelt, coder));
        }
        if (which.contains("replay")) {
            Path violent = gdelt(dir.resolve("violent.export.CSV"), REPLAY_ROWS, true);
            try (BenchBroker broker = BenchBroker.start()) {
                Timed.median("replay into the embedded broker (500,000 GDELT incidents: read, Avro, produce, acks=all), rows/s", 1, 3, () -> {
                    try (Replay replay = new Replay(broker.config, broker.topics, broker.client(), 0, null, null);
                         FeedReader reader = FeedReader.open(violent, null, new FeedReport(), coder)) {
                        while (reader.hasNext()) {
                            replay.send(reader.next());
                        }
                        replay.flush();
                        return replay.acknowledged();
                    }
                });
            }
        }
        if (which.contains("backtest")) {
            long count = Timed.count("bench.incidents", BenchIncidents.YEAR);
            Path incidents = incidents(dir.resolve("incidents.jsonl"), count);
            Timed.median(String.format("backtest of a file of %,d incidents (JSON lines, the engine benchmarks' year), incidents/s", count), 0, 3, () -> {
                try (Backtest backtest = Backtest.ofIncidents(EngineConfig.defaults());
                     FeedReader reader = FeedReader.open(incidents, null, new FeedReport(), coder)) {
                    long rows = 0;
                    while (reader.hasNext()) {
                        backtest.pipe(reader.next());
                        rows++;
                    }
                    System.out.printf("    (%d alerts)%n", backtest.alerts().size());
                    return rows;
                }
            });
        }
    }

    private static long read(Path file, EventCoder coder) throws IOException {
        FeedReport report = new FeedReport();
        try (FeedReader reader = FeedReader.open(file, null, report, coder)) {
            while (reader.hasNext()) {
                reader.next();
            }
        }
        return report.rows();
    }

    /** Rows of the fixture with fresh ids, days and places, so that none is a repeat; only violent ones when asked. */
    private static Path gdelt(Path file, int rows, boolean violentOnly) throws IOException {
        List<String> templates = new ArrayList<>();
        for (String line : Files.readAllLines(repositoryFile(FIXTURE))) {
            // the fixture's three valid strikes in Iraq (ids 1001, 1002, 1005)
            if (!violentOnly || line.matches("^100[125]\t.*")) {
                templates.add(line);
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < rows; i++) {
                String[] cols = templates.get(i % templates.size()).split("\t", -1);
                cols[0] = String.valueOf(10_000_000 + i);
                if (cols.length == 61) {
                    cols[58] = String.valueOf(i); // a distinct place: not a repeat
                }
                out.write(String.join("\t", cols));
                out.write('\n');
            }
        }
        return file;
    }

    private static Path incidents(Path file, long count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (BenchIncidents incidents = new BenchIncidents(count); incidents.hasNext(); ) {
                out.write(RecordJson.write(incidents.next()));
                out.write('\n');
            }
        }
        return file;
    }

    /** A file of the repository, found from the working folder up (Maven runs the bench from the root or from bench/). */
    private static Path repositoryFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath() + "; run the bench inside the repository");
    }
}
