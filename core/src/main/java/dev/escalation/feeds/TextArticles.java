package dev.escalation.feeds;

import dev.escalation.records.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain-text articles: the body is the whole file; the publication date is given or read from the file name. */
public final class TextArticles {

    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    private TextArticles() {}

    /** Reads a text file whose name carries its publication date, as in {@code article-2024-02-03-us-strikes.txt}. */
    public static Article read(Path file) throws IOException {
        Matcher date = DATE_IN_NAME.matcher(file.getFileName().toString());
        if (!date.find()) {
            throw new IOException(file + ": no publication date (YYYY-MM-DD) in the file name");
        }
        return read(file, LocalDate.parse(date.group(1)));
    }

    public static Article read(Path file, LocalDate published) throws IOException {
        String name = file.getFileName().toString();
        String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        return Article.newBuilder()
                .setId(id)
                .setUrl(file.toUri().toString())
                .setSource("file")
                .setBody(Files.readString(file, StandardCharsets.UTF_8))
                .setPublishedAt(published.atStartOfDay(ZoneOffset.UTC).toInstant())
                .setLanguage("en")
                .build();
    }
}
