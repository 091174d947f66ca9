package dev.escalation.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.records.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * Articles as JSON lines. Archives spell the fields differently, so each is looked up under its
 * usual names: the text under body, text or content; the publication time under publishedAt,
 * published_at, pub_date or date; the address under url or source_url; the outlet under source or outlet.
 */
final class JsonArticles extends FeedReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    JsonArticles(Path path, FeedReport report) throws IOException {
        super(path, report);
    }

    @Override
    FeedRecord parse(String line, long number) {
        JsonNode node = JsonLines.object(JSON, line);
        String body = text(node, "body", "text", "content");
        if (body == null || body.isBlank()) {
            throw new BadRow("no article text (body, text or content)");
        }
        String published = text(node, "publishedAt", "published_at", "pub_date", "date");
        Instant publishedAt = null;
        if (published != null) {
            publishedAt = FeedDates.instant(published);
            if (publishedAt == null) {
                throw new BadRow("bad date '" + published + "': expected ISO-8601 such as 2024-02-03 or 2024-02-03T10:00:00Z");
            }
        }
        String url = text(node, "url", "source_url");
        String id = text(node, "id");
        if (id == null) {
            // Stable across runs: the same article always gets the same id.
            id = UUID.nameUUIDFromBytes((url != null ? url : body).getBytes(StandardCharsets.UTF_8)).toString();
        }
        Article article = Article.newBuilder()
                .setId(id)
                .setUrl(url)
                .setSource(text(node, "source", "outlet"))
                .setTitle(text(node, "title"))
                .setBody(body)
                .setPublishedAt(publishedAt)
                .setLanguage(text(node, "language"))
                .build();
        return new FeedRecord(file, number, article);
    }

    /** The first of {@code names} present as a non-null value, as text. */
    private static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                return value.asText();
            }
        }
        return null;
    }
}
