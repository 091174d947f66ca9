package dev.escalation.extract;

import dev.escalation.extract.Dictionaries.Place;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an article names as a whole, read once before its sentences ({@link Segmentation#theatre}): the countries of
 * the places it names. They tell a minor place of the gazetteer from another place of the same name, and give a name
 * two forces share its reading (IAF: Israel's air force in a story of Lebanon, India's in one of Kashmir).
 */
final class Theatre {
    /** No article read: no stray places, no readings. */
    static final Theatre NONE = new Theatre(null, Map.of(), null);

    private final Dictionaries dict;
    /** Places named, by country. */
    private final Map<String, Integer> placed;
    /** The countries the article names; null when it names none as a place together with a place of its own. */
    private final Set<String> named;
    /** Short names the article gives its actors ("Boko Haram (BH)"), by the short name as written. */
    final Map<String, Dictionaries.Actor> abbreviations;

    Theatre(Dictionaries dict, Map<String, Integer> placed, Set<String> named) {
        this(dict, placed, named, Map.of());
    }

    private Theatre(Dictionaries dict, Map<String, Integer> placed, Set<String> named, Map<String, Dictionaries.Actor> abbreviations) {
        this.dict = dict;
        this.placed = placed;
        this.named = named;
        this.abbreviations = abbreviations;
    }

    Theatre withAbbreviations(Map<String, Dictionaries.Actor> abbreviations) {
        return abbreviations.isEmpty() ? this : new Theatre(dict, placed, named, Map.copyOf(abbreviations));
    }

    /** A word that can be an actor's short name: two to six capitals ("BH", "ASG", "ISWAP"). */
    static boolean abbreviation(String word) {
        return word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** A minor place of the gazetteer in a country the article does not name: another place of the same name. */
    boolean stray(Place p) {
        return named != null && !named.contains(p.country()) && dict.minor(p);
    }

    /** The reading of a shared name whose countries the article places most, or null when none leads. */
    Dictionaries.Actor reading(List<Dictionaries.SharedName> readings) {
        Dictionaries.Actor best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Dictionaries.SharedName r : readings) {
            int count = 0;
            for (String country : r.countries()) {
                count += placed.getOrDefault(country, 0);
            }
            if (count > bestCount) {
                best = r.actor();
                bestCount = count;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
