package dev.escalation.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Timestamps in feed fields (an article's published date, an incident's event time in JSON): the
 * ISO-8601 spellings feeds use, read leniently: an instant, a local date-time (UTC), or a date (its
 * start, UTC). Dates written in running text are {@code extract.DateMentions}'s business.
 */
final class FeedDates {
    private FeedDates() {}

    /** The instant {@code text} names, or null when it is none of the ISO-8601 forms. */
    static Instant instant(String text) {
        String t = text.strip().replace(' ', 'T');
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(t.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
