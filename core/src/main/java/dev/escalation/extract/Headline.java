package dev.escalation.extract;

import dev.escalation.extract.Dictionaries.EventKind;
import dev.escalation.extract.Dictionaries.EventWord;
import dev.escalation.extract.PhraseTrie.Match;
import dev.escalation.records.EventType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the headline says the attack was. Headlines name the weapon the body may only call "the
 * attack" ("Car bomb ramming attack kills dozens at military base in Maidan Wardak"); the body's
 * attacks of no stated means in the headline's country take its type (Emitting). A headline that
 * names two kinds of attack, or none, says nothing of the type. The countries its places lie in set a body that names
 * no place at all (Events.placeUnplaced).
 */
record Headline(EventType type, Set<String> countries, Set<String> located) {

    static final Headline NONE = new Headline(null, Set.of(), Set.of());

    static Headline read(Dictionaries dict, String title) {
        if (title == null || title.isBlank()) {
            return NONE;
        }
        List<Token> tokens = Tokenizer.tokenize(TextNormalizer.normalize(title));
        dict.mark(tokens);
        EventType type = null;
        for (Match<EventWord> e : dict.events.scan(tokens, 0, tokens.size())) {
            EventWord w = e.value();
            if ((w.kind() == EventKind.EVENT || w.kind() == EventKind.WEAPON) && w.type() != null && force(w.type())) {
                if (type != null && type != w.type()) {
                    return NONE;
                }
                type = w.type();
            }
        }
        Set<String> countries = new HashSet<>();
        Set<String> located = new HashSet<>();
        for (Match<Dictionaries.Place> p : dict.places.scan(tokens, 0, tokens.size())) {
            countries.add(p.value().country());
            if (p.value().admin1() != null) {
                located.add(p.value().country()); // "Attacks in Northern Rakhine State": a place in a country, not "U.S. Embassy"
            }
        }
        return new Headline(type, Set.copyOf(countries), Set.copyOf(located));
    }

    /** The one country the headline's places lie in (a place inside a country first, not "U.S. Embassy"), or null. */
    String place() {
        Set<String> where = located.isEmpty() ? countries : located;
        return where.size() == 1 ? where.iterator().next() : null;
    }

    /** The type an attack of no stated means in {@code country} takes from the headline, or null. */
    EventType typeFor(String country) {
        return type != null && (countries.isEmpty() || countries.contains(country)) ? type : null;
    }

    private static boolean force(EventType t) {
        return t != EventType.THREAT && t != EventType.INTERCEPTION && t != EventType.OTHER;
    }
}
