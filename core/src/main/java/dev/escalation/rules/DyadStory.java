package dev.escalation.rules;

import dev.escalation.escalate.LinkedIncident;

/**
 * What one dyad shows at an instant, for the reasons of an alert: the answer that tells most in the
 * join window (a cycle across borders, else the longest chain, else the latest) and how many there
 * were, the latest threat within its hold, and the latest attack reported as retaliation with no
 * attack held to tie it to.
 */
public final class DyadStory {
    LinkedIncident answer;
    int answers;
    LinkedIncident threat;
    int threats;
    LinkedIncident reported;
    int reports;

    void answer(LinkedIncident linked) {
        if (answer == null || tellsMore(linked, answer)) {
            answer = linked;
        }
        answers++;
    }

    void threat(LinkedIncident linked) {
        threat = linked;
        threats++;
    }

    void reported(LinkedIncident linked) {
        reported = linked;
        reports++;
    }

    /** A cycle across borders tells more than a cycle, a longer chain more than a shorter one, and the later more than the earlier. */
    private static boolean tellsMore(LinkedIncident candidate, LinkedIncident best) {
        boolean crisis = candidate.chain().size() >= 2 && candidate.crossesBorders();
        boolean bestCrisis = best.chain().size() >= 2 && best.crossesBorders();
        if (crisis != bestCrisis) {
            return crisis;
        }
        return candidate.chain().size() >= best.chain().size();
    }
}
