package dev.escalation.cli;

import dev.escalation.extract.EventCoder;
import dev.escalation.feeds.FeedFormat;
import dev.escalation.feeds.FeedReader;
import dev.escalation.feeds.FeedRecord;
import dev.escalation.feeds.FeedReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The historical input of backtest and replay: a file or a folder of files, and their format. */
final class FeedOptions {

    @Parameters(index = "0", paramLabel = "FILE|DIR",
            description = "A feed file (plain, .zip or .gz), or a folder whose files are read in name order.")
    Path input;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "articles, incidents, gdelt, acled, or auto to tell each file's format from its first line (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--strict", description = "Exit non-zero (3) when any row was rejected or any record dead-lettered; by default bad input is reported and skipped.")
    boolean strict;

    /** Exit code of a run that met bad input under --strict. */
    static final int BAD_INPUT = 3;

    /** The format, or null for auto-detection. */
    FeedFormat feedFormat() {
        try {
            return FeedFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CliException("--format: " + e.getMessage());
        }
    }

    /**
     * Reads every file in turn, row by row, handing each record to {@code sink}. A file that cannot
     * be opened is reported like a bad row and the others are read; {@code progress} (may be null)
     * hears of the bytes read across all files.
     */
    void read(EventCoder coder, FeedReport report, Consumer<FeedRecord> sink, Progress progress) {
        long done = 0;
        for (Path file : files()) {
            try (FeedReader reader = FeedReader.open(file, feedFormat(), report, coder)) {
                while (reader.hasNext()) {
                    sink.accept(reader.next());
                    if (progress != null) {
                        progress.update(done + reader.bytesRead(), report.rows());
                    }
                }
            } catch (IOException e) {
                report.reject(file.toString(), 0, e.getMessage());
            }
            done += size(file);
        }
        if (report.rows() == 0 && report.rejected() > 0) {
            throw new CliException(report.problems().get(0).toString());
        }
    }

    /** True when some file holds articles (or may: its format cannot be told), which need the extraction pipeline. */
    boolean holdsArticles() {
        FeedFormat given = feedFormat();
        if (given != null) {
            return given == FeedFormat.ARTICLES;
        }
        for (Path file : files()) {
            try {
                if (FeedFormat.detect(file) == FeedFormat.ARTICLES) {
                    return true;
                }
            } catch (IOException e) {
                return true; // read() reports the file; the full engine takes whatever it holds
            }
        }
        return false;
    }

    /** Total bytes of the input, for progress. */
    long totalBytes() {
        return files().stream().mapToLong(FeedOptions::size).sum();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    List<Path> files() {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            throw new CliException(input + ": no such file or folder");
        }
        try (Stream<Path> listed = Files.list(input)) {
            List<Path> files = listed.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new CliException(input + ": the folder holds no files");
            }
            return files;
        } catch (IOException e) {
            throw new CliException("cannot list " + input + ": " + e.getMessage());
        }
    }
}
