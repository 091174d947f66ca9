package dev.escalation.connect;

import dev.escalation.config.EngineConfig;
import dev.escalation.extract.EventCoder;
import dev.escalation.feeds.FeedReader;
import dev.escalation.feeds.FeedRecord;
import dev.escalation.feeds.FeedReport;
import dev.escalation.feeds.RecordJson;
import dev.escalation.records.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.avro.specific.SpecificRecord;

/** The test files (copied from the feed readers' own fixtures, or made here) and what the engine's readers make of them. */
final class Fixtures {
    private Fixtures() {}

    private static final EventCoder CODER = EventCoder.withDefaultDictionaries();

    /** The bytes of fixture {@code name} (src/test/resources/dev/escalation/connect). */
    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts fixture {@code name} into {@code folder} as {@code as}, written aside first and moved in, as the README asks. */
    static Path put(Path folder, String as, byte[] content) {
        try {
            Path aside = folder.resolve("." + as);
            Files.write(aside, content);
            return Files.move(aside, folder.resolve(as));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code n} incidents as JSON lines, ids gen-1 to gen-n. */
    static byte[] incidents(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append("{\"id\": \"gen-").append(i).append("\", \"eventType\": \"SHELLING\", \"eventDate\": \"2024-01-")
                    .append(String.format("%02d", 1 + i % 28)).append("\", \"countryCode\": \"").append(i % 2 == 0 ? "UA" : "RU")
                    .append("\"}\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code content} as the only entry of a zip, as GDELT ships its exports. */
    static byte[] zip(String entry, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first {@code lines} lines of {@code content}, or the rest after them when {@code rest}. */
    static byte[] lines(byte[] content, int lines, boolean rest) {
        List<String> all = new String(content, StandardCharsets.UTF_8).lines().toList();
        List<String> part = rest ? all.subList(lines, all.size()) : all.subList(0, lines);
        return (String.join("\n", part) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] truncated(byte[] content, double fraction) {
        return Arrays.copyOf(content, (int) (content.length * fraction));
    }

    static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the engine's own readers make of {@code files}, one line per record: key, timestamp, JSON. */
    static List<String> expected(Path... files) {
        return expectedAfter(0, files);
    }

    /** As {@link #expected}, for the rows after line {@code line} of each file. */
    static List<String> expectedAfter(long line, Path... files) {
        List<String> records = new ArrayList<>();
        for (Path file : files) {
            try (FeedReader reader = FeedReader.open(file, null, new FeedReport(), CODER)) {
                reader.forEachRemaining(r -> {
                    if (r.line() > line) {
                        records.add(line(r.key(EngineConfig.defaults()), timestamp(r), r.value()));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return records;
    }

    /** How many rows the engine's own readers reject in {@code files}. */
    static long rejected(Path... files) {
        long rejected = 0;
        for (Path file : files) {
            FeedReport report = new FeedReport();
            try (FeedReader reader = FeedReader.open(file, null, report, CODER)) {
                reader.forEachRemaining(r -> { });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rejected += report.rejected();
        }
        return rejected;
    }

    /** What the engine reads back from a topic, in the same form as {@link #expected}. */
    static <T extends SpecificRecord> List<String> actual(List<ConnectCluster.Read<T>> records) {
        // An undated article is stamped when it is written, as a replayed one is: no time to compare.
        return records.stream().map(r -> line(r.key(),
                r.value() instanceof Article a && a.getPublishedAt() == null ? null : r.timestamp(), r.value())).toList();
    }

    private static Long timestamp(FeedRecord record) {
        return record.eventTime() == null ? null : record.eventTime().toEpochMilli();
    }

    private static String line(String key, Long timestamp, SpecificRecord value) {
        return key + " " + (timestamp == null ? "undated" : timestamp) + " " + RecordJson.write(value);
    }
}
