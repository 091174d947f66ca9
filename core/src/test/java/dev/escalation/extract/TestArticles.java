package dev.escalation.extract;

import dev.escalation.records.Article;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Builds articles for tests and finds incidents in the coder's output. */
final class TestArticles {
    static final EventCoder CODER = EventCoder.withDefaultDictionaries();
    /** The built-in dictionaries, for tests of single stages. */
    static final Dictionaries DICTIONARIES = Dictionaries.defaults();
    /** The repository's seeds, relative to the core module (the working directory of its tests). */
    static final Path SEEDS = Path.of("..", "seeds");

    private TestArticles() {
    }

    static Article article(String id, String published, String body) {
        return Article.newBuilder()
                .setId(id)
                .setBody(body)
                .setPublishedAt(published == null ? null : LocalDate.parse(published).atTime(9, 0).toInstant(ZoneOffset.UTC))
                .build();
    }

    static Article seed(String file, String published) {
        try {
            return article(file, published, Files.readString(SEEDS.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Incident> code(String published, String body) {
        return CODER.code(article("test", published, body));
    }

    /** An article with its title, as the coder codes it: a report's title may frame its text in a year. */
    static List<Incident> codeTitled(String title, String published, String body) {
        return CODER.code(Article.newBuilder(article("test", published, body)).setTitle(title).build());
    }

    /** One sentence read as the coder reads it, published on the given day. */
    static Sentence sentence(String published, String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        DICTIONARIES.mark(tokens);
        return new Sentence(DICTIONARIES, text, tokens, 0, tokens.size(), LocalDate.parse(published));
    }

    static List<Incident> of(List<Incident> incidents, EventType type, String country) {
        return incidents.stream().filter(i -> i.getEventType() == type && i.getCountryCode().equals(country)).toList();
    }
}
