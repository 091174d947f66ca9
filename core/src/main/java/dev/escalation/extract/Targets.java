package dev.escalation.extract;

import dev.escalation.extract.Dictionaries.Casualty;
import dev.escalation.extract.Dictionaries.EventKind;
import dev.escalation.extract.Dictionaries.EventWord;
import dev.escalation.extract.PhraseTrie.Match;
import dev.escalation.extract.Sentence.Np;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The target of an active event verb, part of {@link Arguments}: a phrase after "on", "against",
 * "at", the verb's object, a named victim, or the people a casualty word counts; a sided candidate
 * wins over one without a side. A target with no side of its own yields to whoever it belongs to
 * ("infrastructure used by X", "X-controlled areas").
 */
final class Targets {
    /** Verbs whose "by" names the one a target belongs to: "infrastructure used by Iran-backed groups". */
    static final Set<String> OWNER_BY = Token.words("used", "utilized", "utilised", "operated", "controlled", "held", "run",
            "occupied", "manned", "owned");
    private static final Set<String> OWNER_TO = Token.words("belonging", "linked", "tied", "affiliated", "allied", "loyal", "connected");
    /** Verbs whose object is who a place holds: "a base hosting U.S.-led coalition troops". */
    private static final Set<String> HOSTING = Token.words("hosting", "housing", "hosts", "houses", "sheltering", "stationing", "carrying",
            "transporting", "packed", "filled");

    /**
     * Words that may open a casualty clause before its verb: "that killed", "which wounded", "and killed", and
     * the verbs of causing that put the dead after "of": "that led to the death of", "which have taken the lives of".
     */
    private static final Set<String> CLAUSE_OPENERS = Token.words("that", "which", "and", "led", "leading", "resulted", "resulting",
            "caused", "causing", "took", "taken", "taking", "claimed", "claiming", "has", "have", "had", "to", "in", "the");

    private Targets() {
    }

    /** Words that tell what a speaker named a thing: "what it said were", "what Israel called", "what it described as". */
    private static final Set<String> NAMED_AS = Token.words("were", "was", "as", "called", "termed", "dubbed");

    /**
     * "airstrikes on what it said were militant hideouts", "struck what it called Hezbollah targets": the thing as it was
     * named, when "what" opens the words after the event word; else null.
     */
    private static Np asNamed(Sentence s, int seg, int lastEnd) {
        int what = -1;
        for (int k = lastEnd; k < s.segStart[seg + 1] && k <= lastEnd + 1 && what < 0; k++) {
            what = s.tok(k).is("what") ? k : -1;
        }
        for (int k = what + 1; what >= 0 && k + 1 < s.to && k < what + 6; k++) { // "it said" may open a clause of its own
            if (NAMED_AS.contains(s.tok(k).norm)) {
                for (Np named : s.nps) {
                    if (named.start == k + 1) {
                        return named;
                    }
                }
            }
        }
        return null;
    }

    /** The first candidate with a side, else the first candidate: "on their convoy" yields to the sided victims. */
    static Np target(Sentence s, int seg, int lastEnd, Np actor) {
        Np named = asNamed(s, seg, lastEnd);
        if (named != null) {
            return named;
        }
        List<Np> candidates = new ArrayList<>(3);
        for (Np np : s.nps) {
            if (np != actor && s.seg(np.start) == seg && np.start >= lastEnd && np.afterTargetPrep && !np.placeModifier
                    && !nearWhereTheyFell(s, lastEnd, np)) {
                candidates.add(np); // "strikes against Iran-backed groups", "rockets at northern Israel"
            }
        }
        for (Np np : s.nps) {
            int verbEnd = triggerEndBefore(s, np.start);
            if (np != actor && s.seg(np.start) == seg && np.start >= lastEnd
                    && (onlyDeterminersAndCounts(s, verbEnd, np.start) || np.side != null && adjectivesBefore(s, verbEnd, np.start))
                    && !np.speaker && !np.placeModifier && !np.locative) {
                candidates.add(np); // the object: "struck Kataib Hezbollah facilities"
            }
        }
        int objects = candidates.size();
        for (Np np : s.nps) {
            if (np != actor && np.victim && np.side != null && s.seg(np.start) <= seg) {
                candidates.add(np); // "Soleimani and al-Muhandis were killed in an air strike"
            }
        }
        for (Match<Casualty> c : s.casualties) {
            if ((c.value() == Casualty.KILLED || c.value() == Casualty.INJURED) && (s.seg(c.start()) == seg || casualtyClause(s, seg, c.start()))
                    && (c.start() >= lastEnd || killedIn(s, seg, c.end(), lastEnd))) {
                boolean ofDeaths = DEATH_NOUNS.contains(s.tok(c.end() - 1).norm);
                boolean toInjured = HARM_NOUNS.contains(s.tok(c.end() - 1).norm); // "minor injuries to coalition forces"
                for (Np np : s.nps) {
                    Token opener = s.firstWord(s.seg(np.start));
                    boolean sameClause = s.seg(np.start) == s.seg(c.start()) || s.seg(np.start) == s.seg(c.start()) + 1
                            && opener != null && opener.is("including"); // "killed at least 35, including women and children"
                    boolean of = ofDeaths && s.tok(Arguments.prevWord(s, np.start)).is("of") // "led to the death of a French soldier"
                            || toInjured && s.tok(Arguments.prevWord(s, np.start)).is("to");
                    if (np != actor && sameClause && np.start >= c.end() && np.start - c.end() <= 5 && (c.start() >= lastEnd || np.end <= lastEnd)
                            && (!np.afterPrep || of)) {
                        candidates.add(np); // "the strikes killed at least 18 pro-Iran fighters", "an airstrike ..., killing 7 ISIS terrorists"
                    }
                }
            }
        }
        for (int c = 0; c < candidates.size(); c++) {
            Np np = candidates.get(c);
            Np hosted = hosted(s, np);
            if (hosted != null) {
                return hosted; // "two Iraqi bases housing U.S. troops", "a bus carrying troops": who was inside
            }
            if (np.side != null) {
                // "killed with three other members of the group when an Israeli strike hit a house": the fighters, not the house;
                // "Two Chadian soldiers are dead after an attack on a military checkpoint": the named state's men, not "military"
                boolean unnamed = "CIVILIAN".equals(np.side) || np.side.startsWith("@");
                Np fighters = c < objects && unnamed
                        ? armedVictim(candidates.subList(objects, candidates.size()), "CIVILIAN".equals(np.side)) : null;
                return fighters != null ? fighters : np; // "killed at least six people in a Ukrainian-held part": the people, not the owner
            }
        }
        Np owner = owner(s, seg, lastEnd, actor);
        if (owner != null) {
            return owner; // "strikes on infrastructure in eastern Syria used by Iran-backed groups"
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** Prepositions of what is close by: aimed at, or only where it fell. */
    private static final Set<String> NEARBY = Token.words("near", "outside");

    /**
     * "killed one Israeli citizen near the U.S. Embassy Branch Office": what the dead fell near is where, not whom it
     * struck; but "rockets landed near the U.S. Embassy", with no one killed before it, aimed at the embassy.
     */
    private static boolean nearWhereTheyFell(Sentence s, int lastEnd, Np np) {
        if (!NEARBY.contains(s.tok(Arguments.prevWord(s, np.start)).norm)) {
            return false;
        }
        for (Match<Casualty> c : s.casualties) {
            if ((c.value() == Casualty.KILLED || c.value() == Casualty.INJURED) && c.start() >= lastEnd && c.end() <= np.start) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first of the killed that belong to an armed side (not civilians, not a placeholder); where a civilian thing
     * was the object, unnamed militants too: "ended a siege of a hijacked passenger train, killing all 33 militants".
     */
    private static Np armedVictim(List<Np> killed, boolean civilianObject) {
        for (Np np : killed) {
            boolean militants = civilianObject && Sides.ARMED_GROUP.equals(np.side);
            if (np.side != null && !"CIVILIAN".equals(np.side) && (!np.side.startsWith("@") || militants)) {
                return np;
            }
        }
        return null;
    }

    /** Nouns of death whose "of" names the dead: "the deaths of 12 civilians", "took the lives of six people". */
    private static final Set<String> DEATH_NOUNS = Token.words("death", "deaths", "lives");
    /** How bad a harm was: "resulting in minor injuries to coalition forces". */
    private static final Set<String> SEVERITY = Token.words("minor", "serious", "severe", "critical", "light", "fatal", "multiple");
    /** Nouns of harm whose "to" names who suffered it: "minor injuries to coalition forces". */
    private static final Set<String> HARM_NOUNS = Token.words("injuries", "injury", "casualties", "damage");

    /** A casualty verb before the event word that the event was the means of: "killed two militants in an airstrike". */
    private static boolean killedIn(Sentence s, int seg, int casualtyEnd, int anchorEnd) {
        if (anchorEnd - casualtyEnd > 12 || casualtyEnd >= anchorEnd) {
            return false;
        }
        for (int k = casualtyEnd; k < anchorEnd; k++) {
            if ((s.tok(k).is("in") || s.tok(k).is("during")) && s.seg(k) == seg) {
                return true;
            }
        }
        return false;
    }

    /**
     * A target the dictionaries do not know, from the noun-phrase chunks: the phrase right after the
     * event word or after "on", "against", "at", "targeting" within a few words of it, with an "of"
     * phrase that completes it ("the Ministries of Interior and Internal Security"). It keeps its words
     * and has no side; a place, a date or a count is no target.
     */
    static Np unnamed(Sentence s, int seg, int anchorEnd) {
        int segEnd = s.segStart[seg + 1];
        if (!phraseMayFollow(s, anchorEnd, segEnd)) {
            return null; // most event words have no target phrase after them: no chunking
        }
        int from = anchorEnd;
        Tagged tags = s.chunked(from, Math.min(segEnd, anchorEnd + 10));
        for (Tagged.Chunk c : tags.nps()) {
            int start = from + c.start();
            if (start - anchorEnd > 5) {
                return null;
            }
            if (namesNoThing(s, start, from + c.end())) {
                continue; // "the attack last night on a police training academy"
            }
            boolean object = start - anchorEnd <= 3 && onlyDeterminersAndCounts(s, anchorEnd, start);
            boolean afterPrep = start > s.from && s.targetPrep(start - 1) && !NEARBY.contains(s.tok(start - 1).norm);
            if (!object && !afterPrep) {
                return null;
            }
            int end = from + c.end();
            // "the Ministries of Interior and Internal Security": the "of" phrase and its coordinates complete it
            while (end + 1 < from + tags.size() && (s.tok(end).is("of") || s.tok(end).is("and") && end > start + 1 && s.tok(end - 2).is("of")
                    || s.tok(end).is("and") && Character.isUpperCase(s.tok(end + 1).raw.charAt(0)))) {
                Tagged.Chunk next = tags.npAt(end + 1 - from);
                if (next == null) {
                    break;
                }
                end = from + next.end();
            }
            return namesNoThing(s, start, end) ? null : new Np(start, end, null, null);
        }
        return null;
    }

    /** A sided phrase set off after a name by ", a": "the M/V Trans World Navigator, a Liberian-flagged bulk carrier". */
    static Np apposition(Sentence s, int end) {
        if (end + 2 >= s.to || !s.tok(end).raw.equals(",") || !(s.tok(end + 1).is("a") || s.tok(end + 1).is("an"))) {
            return null;
        }
        for (Np np : s.nps) {
            if (np.side != null && np.start > end + 1 && np.start - end <= 4 && s.seg(np.start) == s.seg(end + 1)) {
                return np;
            }
        }
        return null;
    }

    /** A target preposition or a determiner within the next words: "attack on", "struck a", "targeting the". */
    private static boolean phraseMayFollow(Sentence s, int anchorEnd, int segEnd) {
        for (int k = anchorEnd; k < Math.min(segEnd, anchorEnd + 3); k++) {
            Token t = s.tok(k);
            if (Sentence.TARGET_PREPS.contains(t.norm) && !NEARBY.contains(t.norm) || k == anchorEnd && Sentence.DETERMINERS.contains(t.norm)) {
                return true;
            }
        }
        return false;
    }

    /** A phrase that is a place, a date, a bare count or the weapon itself ("launched missiles against ..."). */
    private static boolean namesNoThing(Sentence s, int start, int end) {
        for (Match<EventWord> e : s.events) {
            if (e.value().kind() == EventKind.WEAPON && e.start() < end && start < e.end()) {
                return true;
            }
        }
        for (Sentence.PlaceRef p : s.places) {
            if (p.start() <= start && start < p.end()) {
                return true;
            }
        }
        for (DateMentions.Mention d : s.dates) {
            if (d.start() < end && start < d.end()) {
                return true;
            }
        }
        if (clockAt(s, end)) {
            return true; // "at approximately 3:00 a.m. local time": a time of day
        }
        for (int k = start; k < end; k++) {
            if (s.tok(k).isWord() && !Sentence.DETERMINERS.contains(s.tok(k).norm) && !Sentence.COUNTS.contains(s.tok(k).norm)) {
                return false;
            }
        }
        return true;
    }

    /** Words after a number that make it a time of day: "3 p.m.", "0300 GMT", "10 o'clock". */
    private static final Set<String> CLOCK_WORDS = Token.words("a", "p", "am", "pm", "gmt", "utc", "hrs", "o'clock");

    /** Whether a phrase ending at {@code end} is a reading of the clock: its number goes on with ":00" or "a.m.". */
    private static boolean clockAt(Sentence s, int end) {
        if (end >= s.to || end == s.from || !Sentence.isNumber(s.tok(end - 1))) {
            return false;
        }
        Token next = s.tok(end);
        return next.raw.equals(":") && end + 1 < s.to && Sentence.isNumber(s.tok(end + 1)) || CLOCK_WORDS.contains(next.norm)
                && (next.norm.length() > 1 || end + 1 < s.to && s.tok(end + 1).raw.equals("."));
    }

    /**
     * A later clause opened by a casualty verb, with no other event word between, tells the dead of
     * this event: "an airstrike ..., killing 7 ISIS terrorists", "an airstrike in Sagaing that killed
     * more than 50 people", "the attack, for which ISIS claimed responsibility, killed 12 civilians".
     */
    private static boolean casualtyClause(Sentence s, int seg, int c) {
        int g = s.seg(c);
        if (g <= seg) {
            return false;
        }
        for (int k = s.segStart[g]; k < c; k++) {
            if (s.tok(k).isWord() && !CLAUSE_OPENERS.contains(s.tok(k).norm) && !SEVERITY.contains(s.tok(k).norm)
                    && !s.tok(k).norm.endsWith("ly")) { // "reportedly killing", "resulting in minor injuries"
                return false;
            }
        }
        for (int k = s.segStart[seg + 1]; k < c; k++) {
            if (s.isTrigger(k)) {
                return false;
            }
        }
        return true;
    }

    /** The sided phrase a hosting verb right after the target names: "bases housing U.S. troops". */
    /** The place that holds a hosted target: "Iraqi military bases" for "U.S. personnel" in "Iraqi military bases hosting U.S. personnel". */
    static Np host(Sentence s, Np hosted) {
        for (Np np : s.nps) {
            if (np.end < s.to && HOSTING.contains(s.tok(np.end).norm) && hosted(s, np) == hosted) {
                return np;
            }
        }
        return null;
    }

    private static Np hosted(Sentence s, Np target) {
        if (target.end >= s.to || !HOSTING.contains(s.tok(target.end).norm)) {
            return null;
        }
        for (Np np : s.nps) {
            if (np.side != null && np.start > target.end && np.start - target.end <= 3 && s.seg(np.start) == s.seg(target.end)) {
                return np;
            }
        }
        return null;
    }

    /**
     * When the target names no side, the side of whoever it belongs to: "used by X", "belonging to X",
     * "X-controlled areas", "X-held territory", "a base hosting X".
     */
    private static Np owner(Sentence s, int seg, int lastEnd, Np actor) {
        for (Np np : s.nps) {
            if (np == actor || np.side == null || s.seg(np.start) != seg || np.start < lastEnd) {
                continue;
            }
            int p = Arguments.prevWord(s, np.start);
            if (p >= s.from && s.tok(p).is("from")) {
                continue; // "fired ... from Houthi-controlled areas": where the fire came from, not what it hit
            }
            if (p > s.from && s.tok(p).is("by") && OWNER_BY.contains(s.tok(p - 1).norm)) {
                return np;
            }
            if (p > s.from && (s.tok(p).is("to") || s.tok(p).is("with")) && OWNER_TO.contains(s.tok(p - 1).norm)) {
                return np;
            }
            if (p > s.from && HOSTING.contains(s.tok(p).norm)) {
                return np; // "a base south of Baghdad hosting U.S.-led coalition troops"
            }
            if (np.end < s.to && OWNER_BY.contains(s.tok(np.end).norm) && !(np.end + 1 < s.to && s.tok(np.end + 1).is("by"))) {
                return np; // "Houthi-controlled", "rebel-held"; not "in eastern Syria used by X"
            }
        }
        return null;
    }

    /** The end of the last event word before token i (or i itself when there is none). */
    static int triggerEndBefore(Sentence s, int i) {
        int end = -1;
        for (Match<EventWord> e : s.events) {
            if (e.end() <= i && e.value().kind() != EventKind.BLOCK) {
                end = e.end();
            }
        }
        return end < 0 ? i : end;
    }

    /** One or two adjectives after a determiner or count: "attacked defenseless civilians", "executed eight young men". */
    private static boolean adjectivesBefore(Sentence s, int from, int to) {
        int k = from;
        int owners = 0;
        while (k < to) {
            if (onlyDeterminersAndCounts(s, k, k + 1) || s.tok(k).raw.equals(",") && owners > 0) {
                k++;
            } else if (k + 1 < to && Sentence.OWNED.contains(s.tok(k + 1).norm)) {
                k += 2; // "a British-owned, Japanese-operated cargo ship": who owns it is no adjective of the kind
                owners++;
            } else {
                break;
            }
        }
        if (to - k > 2 || to == k && owners == 0 || k <= from && from == to) {
            return false;
        }
        for (int i = k; i < to; i++) {
            Token t = s.tok(i);
            if (!t.isWord() || t.dictionaries != 0 || !Character.isLowerCase(t.raw.charAt(0)) || Sentence.PREPOSITIONS.contains(t.norm)) {
                return false; // asked first, the shape spares the tagger nearly every phrase
            }
        }
        for (int i = k; i < to; i++) {
            // "a nine-storey apartment building": a word joined by a hyphen to the one before is a compound adjective
            if (!(i > from && s.hyphenated(i - 1, i)) && !s.tag(i).equals("JJ")) {
                return false;
            }
        }
        return true;
    }

    /** The object may be counted: "destroyed four Houthi anti-ship missiles", "shot down 67 of 73 Russian drones". */
    private static boolean onlyDeterminersAndCounts(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.tok(k);
            // "shot down 67 of 73 drones"; "the bombing of a police station": an event noun's "of" names what it hit
            boolean ofCount = t.is("of") && (k > from && (Sentence.isNumber(s.tok(k - 1)) || Sentence.COUNTS.contains(s.tok(k - 1).norm)) || k == from);
            if (!Sentence.DETERMINERS.contains(t.norm) && !Sentence.COUNTS.contains(t.norm) && !Sentence.isNumber(t) && !ofCount) {
                return false;
            }
        }
        return true;
    }
}
