package dev.escalation.extract;

import dev.escalation.extract.Dictionaries.Cue;
import dev.escalation.extract.Dictionaries.EventKind;
import dev.escalation.extract.Dictionaries.EventWord;
import dev.escalation.extract.PhraseTrie.Match;
import dev.escalation.extract.Sentence.Np;
import dev.escalation.extract.Sentence.PlaceRef;
import dev.escalation.model.EventFamily;
import dev.escalation.records.EventType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where an event happened. The incident's own place wins: the places its clause locates ("in
 * western Iraq"), else those of neighbouring clauses that report no other event, no threat and no
 * cause, never across a subordinator or into a relative clause about a person. Failing those, a
 * country named as the target ("an attack on Israel"), or for an interception the defender's own
 * country. The gazetteer's look-ups are made by {@link Sentence}; this stage only chooses.
 */
final class Placing {
    private Placing() {
    }

    /** The places that locate a mention, possibly in several countries; empty when the text gives none. */
    static List<PlaceRef> places(Sentence s, Mention m) {
        List<PlaceRef> places = withoutNeighbours(s, beforeComparedEvent(s, m, beforeLinkingVerb(s, m, scope(s, m.seg))));
        if (places.isEmpty() && m.target != null && m.type != EventType.INTERCEPTION) { // what is shot down came from elsewhere
            places = targetPlace(s, m.target);
        }
        if (places.isEmpty() && m.type != EventType.INTERCEPTION) {
            places = sidedPlaces(s, m);
        }
        if (places.isEmpty() && m.type != EventType.INTERCEPTION && m.type != EventType.THREAT) {
            places = fightersLand(s, m);
        }
        if (places.isEmpty()) {
            places = localOfficialsPlace(s);
        }
        if (places.isEmpty()) {
            places = speakersOwnLand(s, m);
        }
        if (places.isEmpty() && m.type != EventType.THREAT) {
            places = sufferersLand(s, m);
        }
        if (places.isEmpty() && m.type == EventType.INTERCEPTION && m.actor != null && !afloat(s, m)) {
            places = targetPlace(s, m.actor); // air defences fire over their own country; warships at sea
        }
        if (places.isEmpty() && m.type == EventType.INTERCEPTION && (m.actor == null || m.actor.side == null)) {
            // "Israel's military said a missile launched from Yemen had been intercepted", "Jordan's armed forces say air defences intercepted"
            places = speakersLand(s);
        }
        return places;
    }

    /** "US and British warships shot down", "the destroyer USS Carney": a defender at sea, whatever its country. */
    private static boolean afloat(Sentence s, Mention m) {
        for (int k = m.actor.start; k < Math.max(m.actor.end, m.anchor + 1) && k < s.to; k++) {
            if (Emitting.SHIP_WORDS.contains(s.tok(k).norm) || s.tok(k).is("navy")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that tie an event to something else: "Yesterday's attack coincides with a pledging event in Geneva". */
    private static final Set<String> LINKING = Token.words("coincides", "coincided", "comes", "came", "follows", "followed",
            "underscores", "underscored", "highlights", "highlighted", "overshadows", "overshadowed", "precedes", "preceded");

    /** A linking verb right after the event word: "The strike came 12 days after ...", "The attack follows ...". */
    static boolean linkedAfter(Sentence s, Mention m) {
        return m.anchorEnd < s.to && LINKING.contains(s.tok(m.anchorEnd).norm);
    }

    /** A linking verb between two tokens: "The Bamako attack came one week after ...". */
    static boolean linkingBetween(Sentence s, int from, int to) {
        return s.wordIn(LINKING, from, to);
    }

    /** The places before a linking verb after the event word: those after it are where the other thing was. */
    private static List<PlaceRef> beforeLinkingVerb(Sentence s, Mention m, List<PlaceRef> places) {
        int seg = s.seg(m.anchor);
        for (int k = m.anchorEnd; k < s.segStart[seg + 1]; k++) {
            if (LINKING.contains(s.tok(k).norm)) {
                int verb = k;
                return places.stream().filter(p -> p.start() < verb).toList();
            }
        }
        return places;
    }

    /** Words that set an event beside another one, told after them: "the deadliest since an assault in Ghazni". */
    static final Set<String> COMPARING = Token.words("since", "after", "before", "following", "like", "unlike", "amid");

    /**
     * The places before another event word that the clause sets beside this one: "Monday's attack, the deadliest since an
     * assault in Ghazni in August 2018" happened where the text tells, not in Ghazni.
     */
    private static List<PlaceRef> beforeComparedEvent(Sentence s, Mention m, List<PlaceRef> places) {
        int segEnd = s.segStart[m.seg + 1];
        int compared = comparedEvent(s, m.anchorEnd, segEnd);
        return compared < 0 ? places : places.stream().filter(p -> p.start() < compared).toList();
    }

    /** The first event word in [from, to) told after a word of {@link #COMPARING} there, or -1. */
    static int comparedEvent(Sentence s, int from, int to) {
        for (Match<EventWord> e : s.events) {
            if (e.start() >= from && e.start() < to && e.value().kind() != EventKind.BLOCK && s.wordIn(COMPARING, from, e.start())) {
                return e.start();
            }
        }
        return -1;
    }

    /**
     * "in southwestern Somalia, near the border with Kenya": the country across the border is a
     * landmark, not where it happened, when the clause locates the event in another country too.
     */
    private static List<PlaceRef> withoutNeighbours(Sentence s, List<PlaceRef> places) {
        if (places.isEmpty()) {
            return places;
        }
        if (places.stream().anyMatch(p -> borderOf(s, p))) {
            places = places.stream().filter(p -> !borderOf(s, p)).toList(); // "near the Afghan border": the other side of it
        }
        List<PlaceRef> all = places;
        // "from Gao towards Ansongo ... near the village of Kobe": a village whose name the gazetteer knows only as a city
        // abroad is in the country the clause's other places are in
        places = places.stream().filter(p -> !(village(s, p) && all.stream().anyMatch(q -> !q.place().country().equals(p.place().country()))))
                .toList();
        if (places.size() < 2) {
            return places;
        }
        List<PlaceRef> kept = new ArrayList<>(places.size());
        for (PlaceRef p : places) {
            boolean acrossBorder = p.start() - 2 >= s.from && s.tok(p.start() - 2).is("border")
                    && (s.tok(p.start() - 1).is("with") || s.tok(p.start() - 1).is("of"));
            if (!acrossBorder) {
                kept.add(p);
            }
        }
        for (PlaceRef p : kept) {
            for (PlaceRef q : places) {
                if (!kept.contains(q) && !q.place().country().equals(p.place().country())) {
                    return kept; // another country is located in the clause: the one across the border is no place of it
                }
            }
        }
        return places;
    }

    private static final Set<String> BORDER = Token.words("border", "frontier");

    /** "the village of Kobe", "the village Kobe". */
    private static boolean village(Sentence s, PlaceRef p) {
        int k = p.start() - 1;
        k -= k > s.from && s.tok(k).is("of") ? 1 : 0;
        return k >= s.from && (s.tok(k).is("village") || s.tok(k).is("hamlet"));
    }

    private static final Set<String> LAND = Token.words("territory", "soil", "airspace", "land");

    /**
     * "Pakistan accused India of carrying out drone strikes on its territory": "its territory" after the
     * event word is the land of the side that speaks or accuses, named first in the sentence.
     */
    private static List<PlaceRef> speakersOwnLand(Sentence s, Mention m) {
        for (int k = m.anchorEnd; k + 1 < s.to && k < m.anchorEnd + 8; k++) {
            if ((s.tok(k).is("its") || s.tok(k).is("their")) && LAND.contains(s.tok(k + 1).norm)) {
                for (Np np : s.nps) {
                    String country = Sides.speaksFrom(np.side);
                    if (np.speaker && country != null && np != m.actor) {
                        return List.of(countryAt(s, k, k + 2, country, true));
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /** The land of the country whose own body speaks in the sentence: where it reports defending, naming no defender. */
    private static List<PlaceRef> speakersLand(Sentence s) {
        for (Np np : s.nps) {
            String country = Sides.speaksFrom(np.side);
            if (np.speaker && country != null) {
                return List.of(countryAt(s, np.start, np.end, country, true));
            }
        }
        return List.of();
    }

    /**
     * "Niger's defense ministry says jihadists attacked a military position near the border": a country's own body
     * that tells, naming no place, of an attack it did not make tells of one on its land.
     */
    private static List<PlaceRef> sufferersLand(Sentence s, Mention m) {
        // "According to Ukraine's Air Force, Russia launched 43 missiles": an enemy's launch, aimed at nothing named
        boolean launchAtIt = m.target == null && m.actor != null && Sides.armed(m.actor.side)
                && EventFamily.of(m.type) == EventFamily.REMOTE_VIOLENCE;
        if (m.target == null && !launchAtIt) {
            return List.of();
        }
        for (Np np : s.nps) {
            String country = Sides.speaksFrom(np.side);
            boolean countrys = countrysOwn(s, np);
            // what was hit is the speaker's own: its side, or a post no side or only "a state's" is named for ("a military position")
            boolean own = launchAtIt || np.side != null && np.side.equals(m.target.side)
                    || (m.target.side == null || Sides.GOVERNMENT.equals(m.target.side)) && (POSTS.contains(s.tok(m.target.end - 1).norm)
                        || m.target.end < s.to && POSTS.contains(s.tok(m.target.end).norm));
            if (np.speaker && countrys && own && country != null && np != m.actor
                    && (m.actor == null || !country.equals(Sides.speaksFrom(m.actor.side)))) {
                return List.of(countryAt(s, np.start, np.start + 1, country, true));
            }
        }
        return List.of();
    }

    /** A country's own body: "Niger's defense ministry", "Burkina Faso's army". */
    private static boolean countrysOwn(Sentence s, Np np) {
        for (int k = np.start + 1; k < np.end && k < s.to && k <= np.start + 3; k++) {
            if (s.tok(k).is("'s")) {
                return s.tok(k - 1).capitalised();
            }
        }
        return false;
    }

    /** Military posts a country's forces hold, and its men in arms. */
    private static final Set<String> POSTS = Token.words("position", "positions", "post", "posts", "outpost", "base", "checkpoint",
            "camp", "barracks", "garrison", "convoy", "patrol", "soldiers", "soldier", "troops", "policemen", "gendarmes");

    /** Officials of a town or region, who report what happens there. */
    private static final Set<String> LOCAL_OFFICIALS = Token.words("governor", "mayor", "governors", "mayors");

    /**
     * The place whose governor or mayor the sentence quotes, when it locates nothing itself: "Belgorod's
     * governor reported one person killed in the Ukrainian attacks", "Kharkiv Mayor Ihor Terekhov",
     * "the governor of the Mykolaiv region".
     */
    private static List<PlaceRef> localOfficialsPlace(Sentence s) {
        for (PlaceRef p : s.places) {
            int after = p.end() < s.to && s.tok(p.end()).is("'s") ? p.end() + 1 : p.end();
            boolean titleAfter = after < s.to && (LOCAL_OFFICIALS.contains(s.tok(after).norm)
                    || after + 1 < s.to && s.tok(after).is("regional") && LOCAL_OFFICIALS.contains(s.tok(after + 1).norm));
            int before = p.start() - 1;
            while (before > s.from && Sentence.DETERMINERS.contains(s.tok(before).norm)) {
                before--;
            }
            boolean governorOf = before > s.from && s.tok(before).is("of") && LOCAL_OFFICIALS.contains(s.tok(before - 1).norm);
            if (titleAfter || governorOf) {
                return List.of(p);
            }
        }
        return List.of();
    }

    /** A country named as the far side of a border: "near the Afghan border", "along the Syrian frontier". */
    private static boolean borderOf(Sentence s, PlaceRef p) {
        return p.place().admin1() == null && (BORDER.contains(s.tok(p.end() - 1).norm) || p.end() < s.to && BORDER.contains(s.tok(p.end()).norm));
    }

    /** Subordinators of an event told with the one before it, at its time and so at its place. */
    private static final Set<String> SAME_TIME = Token.words("when", "as", "while");

    /** Per country, the most specific place named. */
    static Map<String, PlaceRef> byCountry(List<PlaceRef> places) {
        Map<String, PlaceRef> out = new LinkedHashMap<>();
        for (PlaceRef p : places) {
            PlaceRef have = out.get(p.place().country());
            if (have == null || (have.place().admin1() == null && p.place().admin1() != null)) {
                out.put(p.place().country(), p);
            }
        }
        return out;
    }

    /** The places a clause locates with a preposition: "in Erbil", "near the border with Syria". */
    static List<PlaceRef> locativeIn(Sentence s, int seg) {
        List<PlaceRef> out = new ArrayList<>(2);
        for (PlaceRef p : s.places) {
            if (p.locative() && s.seg(p.start()) == seg) {
                out.add(p);
            }
        }
        return out;
    }

    /** Located places for a clause: its own, else those of neighbouring clauses that report no other event. */
    private static List<PlaceRef> scope(Sentence s, int seg) {
        List<PlaceRef> own = locativeIn(s, seg);
        PlaceRef antecedent = own.isEmpty() ? whereAntecedent(s, seg) : null;
        if (antecedent != null) {
            return List.of(antecedent); // "To the Philippines and to Yemen, where a U.S. strike ... decimated": Yemen's
        }
        for (int t = seg + 1; own.isEmpty() && t < s.segments(); t++) {
            if (Triggers.segHasTrigger(s, t) && superlativeApposition(s, t)) {
                own = locativeIn(s, t); // "8 rockets have been fired overnight, the most ever fired into Israel": the same event
                break;
            }
            if (s.causeSeg[t] || Triggers.segHasTrigger(s, t) || segHasThreat(s, t) || Sentence.SUBORDINATORS.contains(s.tok(s.segStart[t]).norm)) {
                break;
            }
            List<PlaceRef> next = relative(s, t) ? own : locativeIn(s, t);
            if (!next.isEmpty() && ownSubject(s, t)) {
                break; // asked only of a clause with a place to lend: its words are tagged for it
            }
            own = next;
        }
        for (int t = seg - 1; own.isEmpty() && t >= 0 && (!Sentence.SUBORDINATORS.contains(s.tok(s.segStart[t + 1]).norm)
                || SAME_TIME.contains(s.tok(s.segStart[t + 1]).norm)); t--) { // "were killed in Misrata when they were hit by a rocket"
            if (s.causeSeg[t] || Triggers.segHasTrigger(s, t) || segHasThreat(s, t)) {
                break;
            }
            own = relative(s, t) ? own : locativeIn(s, t);
        }
        return own;
    }

    /** The place a clause opened by "where" is about: the one just before it ("..., and to Yemen, where"), else null. */
    private static PlaceRef whereAntecedent(Sentence s, int seg) {
        int where = s.segStart[seg];
        if (seg == 0 || !s.tok(where).is("where")) {
            return null;
        }
        int end = where > s.from && s.tok(where - 1).raw.equals(",") ? where - 1 : where;
        for (PlaceRef p : s.places) {
            if (p.end() == end) {
                return p;
            }
        }
        return null;
    }

    /** A clause joined by "and" or "but" with a subject of its own tells of something else: "and European leaders gathered in Berlin". */
    private static boolean ownSubject(Sentence s, int seg) {
        int k = s.segStart[seg];
        int end = s.segStart[seg + 1];
        while (k < end && !s.tok(k).isWord()) {
            k++;
        }
        if (k >= end || !(s.tok(k).is("and") || s.tok(k).is("but"))) {
            return false;
        }
        int nouns = 0;
        for (k++; k < end && NOUN_PHRASE_TAGS.contains(s.tag(k)); k++) {
            nouns += s.tag(k).startsWith("NN") ? 1 : 0;
        }
        return nouns > 0 && k < end && FINITE_VERB_TAGS.contains(s.tag(k));
    }

    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD");
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

    private static boolean segHasThreat(Sentence s, int seg) {
        return s.cueIn(seg, Cue.THREAT) != null || s.cueIn(seg, Cue.THREAT_OPEN) != null || s.cueIn(seg, Cue.THREAT_REPRISAL) != null;
    }

    /** A relative clause about a person or place ("who is in Baghdad", "where the US has a consulate"). */
    /** A clause that ranks the event before it: ", the most ever fired into Israel", ", the deadliest attack on Kyiv this year". */
    private static boolean superlativeApposition(Sentence s, int seg) {
        Token first = s.firstWord(seg);
        int k = s.segStart[seg];
        while (!s.tok(k).isWord()) {
            k++;
        }
        if (first == null || !first.is("the") || k + 1 >= s.segStart[seg + 1]) {
            return false;
        }
        String next = s.tok(k + 1).norm;
        return next.equals("most") || next.equals("first") || next.equals("worst") || next.length() > 5 && next.endsWith("est");
    }

    private static boolean relative(Sentence s, int seg) {
        Token first = s.tok(s.segStart[seg]);
        return first.is("who") || first.is("whom") || first.is("whose") || first.is("where") || first.is("which");
    }

    /** A date at token k, "early" or "late" before it allowed. */
    private static boolean dayAt(Sentence s, int k) {
        return Dating.inDate(s, k) || (s.tok(k).is("early") || s.tok(k).is("late")) && k + 1 < s.to && Dating.inDate(s, k + 1);
    }

    /**
     * "missiles against Ukrainian cities", "rockets at Israeli towns", "drones against Ukrainian civilians":
     * places or people of a side's own country, aimed at by the event.
     */
    private static List<PlaceRef> sidedPlaces(Sentence s, Mention m) {
        for (Np np : s.nps) {
            boolean aimedAt = np.afterTargetPrep && np.start >= m.anchorEnd;
            String country = sidedPlace(s, np);
            if (s.seg(np.start) == m.seg && (aimedAt || locativeBefore(s, np)) && country != null) {
                return List.of(countryAt(s, np.start, np.end + 1, country, false));
            }
        }
        return List.of();
    }

    /**
     * "Myanmar ethnic minority fighters were battling their way into a town": a clause opened by a country's name as a
     * modifier, with no doer of a state's side, is set in that country. A state's forces ("Russian forces") may fight
     * anywhere; armed groups ("Myanmar ethnic minority fighters", "Syrian rebels") fight in the land named.
     */
    private static List<PlaceRef> fightersLand(Sentence s, Mention m) {
        if (m.actor != null && Sides.isState(m.actor.side) || s.seg(m.anchor) != s.seg(s.from)) {
            return List.of();
        }
        for (PlaceRef p : s.places) {
            if (p.start() == s.from && p.place().admin1() == null && !p.locative() && p.end() < m.anchor
                    && s.tok(p.end()).isWord() && Character.isLowerCase(s.tok(p.end()).raw.charAt(0)) && !s.isVerb(p.end())) {
                return List.of(countryAt(s, p.start(), p.end(), p.place().country(), false));
            }
        }
        return List.of();
    }

    /** Whether a clause is set in a place named by its country's word: "in the central Malian town of Diabaly". */
    static boolean inSidedPlace(Sentence s, int seg) {
        for (Np np : s.nps) {
            if (s.seg(np.start) == seg && locativeBefore(s, np) && sidedPlace(s, np) != null) {
                return true;
            }
        }
        return false;
    }

    /** The country of "Ukrainian cities", "Israeli towns", "Ukrainian civilians", or null. */
    private static String sidedPlace(Sentence s, Np np) {
        String country = np.peopleOf != null ? np.peopleOf : Sides.speaksFrom(np.side);
        return (np.placeModifier || np.peopleOf != null) && country != null && !BORDER.contains(s.tok(np.end).norm) ? country : null;
    }

    /** A locative before the phrase, past its determiners and directions: "in the Iraqi city of Hillah", "in the central Malian town". */
    private static boolean locativeBefore(Sentence s, Np np) {
        int before = Arguments.prevWord(s, np.start);
        while (before > s.from && Sentence.DIRECTIONS.contains(s.tok(before).norm)) {
            before = Arguments.prevWord(s, before);
        }
        return np.start > s.from && Sentence.LOCATIVE.contains(s.tok(before).norm);
    }

    /** A country the words [start, end) name without a gazetteer entry ("Ukrainian cities", "its territory"). */
    private static PlaceRef countryAt(Sentence s, int start, int end, String country, boolean locative) {
        return new PlaceRef(start, end, new Dictionaries.Place(country, null, s.span(start, end)), locative, null);
    }

    /** "an attack on Israel", "Ukraine's air force shot down": a country named as the target (or defender) locates the event. */
    private static List<PlaceRef> targetPlace(Sentence s, Np target) {
        for (PlaceRef p : s.places) {
            if (p.start() == target.start && p.end() == target.end
                    && (p.end() >= s.to || !s.tok(p.end()).isWord() || Sentence.PREPOSITIONS.contains(s.tok(p.end()).norm)
                    || dayAt(s, p.end()) || Triggers.MODIFIERS.contains(s.tok(p.end()).norm) // "an attack on Moscow early Sunday"
                    || s.tok(p.end()).is("and") && p.end() + 1 < s.to && Character.isUpperCase(s.tok(p.end() + 1).raw.charAt(0))
                    || s.tok(p.end()).is("'s"))) {
                return List.of(p);
            }
        }
        return List.of();
    }
}
