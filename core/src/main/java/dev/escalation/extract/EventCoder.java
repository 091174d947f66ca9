package dev.escalation.extract;

import dev.escalation.records.Article;
import dev.escalation.records.Incident;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic, explainable dictionary-based event coder: an article in, the incidents it
 * reports out, each with the sentence it came from. Thread-safe once built; build it once.
 *
 * <p>The dictionaries are data files (see {@code dev/escalation/extract/*.tsv}): actors and their
 * sides, places with aliases, event words, cue phrases and casualty words.
 */
public final class EventCoder {
    private final Dictionaries dictionaries;

    private EventCoder(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /** The dictionaries shipped on the classpath. */
    public static EventCoder withDefaultDictionaries() {
        return new EventCoder(Dictionaries.defaults());
    }

    /**
     * The shipped dictionaries extended by an operator's files of the same names in {@code dir}
     * ({@code actors.tsv}, {@code gazetteer.tsv}, {@code places.tsv}, {@code events.tsv}, {@code cues.tsv},
     * {@code casualties.tsv}); each is optional, and a phrase listed again replaces the default.
     */
    public static EventCoder withDictionaries(Path dir) {
        return new EventCoder(Dictionaries.extendedBy(dir));
    }

    /**
     * Why the coder must not read this article, or null when it may: an empty body, a body over
     * {@code maxBodyBytes} (UTF-8), a language other than English, or bytes that are not text. The
     * stream dead-letters such an article and {@code extract} rejects its line, with this reason.
     */
    public static String refusal(Article article, int maxBodyBytes) {
        String body = article.getBody();
        if (body == null || body.isBlank()) {
            return "article " + article.getId() + " has an empty body";
        }
        long bytes = utf8Length(body);
        if (bytes > maxBodyBytes) {
            return "article " + article.getId() + " has a body of " + bytes + " bytes, over extraction.maxBodyBytes (" + maxBodyBytes + ")";
        }
        String language = article.getLanguage();
        if (language != null && !language.isBlank() && !language.toLowerCase(Locale.ROOT).startsWith("en")) {
            return "article " + article.getId() + " is in language '" + language + "'; the event coder reads English only";
        }
        if (binary(body)) {
            return "article " + article.getId() + " has a body that is not text (control characters or undecodable bytes)";
        }
        if (!english(body)) {
            return "article " + article.getId() + " does not read as English (too few common English words); the event coder reads English only";
        }
        if (noSentenceBreaks(body)) {
            return "article " + article.getId() + " has " + body.length() + " characters with no sentence or line break; it is not running text";
        }
        return null;
    }

    private static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "of", "and", "to", "in", "a", "is", "was", "on",
            "for", "that", "with", "by", "at", "said", "were", "from", "has", "have", "it", "as", "an", "are", "he", "they");

    /** Text of 40 words or more in which fewer than one word in twenty is a common English word is not English. */
    private static boolean english(String body) {
        int words = 0;
        int common = 0;
        int i = 0;
        int n = Math.min(body.length(), 20_000);
        while (i < n && words < 2_000) {
            while (i < n && !Character.isLetter(body.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(body.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                if (i - start <= 4 && ENGLISH.contains(body.substring(start, i).toLowerCase(Locale.ROOT))) {
                    common++;
                }
            }
        }
        return words < 40 || common * 20 >= words;
    }

    /** A long body without a full stop, question or exclamation mark or line break. */
    private static boolean noSentenceBreaks(String body) {
        if (body.length() < 5_000) {
            return false;
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return false;
            }
        }
        return true;
    }

    /** Text has no NUL and few control characters; decoded binary has many, and U+FFFD where bytes were not UTF-8. */
    private static boolean binary(String body) {
        int odd = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
                odd++;
            }
        }
        return odd > body.length() / 100;
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3; // a surrogate pair is 4 bytes
        }
        return n;
    }

    /** The incidents reported by the article, in order of first mention; empty when none. */
    public List<Incident> code(Article article) {
        if (article.getBody() == null || article.getBody().isBlank()) {
            return List.of();
        }
        String body = TextNormalizer.normalize(article.getBody());
        Article plain = body.equals(article.getBody()) ? article : Article.newBuilder(article).setBody(body).build();
        List<Incident> incidents = new ArticleCoding(dictionaries, plain).incidents();
        // When the report came: the escalation counts a late one at its own event time, and says so.
        if (article.getPublishedAt() != null) {
            incidents.forEach(incident -> incident.setReportedAt(article.getPublishedAt()));
        }
        return incidents;
    }
}
