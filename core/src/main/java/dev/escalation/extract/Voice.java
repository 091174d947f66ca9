package dev.escalation.extract;

import dev.escalation.extract.Sentence.Np;

/**
 * The voice of an event verb, and its arguments when it is passive: "a U.S. convoy was brutally
 * attacked", "the base was struck by rockets fired by Kataib Hezbollah". In the passive the
 * subject suffered the event (the target) and the doer, when named, follows "by".
 */
final class Voice {
    private Voice() {
    }

    /**
     * The event word at {@code anchor} is a passive participle, by its part of speech: after a form
     * of "be" or "get" ("was brutally attacked", "were killed") or in a reduced relative whose doer
     * follows "by" ("the seven aid workers killed by Israeli strikes").
     */
    static boolean passive(Sentence s, int anchor) {
        if (Tagged.PASSIVE_AUX.contains(s.tok(anchor).norm)) {
            return true; // an event phrase that holds its auxiliary: "a protester was shot"
        }
        if (under(s, anchor)) {
            return true; // "the air base, which houses American troops, is under rocket fire": the base suffered it
        }
        if (!mayBePassive(s, anchor)) {
            return false; // the tagger is the coder's dearest stage: ask it only when "be", "get" or "by" is near
        }
        return s.isPassiveParticiple(anchor) || (s.isParticiple(anchor) && byFollows(s, anchor));
    }

    /** "came under fire", "came under heavy rocket attack": the event word after "under" and at most two modifiers, or "under" itself. */
    private static boolean under(Sentence s, int anchor) {
        for (int k = anchor; k >= s.from && k >= anchor - 3; k--) {
            if (s.tok(k).is("under")) {
                return true;
            }
            if (!s.tok(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** Past participles that do not end in "-ed" or "-en": "was hit", "were shot", "was struck". */
    private static final java.util.Set<String> IRREGULAR_PARTICIPLES = Token.words("hit", "struck", "shot", "thrown", "hurt", "set",
            "sent", "held", "fought", "caught", "led", "brought", "blown", "built", "slain", "overrun", "run", "cut", "put", "lost", "left",
            "dealt", "met", "hung", "burnt", "spent", "seen", "won", "shut", "split", "stuck", "swept", "torn", "worn", "sunk", "sped");

    private static boolean mayBePassive(Sentence s, int anchor) {
        String w = s.tok(anchor).norm;
        if (!w.endsWith("ed") && !w.endsWith("en") && !w.endsWith("wn") && !IRREGULAR_PARTICIPLES.contains(w)) {
            return false; // no participle: "was an attack", "were strikes"
        }
        for (int k = anchor - 1; k >= s.from && k >= anchor - Tagged.PASSIVE_REACH; k--) {
            if (Tagged.PASSIVE_AUX.contains(s.tok(k).norm)) {
                return true;
            }
        }
        return byFollows(s, anchor);
    }

    /** "by" right after the participle, or after one adverb or place phrase word: "killed by", "killed yesterday by". */
    private static boolean byFollows(Sentence s, int anchor) {
        for (int k = anchor + 1; k < s.to && k <= anchor + 2; k++) {
            if (s.tok(k).is("by")) {
                return true;
            }
        }
        return false;
    }

    /** The phrase a participle with a "by" modifies, the one who suffered it: "the seven humanitarians killed by Israeli airstrikes"; else null. */
    static Np reducedRelative(Sentence s, int anchor) {
        if (anchor + 1 >= s.to || !s.tok(anchor + 1).is("by") || !s.isParticiple(anchor)) {
            return null;
        }
        for (Np np : s.nps) {
            if (np.end == anchor) {
                return np;
            }
        }
        return null;
    }

    /**
     * The doer: a phrase after "by" in the clause, the one with a side when a chain of "by" phrases
     * names the weapon first ("by a drone launched by militant groups backed by Iran").
     */
    static Np agent(Sentence s, int seg, int anchor) {
        Np found = null;
        for (Np np : s.nps) {
            if (s.seg(np.start) == seg && np.start > anchor && np.afterBy && np.start - anchor <= 15
                    && (found == null || (found.side == null && np.side != null))) {
                found = np;
            }
        }
        return found != null ? found : Arguments.firedFrom(s, seg, anchor, 5); // "came under artillery fire from Turkish positions"
    }

    /** The subject: the first phrase of the clause that is not a place, a speaker or the object of a preposition; else of the clauses before it. */
    static Np patient(Sentence s, int seg, int anchor, Np agent) {
        int aside = s.asideBefore(seg);
        for (int g = seg; g >= 0; g--) {
            if (g < seg && aside >= 0 && g >= aside) {
                continue; // "Twenty people, including a policeman, were killed": the people
            }
            for (Np np : s.nps) {
                if (np != agent && s.seg(np.start) == g && np.end <= anchor && !np.locative && !np.afterPrep && !np.speaker
                        && !np.placeModifier) {
                    return np;
                }
            }
            if (g < seg && s.causeSeg[g]) {
                break;
            }
        }
        return null;
    }
}
