package dev.escalation.extract;

import dev.escalation.extract.Dictionaries.Casualty;
import dev.escalation.extract.Dictionaries.Cue;
import dev.escalation.extract.PhraseTrie.Match;
import dev.escalation.extract.Sentence.Np;
import dev.escalation.records.EventType;

import java.util.List;
import java.util.Set;

/**
 * Arguments: who did it (the agent) and to whom (the target), by voice and preposition. In the
 * passive the subject suffered the event and the doer follows "by" ({@link Voice}); in the active
 * the doer is a sided phrase before the event word ("US strikes"), the one blamed, or the clause's
 * subject. The target is chosen by {@link Targets}.
 */
final class Arguments {
    /** Words that open an insertion between a subject and its verb: "with support from", "in coordination with", "alongside", "and its proxies". */
    private static final Set<String> INSERTION_OPENERS = Token.words("with", "in", "alongside", "supported", "backed", "assisted",
            "together", "along", "and", "joined", "aided");
    private static final Set<String> LAUNCHED = Token.words("launched", "fired", "sent", "flown");
    /** Event words of a fight both sides wage: the other side is the target. */
    private static final Set<String> RECIPROCAL = Token.words("clash", "clashes", "clashed", "exchange", "exchanged", "fighting", "firefight",
            "gunbattle", "gun", "skirmish", "skirmishes", "battle", "battles", "fought");
    static final Set<String> CLAIMS = Token.words("claimed", "claims", "claim");
    static final Set<String> CLAIMED = Token.words("responsibility", "credit");
    /** Pronouns that stand for the last actor of the paragraph ("we" and "he" are speakers and persons). */
    private static final Set<String> DISCOURSE_PRONOUNS = Token.words("it", "they");
    private static final Set<String> DEFINITE = Token.words("the", "this", "that", "these", "those");
    private static final Set<String> PRONOUNS = Token.words("it", "they", "we", "he", "she", "its", "their", "our");
    /** Verbs of a passive whose "by" names the doer: "was carried out by", "were fired by". */
    private static final Set<String> PASSIVE_VERBS = Token.words("out", "launched", "claimed", "conducted", "fired", "hit", "struck",
            "targeted", "attacked", "killed", "bombed", "shelled", "downed", "intercepted", "ordered", "staged", "mounted", "inflicted", "orchestrated",
            "perpetrated", "executed", "ambushed", "wounded", "injured", "committed", "carried");

    private Arguments() {
    }

    /** "was attacked by multiple rockets": the weapon that types the event is the passive's means, after "by". */
    private static boolean weaponByAfter(Sentence s, Mention m) {
        for (int k = m.anchorEnd; k < m.typeStart; k++) {
            if (s.tok(k).is("by")) {
                return true;
            }
        }
        return false;
    }

    /** Sets the mention's actor and target. */
    static void assign(Sentence s, Mention m) {
        // the voice is the verb's: "five Ukrainian drones were intercepted" opens with the weapon, the event word follows
        int verb = m.typeStart > m.anchor && s.seg(m.typeStart) == m.seg && !weaponByAfter(s, m) ? m.typeStart : m.anchor;
        if (Voice.passive(s, verb)) {
            // "a U.S. convoy ... was brutally attacked (by X)": the subject suffered it, the doer follows "by"
            m.actor = Voice.agent(s, m.seg, verb);
            m.target = Voice.patient(s, m.seg, verb, m.actor);
        } else if (Voice.reducedRelative(s, m.anchor) != null) {
            m.actor = Voice.agent(s, m.seg, m.anchor);
            m.target = Voice.reducedRelative(s, m.anchor);
        } else {
            int finite = verbBeforeParticiple(s, m.anchor);
            // "struck a Russian air base in Crimea, destroying several aircraft": a participle's doer is its clause's subject
            m.actor = finite >= 0 ? subject(s, s.seg(finite), finite) : actor(s, m.seg, m.anchor, m.anchorEnd, blamed(s, m.anchor));
            m.target = Targets.target(s, m.seg, m.anchorEnd, m.actor);
        }
        if (m.aircraftDowned && m.actor != null && m.actor.end <= m.anchor && !Voice.passive(s, verb)) {
            m.target = m.actor; // "a Turkish F-4 Phantom jet destroyed on Friday": the aircraft's side lost it
            m.actor = null;
        }
        if (m.violence && m.actor != null && (m.actor.speaker || m.actor.end <= m.anchor && Arguments.judgedBefore(s, m.anchor))) {
            m.actor = null; // "The United States was deeply saddened to learn of the violence ..., resulting in the deaths": no doer
        }
        if (m.aircraftLost && (m.target == null || m.target.side == null)) {
            for (Np aircraft : s.ownedAircraft) {
                if (s.seg(aircraft.start) == m.seg || Voice.passive(s, m.anchor) && aircraft.end <= m.anchor) {
                    m.target = aircraft; // "one F-15E destroyed over Iran": the side that alone flies the type lost it
                    break;
                }
            }
        }
        if (m.type == EventType.INTERCEPTION && m.actor != null && m.actor.afterBy && m.actor.start > m.anchor
                && LAUNCHED.contains(s.tok(prevWord(s, m.actor.start) - 1).norm)) {
            // "shot down 22 of 28 drones launched by Russia": who launched them is the target; the subject intercepted
            m.target = m.actor;
            m.actor = subject(s, m.seg, m.anchor);
        }
        if (m.actor != null && m.actor.end <= m.anchor && m.target == null && sufferedBetween(s, m.actor.end, Math.min(m.anchor, m.typeStart))) {
            m.target = m.actor; // "Egyptian security forces face frequent small arms and IED attacks": the subject suffers them
            m.actor = null;
        }
        if (m.actor != null && m.actor.end <= m.anchor && Triggers.denied(s, m.seg, m.anchor)) {
            m.actor = null; // "Hamas denied responsibility for the rocket attack": the denier is not its doer
        }
        if (s.tok(m.anchor).is("fall")) {
            for (Np np : s.nps) {
                if (np.side != null && np.start > m.anchorEnd && np.start - m.anchorEnd <= 6 && s.tok(prevWord(s, np.start)).is("to")) {
                    m.actor = np; // "the fall of Goma to M23 rebels": who took it
                    m.target = null;
                }
            }
        }
        if (m.type == EventType.INTERCEPTION && m.target != null) {
            for (Np np : s.nps) {
                if (np.side != null && np.start >= m.anchorEnd && np.end <= m.target.start && s.seg(np.start) == m.seg) {
                    m.target = np; // "shot down a Houthi drone targeting commercial shipping": the drone's side, not what it aimed at
                    break;
                }
            }
        }
        if (m.capture && m.target != null && "CIVILIAN".equals(m.target.side) && Sentence.PLACE_NOUNS.contains(s.tok(m.target.end - 1).norm)) {
            m.target = null; // "Russian troops captured the village": the land taken, not its people; the enemy is found later
        }
        int killing = killedInIt(s, m);
        if (killing >= 0) {
            // "they had killed dozens of Malian soldiers and Wagner mercenaries in heavy fighting": the killer fought the killed
            Np killer = subject(s, m.seg, killing);
            Np killed = firstSidedBetween(s, killing, m.anchor);
            m.actor = killer != null ? killer : m.actor;
            m.target = killed != null ? killed : m.target;
        }
        if (m.type == EventType.ARMED_CLASH && reciprocal(s, m)) {
            Np[] between = between(s, m);
            if (between != null) {
                m.actor = between[0]; // "clashes between the army and M23 rebels killed 12 people": the two who fought
                m.target = between[1];
            } else if (m.target == null || m.target.side == null) {
                Np other = otherParty(s, m);
                m.target = other != null ? other : m.target;
            }
        }
    }

    /** An active verb of killing before the event word in its clause, joined to it by "in" or "during": its index, else -1. */
    private static int killedInIt(Sentence s, Mention m) {
        for (Match<Casualty> c : s.casualties) {
            if (c.value() == Casualty.KILLED && s.seg(c.start()) == m.seg && c.end() < m.anchor && m.anchor - c.end() <= 12
                    && s.tok(c.start()).norm.equals("killed")) {
                for (int k = c.end(); k < m.anchor; k++) {
                    if ((s.tok(k).is("in") || s.tok(k).is("during")) && !Tagged.PASSIVE_AUX.contains(s.tok(c.start() - 1).norm)) {
                        return c.start(); // "were killed in" is the passive: the killed are no killers
                    }
                }
            }
        }
        return -1;
    }

    /** The first sided phrase between two tokens. */
    private static Np firstSidedBetween(Sentence s, int from, int to) {
        for (Np np : s.nps) {
            if (np.side != null && np.start > from && np.end <= to) {
                return np;
            }
        }
        return null;
    }

    private static boolean reciprocal(Sentence s, Mention m) {
        for (int k = m.anchor; k < m.anchorEnd; k++) {
            if (RECIPROCAL.contains(s.tok(k).norm)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Fighting broke out on Sunday between the army and the RSF", "clashes between X and Y": the two
     * sided phrases after "between" later in the clause (or opening the next), else null.
     */
    private static Np[] between(Sentence s, Mention m) {
        int limit = Math.min(s.to, m.anchorEnd + 8);
        int seg = s.seg(m.anchorEnd - 1); // "Fighting that erupted on Thursday between": the clause the event phrase ends in
        for (int k = m.anchor + 1; k < limit; k++) { // "fighting between" may be the event phrase itself
            if (!s.tok(k).is("between") || s.seg(k) != seg && !(s.seg(k) == seg + 1 && s.firstWord(seg + 1) == s.tok(k))) {
                continue;
            }
            Np first = null;
            for (Np np : s.nps) {
                if (np.side == null || np.start <= k || s.seg(np.start) != s.seg(k) || np.start - k > 10) {
                    continue;
                }
                if (first == null) {
                    first = np;
                } else if ((!np.side.equals(first.side) || "UNKNOWN".equals(np.side)) && s.andBetween(first.end, np.start)) {
                    // two groups of no camp in the guide fight each other too: "between ELN guerrillas and FARC dissidents"
                    return new Np[] {first, np};
                }
            }
            return null;
        }
        return null;
    }


    /**
     * The other side of a fight both sides wage: "clashed with Hezbollah fighters", "Indian and
     * Pakistani troops exchanged fire".
     */
    private static Np otherParty(Sentence s, Mention m) {
        for (Np np : s.nps) {
            if (np.side != null && np != m.actor && s.seg(np.start) == m.seg && np.start >= m.anchorEnd && np.start - m.anchorEnd <= 3) {
                Token before = s.tok(prevWord(s, np.start));
                if (before.is("with")) {
                    return np; // "clashed with X"
                }
            }
        }
        // the two who fought are a subject: "killed dozens of Malian soldiers and Russian mercenaries in heavy fighting" names victims
        if (m.actor != null && !m.actor.afterPrep) {
            int i = s.nps.indexOf(m.actor);
            Np before = i > 0 ? s.nps.get(i - 1) : null;
            if (before != null && before.side != null && !before.afterPrep && !before.side.equals(m.actor.side) && s.seg(before.start) == s.seg(m.actor.start)
                    && onlyConjunctions(s, before.end, m.actor.start) && s.andBetween(before.end, m.actor.start)) {
                Np second = m.actor;
                m.actor = before;
                return second; // "Afghan and Pakistani forces exchanged fire": the first named is the actor
            }
            for (int j = i + 1; j < s.nps.size() && s.nps.get(j).end <= m.anchor; j++) {
                Np next = s.nps.get(j);
                if (next.side != null && !next.side.equals(m.actor.side) && onlyConjunctions(s, s.nps.get(j - 1).end, next.start)) {
                    return next; // "Indian and Pakistani troops exchanged fire"
                }
            }
        }
        return null;
    }

    /** Words that open a clause listing parts of the event before it: ", including missile strikes on apartment buildings". */
    private static final Set<String> PARTS = Token.words("including", "includes", "included");

    /**
     * A clause that lists parts of the event told before it has that event's doer, when it names none
     * of its own: "bombardment by Russian forces, including missile strikes on apartment buildings" is
     * no strike by the sentence's subject.
     */
    static void asPartOf(Sentence s, Mention m, Mention whole) {
        Token first = s.firstWord(m.seg);
        if (whole != null && whole.actor != null && first != null && PARTS.contains(first.norm) && whole.seg < m.seg
                && (m.actor == null || s.seg(m.actor.start) != m.seg)) {
            m.actor = whole.actor;
        }
    }

    /**
     * A weapon that an interception before it in the clause stopped was launched by the interception's
     * target, not by the interceptor: "it intercepted a surface-to-surface missile launched from Yemen".
     */
    static void intercepted(Sentence s, Mention m, Mention interception) {
        if (interception != null && interception.type == EventType.INTERCEPTION && m.type != EventType.INTERCEPTION
                && interception.seg == m.seg && m.anchor > interception.anchor && m.actor == interception.actor) {
            m.actor = interception.target;
        }
    }

    /**
     * An actor told in an earlier sentence of the paragraph: for a pronoun subject ("It has also
     * conducted attacks on MONUSCO", "They fired ...") or an event noun that opens the sentence as
     * its subject ("The unmanned airstrike occurred in ..."), when the clause names no doer.
     */
    static void fromDiscourse(Reading reading, Sentence s, Mention m) {
        if (m.actor != null && m.actor.side != null) {
            return;
        }
        int pronoun = pronounSubject(s, m.seg, m.anchor);
        Np last = pronoun >= 0 ? reading.lastActor(s, pronoun, pronoun + 1)
                : eventSubject(s, m.seg, m.anchor) ? reading.lastActor(s, m.anchor, m.anchorEnd) : null;
        if (last != null && (m.target == null || !last.side.equals(m.target.side))) {
            m.actor = last;
        }
    }

    /** "It" or "they" opening the anchor's clause with no phrase between it and the event word: its index, else -1. */
    private static int pronounSubject(Sentence s, int seg, int anchor) {
        int k = s.segStart[seg];
        while (k < anchor && (!s.tok(k).isWord() || s.tok(k).is("and") || s.tok(k).is("but"))) {
            k++;
        }
        if (k >= anchor || !DISCOURSE_PRONOUNS.contains(s.tok(k).norm)) {
            return -1;
        }
        for (Np np : s.nps) {
            if (np.start > k && np.end <= anchor) {
                return -1;
            }
        }
        return k;
    }

    /** The sentence opens with its event noun as subject: "The unmanned airstrike occurred in ...", "This attack killed ...". */
    private static boolean eventSubject(Sentence s, int seg, int anchor) {
        if (seg != 0 || anchor - s.from > 4 || !DEFINITE.contains(s.tok(s.from).norm)) {
            return false;
        }
        for (int k = s.from + 1; k < anchor; k++) {
            Token t = s.tok(k);
            if (!t.isWord() || Character.isUpperCase(t.raw.charAt(0))) {
                return false; // a name or a date modifies it: "the US strike", "the Jan. 28 attack"
            }
        }
        for (Np np : s.nps) {
            if (np.start < anchor) {
                return false;
            }
        }
        return true;
    }

    /** A sided phrase right after the event word's "of" and its article: "a drone of the Turkish army" (not its civilians). */
    private static Np ownerAfterOf(Sentence s, int lastEnd) {
        if (lastEnd >= s.to || !s.tok(lastEnd).is("of") || !weaponEndsAt(s, lastEnd)) {
            return null; // "the bombing of a police station": an event noun's "of" names what it hit
        }
        int k = lastEnd + 1;
        k += k < s.to && Sentence.DETERMINERS.contains(s.tok(k).norm) ? 1 : 0;
        for (Np np : s.nps) {
            if (np.start == k && np.side != null && !"CIVILIAN".equals(np.side)) {
                return np;
            }
        }
        return null;
    }

    private static boolean weaponEndsAt(Sentence s, int end) {
        for (PhraseTrie.Match<Dictionaries.EventWord> e : s.events) {
            if (e.end() == end && e.value().kind() == Dictionaries.EventKind.WEAPON) {
                return true;
            }
        }
        return false;
    }

    /**
     * "being" before the participle whose "by" is at {@code by}: "airstrikes to defend Yazidi civilians being indiscriminately
     * attacked by ISIL" tells ISIL's own attack, not the doer of the airstrikes.
     */
    private static boolean progressive(Sentence s, int by) {
        for (int k = by - 2; k >= s.from && k >= by - 3; k--) {
            if (s.tok(k).is("being")) {
                return true;
            }
        }
        return false;
    }

    /** Participles of support before "by": who backs a side is not who acts ("rebels backed by Rwanda seized"). */
    private static final Set<String> BACKING = Token.words("backed", "supported", "funded", "sponsored", "armed", "trained", "aided",
            "assisted", "allied");

    private static Np actor(Sentence s, int seg, int anchor, int lastEnd, boolean blame) {
        for (Np np : s.nps) {
            if (s.seg(np.start) == seg && np.afterBy && np.start >= lastEnd && wordsBetween(s, lastEnd, np.start) <= 3) {
                return np; // passive: "was carried out by X"; "the dual suicide attack on June 27 by ISIS-inspired individuals"
            }
        }
        for (Np np : s.nps) {
            if (s.seg(np.start) == seg && np.afterBy && np.start >= lastEnd && passiveBefore(s, np.start)
                    && Targets.triggerEndBefore(s, np.start) <= lastEnd) {
                return np; // "a drone attack on US troops was carried out by Iran-backed militias"
            }
        }
        for (Np np : s.nps) {
            if (s.seg(np.start) == seg && np.afterBy && np.start >= lastEnd && np.start - lastEnd <= 15
                    && passiveBefore(s, np.start) && !progressive(s, prevWord(s, np.start))) {
                return np; // "were killed in Jordan by a drone launched by militant groups backed by Iran"
            }
        }
        for (Np np : s.nps) {
            if (np.afterBy && s.seg(np.start) == seg + 1 && passiveBefore(s, np.start)
                    && shortParticipleClause(s, seg + 1, prevWord(s, np.start))) {
                return np; // set off by commas: "the attack on the base, carried out by Iran-backed militias, injured 34"
            }
        }
        for (Np np : s.nps) {
            if (np.side != null && s.seg(np.start) == seg && (np.end <= anchor && (modifierGap(s, np.end, anchor) || adjectivesOnly(s, np.end, anchor))
                    || np.start < anchor && anchor < np.end)) {
                // not a place in a phrase before the verb: "militants in western Iraq launched" ("in a U.S. strike" is the strike's);
                // nor a backer: "M23 rebels backed by Rwanda seized the town" (the rebels seized it)
                String before = s.tok(prevWord(s, np.start)).norm;
                boolean placeBeforeVerb = np.afterPrep && (IN_PLACE.contains(before) || Sentence.DIRECTIONS.contains(before))
                        && np.end <= anchor && s.isVerb(anchor);
                boolean backer = np.afterBy && np.end <= anchor && BACKING.contains(s.tok(prevWord(s, np.start) - 1).norm);
                // nor an owner: "pagers used by members of Hezbollah exploded" (what exploded was theirs)
                boolean owner = np.end <= anchor && ownedBy(s, np);
                if (!placeBeforeVerb && !backer && !owner) {
                    return firstConjunct(s, np); // "US strikes", "the Israeli air strike", "in a U.S. strike", "government aircraft struck"
                }
            }
        }
        Np from = firedFrom(s, seg, lastEnd, 2);
        if (from != null) {
            return from; // "the attack from Russian positions", "shelling from RSF forces"
        }
        Np of = ownerAfterOf(s, lastEnd);
        if (of != null) {
            return of; // "a drone of the Turkish occupation army targeted a convoy": whose the weapon was
        }
        if (blame) {
            Np last = null;
            for (Np np : s.nps) {
                if (s.seg(np.start) == seg && np.start >= lastEnd && np.afterTargetPrep && s.tok(prevWord(s, np.start)).is("on")) {
                    last = np;
                }
            }
            if (last != null) {
                return last; // "blamed the attack on a US base on forces backed by Iran"
            }
        }
        Np subject = subject(s, seg, anchor);
        if (subject != null && (toldOfBetween(s, subject.end, anchor) || respondsTo(s, subject.end, anchor))) {
            subject = null; // "The U.S. Embassy has received reports of protests and small arms fire": who hears of it did not do it
        }
        if (subject != null && subject.side != null && !condemns(s, subject)) {
            return subject; // not "ISAF's commander offered his condolences to the families of those killed by this attack"
        }
        Np claimer = claimer(s);
        if (claimer != null) {
            return claimer; // "the attack, for which the Taliban claimed credit", "the bombing was claimed by ISIS"
        }
        for (Match<Cue> c : s.cues) {
            if (c.value() == Cue.BLAME && c.start() >= lastEnd) {
                for (Np np : s.nps) {
                    if (np.start >= c.end() && np.start - c.end() <= 2) {
                        return np; // "..., President Joe Biden said, blaming Iran-backed militant groups"
                    }
                }
            }
        }
        return subject != null && condemns(s, subject) ? null : subject; // "The United States is appalled by the regime's airstrike"
    }

    /** The tokens in [from, to) that are no part of a date. */
    private static int wordsBetween(Sentence s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n += Dating.inDate(s, k) ? 0 : 1;
        }
        return n;
    }

    /** A sided phrase after "from", at most {@code within} tokens after {@code after} in the clause, and not a place: who fired. */
    static Np firedFrom(Sentence s, int seg, int after, int within) {
        for (Np np : s.nps) {
            if (np.side != null && s.seg(np.start) == seg && np.start > after && np.start - after <= within
                    && s.tok(prevWord(s, np.start)).is("from") && !s.overlapsPlace(np.start, np.end)) {
                return np;
            }
        }
        return null;
    }

    /** An event word opening the object of "claimed", after its determiner and modifiers: "claimed an attack on a ship". */
    private static boolean claimedEvent(Sentence s, int from) {
        for (int k = from; k < s.to && k < from + 4; k++) {
            if (s.isTrigger(k)) {
                return true;
            }
            if (!s.tok(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** The one who claimed the sentence's attack: "X claimed responsibility", "X claimed the attack", "for which X claimed credit", "claimed by X". */
    static Np claimer(Sentence s) {
        for (Np np : s.nps) {
            if (np.side == null) {
                continue;
            }
            int p = prevWord(s, np.start);
            if (p > s.from && s.tok(p).is("by") && CLAIMS.contains(s.tok(p - 1).norm)) {
                return np;
            }
            for (int k = np.end; k < Math.min(np.end + 2, s.to); k++) {
                if (CLAIMS.contains(s.tok(k).norm) && k + 1 < s.to && (CLAIMED.contains(s.tok(k + 1).norm) || claimedEvent(s, k + 1))) {
                    return np;
                }
            }
        }
        return null;
    }

    /** Words that make a speaker a state's armed forces rather than its diplomats. */
    private static final Set<String> MILITARY_BODIES = Token.words("military", "command", "centcom", "africom", "usafricom",
            "uscentcom", "pentagon", "army", "forces", "navy", "idf", "defense", "defence", "air");

    /** The state whose armed forces tell the sentence's news, neither condemning nor mourning it; else null. */
    static String reporter(Sentence s) {
        for (Np np : s.nps) {
            if (np.speaker && Sides.isState(np.side) && !condemns(s, np)) {
                for (int k = np.start; k < np.end; k++) {
                    if (MILITARY_BODIES.contains(s.tok(k).norm)) {
                        return np.side;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The speaker condemns, deplores or mourns what it speaks of, or offers condolences for it: the one who
     * suffered or judged it, never its doer.
     */
    private static boolean condemns(Sentence s, Np speaker) {
        for (int k = speaker.end; k < Math.min(speaker.end + 6, s.to); k++) {
            String w = s.tok(k).norm;
            if (k < speaker.end + 3 && (judges(w) || STATEMENTS.contains(w))
                    || w.startsWith("condolence") || w.startsWith("sympath")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is one of judging: "condemns", "deplored", "is concerned". */
    static boolean judges(String word) {
        return JUDGING.stream().anyMatch(word::startsWith) || word.equals("aware"); // "has been made aware of an attack"
    }

    /** Whether a word of judging comes before token k in its sentence: "is deeply concerned about reports of attacks". */
    static boolean judgedBefore(Sentence s, int k) {
        for (int i = s.from; i < k; i++) {
            String w = s.tok(i).norm;
            if (judges(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stems of judging, being moved by or looking into what one speaks of: "condemns", "is appalled by", "remains deeply
     * concerned about", "the Kurdistan Regional Government as they investigate these attacks".
     */
    private static final List<String> JUDGING = List.of("condemn", "deplor", "denounc", "mourn", "appall", "horrif", "outrag", "shock",
            "sadden", "dismay", "alarm", "concern", "disturb", "troubl", "griev", "investigat");

    /** What a speaker issues about an attack: "U.S. Ambassador's Statement on February 28 Mogadishu Attack". */
    private static final Set<String> STATEMENTS = Token.words("statement", "statements", "remarks", "readout", "letter");

    /** A participle of the passive before the "by" of the phrase, a date between allowed: "committed on December 24 by X". */
    private static boolean passiveBefore(Sentence s, int npStart) {
        int k = prevWord(s, npStart) - 1;
        while (k > s.from && Dating.inDate(s, k)) {
            k--;
        }
        if (k > s.from && s.tok(k).is("on") && Dating.inDate(s, k + 1)) {
            k--;
        }
        return k >= s.from && PASSIVE_VERBS.contains(s.tok(k).norm);
    }

    /** Clause g opens with a participle and its "by" at {@code by}: ", carried out by", ", launched by"; nothing else. */
    private static boolean shortParticipleClause(Sentence s, int g, int by) {
        int k = s.segStart[g];
        while (k < by && !s.tok(k).isWord()) {
            k++;
        }
        if (by - k > 2 || k >= by || !s.tok(k).norm.endsWith("ed")) {
            return false;
        }
        for (int i = k; i < by; i++) {
            if (!s.tok(i).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** Prepositions of a place a subject is in: "militants in western Iraq launched". */
    private static final Set<String> IN_PLACE = Token.words("in", "near", "at", "inside", "outside", "around", "across");

    /** "two of its troops were killed": the pronoun owns the victims, it is no subject. */
    private static boolean ownerOfVictims(Sentence s, int k) {
        for (Np np : s.nps) {
            if (np.victim && np.start > k && np.start - k <= 2) {
                return true;
            }
        }
        return false;
    }

    /** A blame cue before the event word: "blamed the attack on ...". */
    private static boolean blamed(Sentence s, int anchor) {
        for (Match<Cue> c : s.cues) {
            if (c.value() == Cue.BLAME && c.end() <= anchor) {
                return true;
            }
        }
        return false;
    }

    /** For a participle in "-ing" set off by a comma ("..., destroying several aircraft"), the verb of the clause before it; else -1. */
    private static int verbBeforeParticiple(Sentence s, int anchor) {
        int first = firstOfCoordinatedParticiples(s, anchor);
        if (first != anchor) {
            return verbBeforeParticiple(s, first); // "..., attacking the police station and storming the prison": one doer
        }
        if (anchor - 2 < s.from || !s.tok(anchor - 1).raw.equals(",") || !s.tok(anchor).norm.endsWith("ing") || !s.tag(anchor).equals("VBG")) {
            return -1;
        }
        for (int k = anchor - 2; k >= s.from; k--) {
            String tag = s.tag(k);
            if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBN")) {
                return k;
            }
        }
        return -1;
    }

    /** "junta navy vessels shelled": an armed side's phrase just before a head of no side, one plain word apart at most, is whose it is. */
    private static Np sidedModifierOf(Sentence s, Np head) {
        if (head.side != null) {
            return null;
        }
        for (Np np : s.nps) {
            boolean adjacent = np.end == head.start
                    || np.end == head.start - 1 && s.tok(np.end).isWord() && Character.isLowerCase(s.tok(np.end).raw.charAt(0));
            if (adjacent && Sides.armed(np.side) && !np.speaker && s.seg(np.start) == s.seg(head.start)) {
                return np;
            }
        }
        return null;
    }

    /** Words that join a subject to another side it is told by: "the coalition backing Yemen's government", "forces loyal to Haftar". */
    private static final Set<String> MODIFYING = Token.words("backing", "supporting", "loyal", "allied", "aligned", "linked",
            "affiliated", "opposed", "opposing");

    /** "The Saudi-led coalition backing Yemen's government carried out": the phrase after the modifier is no subject. */
    private static boolean objectOfAModifier(Sentence s, Np np) {
        int k = prevWord(s, np.start);
        if (k > s.from && (s.tok(k).is("to") || s.tok(k).is("with"))) {
            k--; // "loyal to", "allied with"
        }
        // and so is the object of a participle after an earlier phrase: "Troops pursuing the attackers clashed with rebels"
        return MODIFYING.contains(s.tok(k).norm) || k > s.from && s.tok(k).norm.endsWith("ing") && s.tok(k - 1).isWord()
                && s.tag(k).equals("VBG"); // the tagger asked last: it is the coder's dearest stage
    }

    /** For a participle after "and", the participle after a comma it is joined to in its clause ("attacking ... and storming"); else itself. */
    private static int firstOfCoordinatedParticiples(Sentence s, int anchor) {
        if (anchor - 1 <= s.from || !s.tok(anchor - 1).is("and") || !s.tag(anchor).equals("VBG")) {
            return anchor;
        }
        for (int k = anchor - 2; k > s.from && s.seg(k) == s.seg(anchor); k--) {
            if (s.tag(k).equals("VBG") && s.tok(k - 1).raw.equals(",")) {
                return k;
            }
        }
        return anchor;
    }

    /** The doer of a clause's action: a phrase before it, a pronoun's speaker, or the sentence's subject. */
    static Np subject(Sentence s, int seg, int anchor) {
        Np best = null;
        for (Np np : s.nps) {
            if (s.seg(np.start) == seg && np.end <= anchor && usableSubject(np) && !objectOfAnAct(s, np)
                    && !(best != null && (objectOfAModifier(s, np) || objectBeforeAnd(s, np, anchor) || whatItIsBelieved(s, np)))) {
                best = np;
            }
        }
        if (best != null) {
            Np owner = sidedModifierOf(s, best);
            return firstConjunct(s, owner != null ? owner : best);
        }
        if (s.causeSeg[seg]) {
            return null; // "U.S. forces struck ... in retaliation for a drone attack": who answers did not attack first
        }
        for (int k = s.segStart[seg]; k < anchor; k++) {
            if (PRONOUNS.contains(s.tok(k).norm) && !ownerOfVictims(s, k)) {
                Np speaker = null;
                for (Np np : s.nps) {
                    if (np.speaker && np.end <= s.segStart[seg] && !condemns(s, np)) {
                        speaker = np; // "Pakistan said its forces killed 12 militants"; never "the US condemns ... its targeting of"
                    }
                }
                if (speaker != null) {
                    return speaker;
                }
                break;
            }
        }
        Token opener = s.firstWord(seg);
        boolean subordinate = opener != null && OTHER_EVENT_OPENERS.contains(opener.norm); // "after a rocket slammed": its own subject
        for (Np np : s.nps) {
            if (!subordinate && np.end <= s.segStart[seg] && s.seg(np.start) == 0 && np.side != null && usableSubject(np)) {
                return np; // the subject of the main clause: "The United States launched ..., and promised more"
            }
        }
        if (seg > 0 && s.segStart[seg] == anchorClauseStart(s, seg, anchor)) {
            // a subject set off by an insertion: "the U.S. and U.K., with support from Australia and Canada, conducted strikes",
            // "Iran—and its proxies operating out of Yemen, Syria and Iraq—launched"
            boolean[] inserted = insertions(s, seg);
            for (int g = seg - 1; g >= 0; g--) {
                if (!inserted[g]) {
                    return s.causeSeg[g] ? null : firstSided(s, g);
                }
            }
        }
        return null;
    }

    /** Verbs of belief before "to be": what follows is said of the subject, not a subject of its own. */
    private static final Set<String> BELIEVED = Token.words("believed", "suspected", "thought", "said", "reported", "presumed", "understood");

    /** Whether only "believed to be" and who the subject was thought to be stand between it and the verb. */
    static boolean onlyBeliefBetween(Sentence s, Np subject, int verb) {
        int k = subject.end;
        if (k + 2 >= verb || !BELIEVED.contains(s.tok(k).norm) || !s.tok(k + 1).is("to") || !s.tok(k + 2).is("be")) {
            return false;
        }
        return s.nps.stream().anyMatch(np -> np.start > k + 2 && np.end == verb && whatItIsBelieved(s, np));
    }

    /** "Armed men believed to be Fulani herders killed 25": the phrase after "believed to be" tells who the subject was thought to be. */
    private static boolean whatItIsBelieved(Sentence s, Np np) {
        int k = prevWord(s, np.start);
        return k - 2 >= s.from && s.tok(k).is("be") && s.tok(k - 1).is("to") && BELIEVED.contains(s.tok(k - 2).norm);
    }

    /**
     * The clauses before {@code seg} that are insertions, neither actor nor target: one opened by a
     * supporting phrase ("with support from X", "in coordination with X", "alongside X", "and its
     * proxies") and the bare list items that continue it (", Bahrain", ", Canada and the Netherlands").
     */
    private static boolean[] insertions(Sentence s, int seg) {
        boolean[] inserted = new boolean[seg];
        for (int g = 0; g < seg; g++) {
            Token first = s.firstWord(g);
            inserted[g] = first != null && INSERTION_OPENERS.contains(first.norm) && g > 0
                    || g > 0 && inserted[g - 1] && listItem(s, g);
        }
        return inserted;
    }

    /**
     * Only insertions stand between the subject's clause and the verb's: "Somali troops, backed by
     * African Union forces, killed 30 fighters" (the clause of the verb holds nothing before it).
     */
    static boolean onlyInsertionsBetween(Sentence s, Np subject, int verb) {
        int seg = s.seg(verb);
        int from = s.seg(subject.start);
        if (from >= seg || s.segStart[seg] != anchorClauseStart(s, seg, verb)) {
            return false;
        }
        boolean[] inserted = insertions(s, seg);
        for (int g = from + 1; g < seg; g++) {
            if (!inserted[g]) {
                return false;
            }
        }
        return true;
    }

    /** A clause of only names joined by commas and "and": a list continued across commas. */
    private static boolean listItem(Sentence s, int g) {
        for (int k = s.segStart[g]; k < s.segStart[g + 1]; k++) {
            Token t = s.tok(k);
            if (t.isWord() && !t.is("and") && !t.is("or") && !Sentence.DETERMINERS.contains(t.norm) && npAt(s, k) == null) {
                return false;
            }
        }
        return true;
    }

    private static Np npAt(Sentence s, int k) {
        for (Np np : s.nps) {
            if (np.start <= k && k < np.end) {
                return np;
            }
        }
        return null;
    }

    /** The first usable phrase with a side in clause g: the first conjunct of "the U.S. and U.K.". */
    private static Np firstSided(Sentence s, int g) {
        for (Np np : s.nps) {
            if (s.seg(np.start) == g && np.side != null && usableSubject(np)) {
                return np;
            }
        }
        return null;
    }

    /** The first of coordinated phrases: "the U.S. and the U.K. conducted strikes" acts as the U.S. and its allies. */
    private static Np firstConjunct(Sentence s, Np np) {
        Np first = np;
        for (int i = s.nps.indexOf(np) - 1; i >= 0; i--) {
            Np prev = s.nps.get(i);
            if (prev.side == null || !usableSubject(prev) || s.seg(prev.start) != s.seg(np.start) || !onlyConjunctions(s, prev.end, first.start)) {
                break;
            }
            first = prev;
        }
        return first;
    }

    /** Only "and" and determiners between (commas end a clause): "the U.S. and the U.K.". */
    private static boolean onlyConjunctions(Sentence s, int from, int to) {
        boolean and = false;
        for (int k = from; k < to; k++) {
            Token t = s.tok(k);
            and |= t.is("and");
            if (!t.is("and") && !Sentence.DETERMINERS.contains(t.norm)) {
                return false;
            }
        }
        return and;
    }

    /** The start of the clause the anchor opens when only a verb phrase stands before it ("..., conducted strikes"): the anchor's segment start, else -1. */
    private static int anchorClauseStart(Sentence s, int seg, int anchor) {
        int start = s.segStart[seg];
        while (start < anchor && !s.tok(start).isWord()) {
            start++; // the comma or dash that closes the insertion
        }
        for (int k = start; k < anchor; k++) {
            Token t = s.tok(k);
            if (!t.isWord() || Character.isUpperCase(t.raw.charAt(0)) || Sentence.SUBORDINATORS.contains(t.norm) || PRONOUNS.contains(t.norm)) {
                return -1; // a new clause with its own subject, or a subordinate one
            }
        }
        return anchor - start <= 3 ? s.segStart[seg] : -1;
    }

    /**
     * The phrase is the object of a verb of force or of killing before it, not a subject: "Pakistani
     * forces killed 10 militants in a raid", "Jihadists killed 30 soldiers in an attack on a base".
     */
    private static boolean objectOfAnAct(Sentence s, Np np) {
        int k = np.start - 1;
        if (k > s.from && Sentence.TITLES.contains(s.tok(k).norm)) {
            k--; // "killed Hezbollah leader Sayyed Hassan Nasrallah": the title and the group it heads are the same phrase
            while (k > s.from && s.tok(k).capitalised()) {
                k--;
            }
        }
        while (k >= s.from && (Sentence.DETERMINERS.contains(s.tok(k).norm) || Sentence.COUNTS.contains(s.tok(k).norm)
                || Numbers.BOUNDS.contains(s.tok(k).norm) || Sentence.isNumber(s.tok(k))
                || s.tok(k).is("at") && k + 1 < s.to && s.tok(k + 1).is("least"))) { // "killed at least 20 people"
            k--;
        }
        if (k < s.from) {
            return false;
        }
        for (Match<Dictionaries.EventWord> w : s.killings) {
            if (w.start() <= k && k < w.end()) {
                return true;
            }
        }
        for (Match<Dictionaries.Casualty> c : s.casualties) {
            if (c.start() <= k && k < c.end()) {
                return true;
            }
        }
        return s.isTrigger(k) && s.isVerb(k);
    }

    /** "reports of" had, or "aware of", between a subject and the event: the event is what the subject was told. */
    private static boolean toldOfBetween(Sentence s, int from, int anchor) {
        for (int k = from; k + 1 < anchor; k++) {
            if (reportsHad(s, k) || s.tok(k).is("aware") && s.tok(k + 1).is("of")) {
                return true; // "has received reports of", "has been made aware of an attack"
            }
        }
        return false;
    }

    /** Verbs whose subject suffers the event named after them: "suffered its worst attack", "face frequent attacks". */
    private static final Set<String> SUFFERING = Token.words("suffered", "suffers", "suffer", "face", "faces", "faced", "endured",
            "endures", "sustained", "withstood");

    /** A verb of suffering between the subject and the event word, with no other verb of force between. */
    private static boolean sufferedBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (SUFFERING.contains(s.tok(k).norm)) {
                return true;
            }
            if (s.isTrigger(k)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> RESPONDING = Token.words("responding", "responded", "respond", "responds");

    /**
     * The event is what the subject responds to: "Indonesian police are responding to at least three bomb explosions"
     * (not "Israel responded to the attack with air strikes", where the strikes come after "with").
     */
    private static boolean respondsTo(Sentence s, int from, int anchor) {
        for (int k = from; k + 1 < anchor; k++) {
            if (RESPONDING.contains(s.tok(k).norm) && s.tok(k + 1).is("to")) {
                for (int i = k + 2; i < anchor; i++) {
                    if (s.tok(i).is("with") || s.tok(i).is("by") || s.tok(i).raw.equals(",")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** What comes before "reports of" where reports are had: "there have been", "we have received". */
    private static final Set<String> REPORTS_HAD = Token.words("been", "are", "were", "received", "receive", "receiving", "heard");

    /**
     * "reports of" at k, had ("There have been reports of gunfire", "has received reports of small arms fire"), not cited
     * ("responding to reports of an Israeli raid") nor denied ("said reports of gunfire are false").
     */
    static boolean reportsHad(Sentence s, int k) {
        return k > s.from && k + 1 < s.to && s.tok(k).is("reports") && s.tok(k + 1).is("of") && REPORTS_HAD.contains(s.tok(k - 1).norm);
    }

    /**
     * The object of the first of two verbs joined by "and" is no subject of the second: "Boko Haram entered the village
     * of Zourou and killed the village chief" (Boko Haram killed him). The tagger is asked only in that shape.
     */
    private static boolean objectBeforeAnd(Sentence s, Np np, int anchor) {
        if (anchor <= s.from || !s.tok(anchor - 1).is("and") || anchor - np.end > 6) {
            return false;
        }
        int k = np.start - 1;
        while (k >= s.from && Sentence.DETERMINERS.contains(s.tok(k).norm)) {
            k--;
        }
        int verb = k;
        if (k < s.from || !s.tok(k).isWord() || s.tok(k).capitalised()
                || s.cues.stream().anyMatch(c -> c.value() == Cue.SPEECH && c.start() <= verb && verb < c.end())) {
            return false; // a verb of saying's object is a clause with a subject of its own ("said Hamas attacked")
        }
        String tag = s.tag(k);
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP");
    }

    /**
     * Words that open a clause telling another event, with a subject of its own: "after a rocket slammed into a football
     * pitch". Not "when", "while" or "as" (Sentence.SUBORDINATORS): what happens at the same moment is often the same side's.
     */
    private static final Set<String> OTHER_EVENT_OPENERS = Token.words("after", "before", "because", "since", "until", "although",
            "though");

    /** The phrase names an owner: "used by members of Hezbollah", "operated by the IRGC". */
    private static boolean ownedBy(Sentence s, Np np) {
        for (int k = np.start - 1; k > s.from && k >= np.start - 4; k--) {
            if (s.tok(k).is("by")) {
                return Targets.OWNER_BY.contains(s.tok(k - 1).norm);
            }
        }
        return false;
    }

    private static boolean usableSubject(Np np) {
        return !np.speaker && !np.locative && !np.placeModifier && !np.afterPrep && !np.victim;
    }

    /** A few modifiers and weapon words between a side and the event word: "Russian aerial drones", "Iranian Shahed drones". */
    private static boolean adjectivesOnly(Sentence s, int from, int to) {
        if (to - from < 1 || to - from > 3 || !weaponAt(s, to)) {
            return false; // only before a weapon word ("Russian aerial drones"): the tagger is the coder's dearest stage
        }
        for (int k = from; k < to; k++) {
            if (!s.tok(k).isWord() || Sentence.PREPOSITIONS.contains(s.tok(k).norm) || Sentence.DETERMINERS.contains(s.tok(k).norm)) {
                return false;
            }
        }
        for (int k = from; k < to; k++) {
            String tag = s.tag(k);
            if (!tag.equals("JJ") && !tag.equals("NN") && !tag.equals("NNP") && !weaponAt(s, k)) { // "aerial" is tagged a noun
                return false;
            }
        }
        return true;
    }

    private static boolean weaponAt(Sentence s, int k) {
        for (Match<Dictionaries.EventWord> e : s.events) {
            if (e.start() <= k && k < e.end() && e.value().kind() == Dictionaries.EventKind.WEAPON) {
                return true;
            }
        }
        return false;
    }

    /** Only modifiers (dates, "overnight", "'s") between an actor phrase and the event word. */
    private static boolean modifierGap(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Triggers.MODIFIERS.contains(s.tok(k).norm) && !Dating.inDate(s, k)) {
                return false;
            }
        }
        return true;
    }

    /** The word before token i, determiners skipped: "used by the X" gives "by". */
    static int prevWord(Sentence s, int i) {
        int k = i - 1;
        while (k > s.from && Sentence.DETERMINERS.contains(s.tok(k).norm)) {
            k--;
        }
        return Math.max(k, s.from);
    }
}
