package dev.escalation.extract;

import dev.escalation.extract.Dictionaries.Cue;
import dev.escalation.extract.PhraseTrie.Match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sentences and tokens: the body's tokens marked by the dictionaries, and the sentences worth
 * reading, without the wire dateline ("BAGHDAD (Reuters) -" is where the story was filed, not
 * where it happened) and without the web page's furniture ("Read more: ..."). {@link #mayReport}
 * is the cheap gate that spares most sentences the full {@link Sentence} analysis.
 */
final class Segmentation {
    private static final Set<String> FURNITURE = Token.words("related", "watch", "listen", "advertisement", "photo", "video",
            "subscribe", "recommended", "trending", "file", "image", "credit", "read more", "read also", "also read",
            "see also", "file photo", "more to come", "editor's note", "sign up", "most read");

    /** A sentence to read: its index in the body and its token range. */
    record Passage(int index, int from, int to) {
    }

    private final Dictionaries dict;
    final List<Token> tokens;
    /** Each sentence's token range, found once. */
    private final List<int[]> bounds;

    private final String body;

    Segmentation(Dictionaries dict, String body) {
        this.dict = dict;
        this.body = body;
        this.tokens = Tokenizer.tokenize(body);
        this.bounds = Tokenizer.sentences(tokens);
        dict.mark(tokens);
    }

    /**
     * The sentences in order, the first without its dateline, furniture and empty ones left out; a paragraph opened by
     * a heading in capitals and a dash ("BURKINA FASO - On 12 February, ...") loses its heading too, which names no doer.
     */
    List<Passage> passages() {
        List<Passage> out = new ArrayList<>(bounds.size());
        for (int k = 0; k < bounds.size(); k++) {
            int from = k == 0 || paragraphStart(k) ? afterDateline(bounds.get(k)[0], bounds.get(k)[1]) : bounds.get(k)[0];
            int to = bounds.get(k)[1];
            if (from < to && !furniture(from, to)) {
                out.add(new Passage(k, from, to));
            }
        }
        return out;
    }

    /** Whether sentence k opens a paragraph: a line break between it and the sentence before. */
    private boolean paragraphStart(int k) {
        int start = tokens.get(bounds.get(k)[0]).start;
        int before = tokens.get(bounds.get(k - 1)[1] - 1).end;
        return body.substring(before, start).indexOf('\n') >= 0;
    }

    /** "KYIV, Ukraine (AP) —": a capitalised name after the comma of a city in capitals. */
    private boolean countryAfterCity(int from, int i) {
        Token city = tokens.get(from);
        return i > from + 1 && city.raw.equals(city.raw.toUpperCase(Locale.ROOT)) && city.isWord()
                && Character.isUpperCase(tokens.get(i).raw.charAt(0)) && (tokens.get(i - 1).raw.equals(",") || !tokens.get(i - 1).isPunct());
    }

    /**
     * The country of the place a wire dateline names ("MOGADISHU, Somalia —", "BEIRUT (AP) —"), or null: where the
     * story was filed, which is where its events are when it names no other place.
     */
    String datelineCountry() {
        if (bounds.isEmpty()) {
            return null;
        }
        int from = bounds.get(0)[0];
        int after = afterDateline(from, bounds.get(0)[1]);
        for (Match<Dictionaries.Place> p : dict.places.scan(tokens, from, after)) {
            return p.value().country();
        }
        if (after == from) {
            return null;
        }
        // "KABUL —": the gazetteer's towns match as written, so the capitals of a dateline are read as a name is written
        List<Token> named = Tokenizer.tokenize(asWritten(body.substring(tokens.get(from).start, tokens.get(after - 1).end)));
        dict.mark(named);
        for (Match<Dictionaries.Place> p : dict.places.scan(named, 0, named.size())) {
            return p.value().country();
        }
        return null;
    }

    /** Words in capitals written as names are: "KABUL" is "Kabul", "DEIR AL-BALAH" is "Deir Al-Balah". */
    private static String asWritten(String capitals) {
        StringBuilder out = new StringBuilder(capitals.length());
        boolean wordStart = true;
        for (int i = 0; i < capitals.length(); i++) {
            char c = capitals.charAt(i);
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c);
        }
        return out.toString();
    }

    /**
     * What the article names as a whole ({@link Theatre}). It names a country as a place: its name, a city of it, a place
     * of places.tsv, two minor places of it; and a side that speaks for a country names it and its enemies' lands
     * ("Israeli strikes on Khan Younis", "Russian missiles struck Pokrovsk"), as does a country named as a place. A
     * minor place of the gazetteer in a country it does not name is another place of the same name: "the village of
     * Solhan" in a story of Burkina Faso is not Turkey's, nor Port-au-Prince's Bel-Air the Seychelles' district. An
     * article that names no country as a place together with a place of its own has no stray places.
     */
    Theatre theatre() {
        return readTheatre().withAbbreviations(abbreviations());
    }

    /**
     * Short names the article gives its actors: "Boko Haram (BH)", "the Abu Sayyaf Group (ASG)"; later "BH entered the
     * village" is Boko Haram's.
     */
    private Map<String, Dictionaries.Actor> abbreviations() {
        Map<String, Dictionaries.Actor> found = new HashMap<>();
        for (int k = 1; k + 2 < tokens.size(); k++) {
            String abbreviation = tokens.get(k + 1).raw;
            if (!tokens.get(k).raw.equals("(") || !tokens.get(k + 2).raw.equals(")") || !Theatre.abbreviation(abbreviation)) {
                continue;
            }
            List<Match<Dictionaries.Actor>> before = dict.actors(tokens, Math.max(0, k - 8), k, null);
            Match<Dictionaries.Actor> named = before.isEmpty() ? null : before.get(before.size() - 1);
            if (named != null && named.end() == k && named.value().side() != null && dict.actors(tokens, k + 1, k + 2, null).isEmpty()) {
                found.putIfAbsent(abbreviation, named.value());
            }
        }
        return found;
    }

    private Theatre readTheatre() {
        Set<String> places = new HashSet<>();
        Set<String> located = new HashSet<>();
        Map<String, Integer> placed = new HashMap<>();
        Map<String, Set<String>> minor = new HashMap<>();
        for (Match<Dictionaries.Place> p : dict.places.scan(tokens, 0, tokens.size())) {
            String country = p.value().country();
            placed.merge(country, 1, Integer::sum);
            if (!dict.minor(p.value()) || minor.computeIfAbsent(country, c -> new HashSet<>()).add(p.value().name())
                    && minor.get(country).size() == 2) {
                places.add(country);
            }
            if (p.value().admin1() != null) {
                located.add(country);
            }
        }
        boolean unlocated = places.stream().noneMatch(located::contains);
        if (unlocated && minor.isEmpty()) {
            return new Theatre(dict, placed, null); // no small town that could be another's namesake: nothing to read the sides for
        }
        Set<String> sides = new HashSet<>();
        List<Match<Dictionaries.Actor>> actors = dict.actors(tokens, 0, tokens.size(), null);
        Set<Integer> civilians = new HashSet<>();
        for (Match<Dictionaries.Actor> a : actors) {
            if ("CIVILIAN".equals(a.value().side())) {
                civilians.add(a.start());
            }
        }
        for (Match<Dictionaries.Actor> a : actors) {
            if (!civilians.contains(a.end())) {
                sides.add(a.value().side()); // not "Chinese engineers" killed in Khyber Pakhtunkhwa: a people, not a side that fights
            }
        }
        if (unlocated) {
            // no country named with a place of its own ("U.S. Africa Command ... near Afgooye"), but a side of one land fights at
            // home: "Philippine soldiers clashed with NPA guerrillas in Samar" is not Ukraine's Samar
            Set<String> homes = new HashSet<>(places);
            boolean atHome = false;
            for (String side : sides) {
                if (Sides.home(side) != null) {
                    homes.add(Sides.home(side));
                    atHome = true;
                }
            }
            return new Theatre(dict, placed, atHome ? homes : null);
        }
        for (String side : dict.enemies.keySet()) {
            if (places.contains(Sides.speaksFrom(side))) {
                sides.add(side);
            }
        }
        Set<String> named = new HashSet<>(places);
        for (String side : sides) {
            named.add(Sides.speaksFrom(side));
            for (String enemy : dict.enemies.getOrDefault(side, Set.of())) {
                named.add(Sides.speaksFrom(enemy));
            }
        }
        return new Theatre(dict, placed, named);
    }

    /** Whether a sentence has an event, casualty or threat word; most do not, and need only {@link Reading#remember}. */
    boolean mayReport(Passage p) {
        if (question(p)) {
            return false; // a reporter's "did you strike any targets inside Iran?" reports nothing
        }
        boolean counted = false;
        for (int i = p.from(); i < p.to(); i++) {
            int bits = tokens.get(i).dictionaries;
            if ((bits & Dictionaries.EVENT_BIT) != 0) {
                return true;
            }
            counted |= (bits & Dictionaries.CASUALTY_BIT) != 0;
            if (i + 1 < p.to() && Arguments.CLAIMS.contains(tokens.get(i).norm) && Arguments.CLAIMED.contains(tokens.get(i + 1).norm)) {
                return true; // "Al-Shabaab claimed responsibility.": whose the attack just told was
            }
        }
        // a word that only counts people ("officials", "members") reports nothing: a death, an injury or "no casualties" does
        if (counted && dict.casualties.scan(tokens, p.from(), p.to()).stream().anyMatch(c -> c.value() != Dictionaries.Casualty.PERSON)) {
            return true;
        }
        for (Match<Cue> c : dict.cues.scan(tokens, p.from(), p.to())) {
            if (c.value().threatens()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence asks: it ends with a question mark, perhaps inside a closing quote. */
    private boolean question(Passage p) {
        int last = p.to() - 1;
        while (last > p.from() && Sentence.QUOTES.contains(tokens.get(last).raw)) {
            last--;
        }
        return tokens.get(last).raw.equals("?");
    }

    /** Links and teasers left over from the web page: "Read more: ...", "Related: ...", "Watch: ...". */
    private boolean furniture(int from, int to) {
        Token first = tokens.get(from);
        Token second = from + 1 < to ? tokens.get(from + 1) : null;
        Token third = from + 2 < to ? tokens.get(from + 2) : null;
        boolean label = second != null && second.raw.equals(":") && FURNITURE.contains(first.norm);
        boolean twoWordLabel = third != null && third.raw.equals(":") && FURNITURE.contains(first.norm + " " + second.norm);
        return label || twoWordLabel;
    }

    private static boolean dash(Token t) {
        return t.raw.matches("-+") || t.raw.equals("\u2014") || t.raw.equals("\u2013");
    }

    /**
     * Skips a wire dateline such as "DAMASCUS -", "BAGHDAD (Reuters) -", "KYIV, Ukraine (AP) —" or "WASHINGTON, Dec. 28, 2008 --": it
     * is where (and when) the story was filed.
     */
    private int afterDateline(int from, int to) {
        boolean paren = false;
        for (int i = from; i < to && i - from < 10; i++) {
            Token t = tokens.get(i);
            if (t.raw.equals("(")) {
                paren = true;
            } else if (t.raw.equals(")")) {
                paren = false;
            } else if (t.isPunct() && dash(t)) {
                int after = i + 1;
                while (after < to && dash(tokens.get(after))) {
                    after++; // "--" written as two dashes
                }
                return i > from ? after : from;
            } else if (t.isWord() && !paren && !t.raw.equals(t.raw.toUpperCase(Locale.ROOT)) && (i == from || !DateMentions.isMonth(t))
                    && !countryAfterCity(from, i)) {
                return from;
            }
        }
        return from;
    }
}
