package dev.escalation.connect.gdelt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * GDELT's {@code lastupdate.txt}: one line per file of the latest 15-minute update, each
 * {@code size md5 url}; the event export is the one whose URL ends in {@code .export.CSV.zip}.
 */
final class LastUpdate {
    private LastUpdate() {}

    /** A file of an update, with the size and MD5 (hex) its download must have. */
    record Export(String url, long size, String md5) {}

    /** The export of the update listed in {@code text}, fetched from {@code updateUrl}. */
    static Export export(byte[] text, String updateUrl) throws IOException {
        String content = new String(text, StandardCharsets.UTF_8);
        for (String line : content.split("\\R")) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length == 3 && fields[2].toLowerCase(Locale.ROOT).endsWith(".export.csv.zip")) {
                try {
                    return new Export(fields[2], Long.parseLong(fields[0]), fields[1].toLowerCase(Locale.ROOT));
                } catch (NumberFormatException e) {
                    throw new IOException(updateUrl + ": bad size '" + fields[0] + "' in the export line '" + line.strip() + "'");
                }
            }
        }
        String first = content.strip().lines().findFirst().orElse("");
        throw new IOException(updateUrl + " lists no event export ('size md5 url' with the url ending in .export.CSV.zip); it begins: '"
                + (first.length() > 80 ? first.substring(0, 80) + "..." : first) + "'");
    }
}
