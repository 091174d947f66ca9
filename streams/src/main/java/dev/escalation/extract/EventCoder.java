package dev.escalation.extract;

import dev.escalation.records.Article;
import dev.escalation.records.Incident;

import java.nio.file.Path;
import java.util.List;

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
     * ({@code actors.tsv}, {@code places.tsv}, {@code events.tsv}, {@code cues.tsv},
     * {@code casualties.tsv}); each is optional, and a phrase listed again replaces the default.
     */
    public static EventCoder withDictionaries(Path dir) {
        return new EventCoder(Dictionaries.extendedBy(dir));
    }

    /** The incidents reported by the article, in order of first mention; empty when none. */
    public List<Incident> code(Article article) {
        if (article.getBody() == null || article.getBody().isBlank()) {
            return List.of();
        }
        return new ArticleCoding(dictionaries, article).incidents();
    }
}
