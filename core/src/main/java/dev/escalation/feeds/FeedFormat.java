package dev.escalation.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The historical file formats the engine reads. */
public enum FeedFormat {
    /** News articles as JSON lines. */
    ARTICLES,
    /** Incidents as JSON lines, with the Incident field names. */
    INCIDENTS,
    /** GDELT 2.0 event export: 61 tab-separated columns. */
    GDELT,
    /** ACLED export CSV with a header row. */
    ACLED;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parses a {@code --format} value; null for {@code auto}. */
    public static FeedFormat parse(String name) {
        if (name.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "'; use articles, incidents, gdelt, acled or auto");
        }
    }

    /** Tells the format from the first non-blank line of the file (through a zip or gzip). */
    public static FeedFormat detect(Path file) throws IOException {
        String first = null;
        try (Lines lines = Lines.open(file)) {
            String line;
            while ((line = lines.next()) != null && line.isBlank()) {
                // skip leading blank lines
            }
            first = line;
        } catch (IOException e) {
            throw new IOException(file + ": cannot read it to tell its format: " + e.getMessage(), e);
        }
        FeedFormat format = first == null ? null : fromFirstLine(first.strip());
        if (format == null) {
            throw new IOException(file + ": cannot tell its format from the first line"
                    + (first == null ? " (the file is empty)" : "") + "; give --format articles, incidents, gdelt or acled");
        }
        return format;
    }

    static FeedFormat fromFirstLine(String line) {
        if (line.startsWith("{")) {
            try {
                JsonNode node = JSON.readTree(line);
                if (node.has("eventType") || node.has("countryCode")) {
                    return INCIDENTS;
                }
                if (node.has("body") || node.has("text") || node.has("content")) {
                    return ARTICLES;
                }
            } catch (IOException e) {
                return null;
            }
            return null;
        }
        if (line.indexOf('\t') >= 0) {
            String firstColumn = line.substring(0, line.indexOf('\t'));
            long tabs = line.chars().filter(c -> c == '\t').count();
            if (firstColumn.equalsIgnoreCase("GLOBALEVENTID") || (firstColumn.matches("\\d+") && tabs == GdeltEvents.COLUMNS - 1)) {
                return GDELT;
            }
            return null;
        }
        String header = line.toLowerCase(Locale.ROOT);
        return header.contains("event_date") && header.contains("event_type") ? ACLED : null;
    }
}
