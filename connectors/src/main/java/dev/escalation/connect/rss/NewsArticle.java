package dev.escalation.connect.rss;

import dev.escalation.records.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The engine's {@link Article} of a feed item. */
final class NewsArticle {
    private NewsArticle() {}

    /** What de-duplicates an item: its guid, else its link, else its title and text. */
    static String key(NewsFeed.Item item) {
        if (item.guid() != null) {
            return item.guid();
        }
        return item.link() != null ? item.link() : item.title() + "\n" + item.text();
    }

    /**
     * The article of {@code item}: title and text as the body, the link as url, the publication
     * time as publishedAt, the item's or the feed's language, else {@code defaultLanguage}.
     *
     * @throws IllegalArgumentException for an item with no title or text, or a date that is not RFC 1123 or ISO-8601
     */
    static Article of(NewsFeed.Item item, NewsFeed feed, String source, String defaultLanguage) {
        String body = item.title() == null ? item.text() : item.text() == null ? item.title() : item.title() + "\n\n" + item.text();
        if (body == null) {
            throw new IllegalArgumentException("no title and no description or summary");
        }
        String language = item.language() != null ? item.language() : feed.language() != null ? feed.language() : defaultLanguage;
        return Article.newBuilder()
                // Stable: the same item always gets the same id, as JSON-lines articles without one do.
                .setId(UUID.nameUUIDFromBytes(key(item).getBytes(StandardCharsets.UTF_8)).toString())
                .setUrl(item.link())
                .setSource(feed.title() != null ? feed.title() : source)
                .setTitle(item.title())
                .setBody(body)
                .setPublishedAt(item.published() == null ? null : instant(item.published()))
                .setLanguage(language)
                .build();
    }

    /** RSS dates are RFC 1123 (Sat, 03 Feb 2024 10:00:00 GMT), Atom's ISO-8601 (2024-02-03T10:00:00Z); feeds mix them up. */
    private static Instant instant(String text) {
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException notRfc1123) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notIso) {
                throw new IllegalArgumentException("bad date '" + text + "': expected RFC 1123 (Sat, 03 Feb 2024 10:00:00 GMT) or ISO-8601");
            }
        }
    }
}
