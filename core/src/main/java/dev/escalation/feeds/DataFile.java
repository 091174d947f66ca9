package dev.escalation.feeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The mapping tables of the feed readers: tab-separated resources, '#' comments and blank lines ignored. */
final class DataFile {
    private DataFile() {}

    /** The rows of {@code name} (next to this class), each with at least {@code columns} columns. */
    static List<String[]> rows(String name, int columns) {
        try (InputStream in = DataFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the built-in data file " + name + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < columns) {
                    throw new IllegalStateException(name + ":" + number + ": expected " + columns + " tab-separated columns");
                }
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].trim();
                }
                rows.add(cols);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in data file " + name, e);
        }
    }
}
