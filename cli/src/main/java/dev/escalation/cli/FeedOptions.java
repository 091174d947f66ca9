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

    /** The format, or null for auto-detection. */
    FeedFormat feedFormat() {
        try {
            return FeedFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--format: " + e.getMessage());
        }
    }

    /**
     * Reads every file in turn, row by row, handing each record to {@code sink}. A file that turns
     * out not to be a feed (its format cannot be told, it breaks off) is reported like a bad row and
     * the others are read; {@code progress} (may be null) hears of the bytes read across all files.
     *
     * @throws CliException (exit 1) when no file could be opened at all
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

    /**
     * A run that read its input to the end and found no record in it has nothing to tell: it exits
     * 4, naming what the rows were (rejected, skipped), after the command has printed its summary.
     */
    void requireUsable(FeedReport report) {
        if (report.records() == 0) {
            throw CliException.nothingUsable(String.format("nothing usable in %s: %,d row(s) read, %,d rejected, %,d skipped, no record",
                    input, report.rows(), report.rejected(), report.skippedTotal()));
        }
    }

    /** Prints, once, the folders inside the input folder, which are not read. */
    void warnSkippedFolders(java.io.PrintWriter err) {
        files();
        skippedFolders.forEach(f -> err.println("skipped folder " + f + ": only the files directly in " + input + " are read"));
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

    private List<Path> files;
    private final List<Path> skippedFolders = new java.util.ArrayList<>();

    /**
     * The input file, or the files directly in the input folder in name order (names starting with
     * '.' ignored; folders inside it are not read, see {@link #warnSkippedFolders}).
     *
     * @throws CliException (exit 1) naming every file that is missing or cannot be read, before anything is read
     */
    List<Path> files() {
        if (files == null) {
            files = list();
        }
        return files;
    }

    private List<Path> list() {
        if (!Files.exists(input)) {
            throw new CliException(input + ": no such file or folder");
        }
        if (!Files.isDirectory(input)) {
            if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
                throw new CliException("cannot read " + input);
            }
            return List.of(input);
        }
        List<Path> found = new java.util.ArrayList<>();
        List<Path> unreadable = new java.util.ArrayList<>();
        try (Stream<Path> listed = Files.list(input)) {
            for (Path entry : listed.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                if (Files.isDirectory(entry)) {
                    skippedFolders.add(entry);
                } else if (Files.isRegularFile(entry) && Files.isReadable(entry)) {
                    found.add(entry);
                } else {
                    unreadable.add(entry); // no read permission, a broken link, a device or pipe
                }
            }
        } catch (IOException e) {
            throw new CliException("cannot list " + input + ": " + e.getMessage());
        }
        if (!unreadable.isEmpty()) {
            throw new CliException("cannot read " + unreadable.size() + " file(s) in " + input + ": "
                    + String.join(", ", unreadable.stream().map(Path::toString).toList()));
        }
        if (found.isEmpty()) {
            throw new CliException(input + ": the folder holds no files" + (skippedFolders.isEmpty() ? "" : " (only folders, which are not read)"));
        }
        return found;
    }
}
