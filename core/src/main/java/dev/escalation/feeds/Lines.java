package dev.escalation.feeds;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The lines of a text file, plain, {@code .zip} (its first entry, as GDELT ships them) or
 * {@code .gz}, read as a stream with line numbers. A zip is read with {@link ZipInputStream}, not
 * {@code ZipFile}, so a truncated download still gives every line before the damage.
 */
final class Lines implements Closeable {

    private final BufferedReader reader;
    private final Counting counted;
    private long number;

    private Lines(BufferedReader reader, Counting counted) {
        this.reader = reader;
        this.counted = counted;
    }

    static Lines open(Path file) throws IOException {
        Counting counted = new Counting(Files.newInputStream(file));
        InputStream in = new BufferedInputStream(counted, 1 << 16);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".zip")) {
                ZipInputStream zip = new ZipInputStream(in);
                ZipEntry entry = zip.getNextEntry();
                if (entry == null) {
                    throw new IOException(file + ": not a zip file, or an empty one");
                }
                in = zip;
            } else if (name.endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new Lines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), counted);
    }

    /** The next line, or null at the end. */
    String next() throws IOException {
        String line = reader.readLine();
        if (line != null) {
            number++;
        }
        return line;
    }

    /** Number of the line last returned (1-based). */
    long number() {
        return number;
    }

    /** Bytes of the file read so far (compressed bytes for a zip), for progress. */
    long bytesRead() {
        return counted.count;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
