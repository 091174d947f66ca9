package dev.escalation.rules;

import dev.escalation.escalate.LinkedIncident;
import dev.escalation.model.EscalationLevel;

/**
 * One rule of a region's escalation ladder: what it counts, when it holds (the rung it sets), its
 * reasons in words and how far back it needs incidents. An instance belongs to one region and is
 * kept up to date incrementally by the {@link Ladder}: an incident is counted when it happens and
 * counted again each time its age crosses one of the rule's {@link #edges}, so a rule's counters
 * always describe the incidents held at the ladder's instant. Counts must be exact (integers or
 * millionths), so that the order incidents arrive in cannot change a comparison with a threshold.
 */
public interface Rule {

    /** The ages (milliseconds after an incident's event time) at which what an incident counts for changes. */
    long[] edges();

    /** True when the rule's edges apply to the threats that follow an attack only, not to every incident held. */
    default boolean onThreatsOnly() {
        return false;
    }

    /** How long after its event time an incident can still count for this rule. */
    default long reach() {
        long reach = 0;
        for (long edge : edges()) {
            reach = Math.max(reach, edge);
        }
        return reach;
    }

    /** Adds ({@code sign} 1) or takes back (-1) what an incident {@code age} milliseconds old counts for. */
    void count(LinkedIncident linked, long age, int sign);

    /** The rung the rule sets now, given what is normal for the region; CALM when it does not hold. */
    EscalationLevel level(Normal normal);

    /** True for a rule told dyad by dyad ({@link #explain(String, DyadStory, Assessment)}), false for one about the whole region. */
    default boolean aboutDyads() {
        return false;
    }

    /** Adds the rule's reasons about the whole region, and the incidents it cites, when it holds. */
    default void explain(Assessment assessment) {}

    /** Adds the rule's reasons about one dyad, from what the dyad shows in the region's windows. */
    default void explain(String dyad, DyadStory story, Assessment assessment) {}
}
