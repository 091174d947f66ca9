package dev.escalation.extract;

import java.time.LocalDate;

/**
 * A threat as the sentence told it, placed by {@link Threats#resolve} once every incident is known.
 * Explicit: a cue that threatens by itself ("vowed to retaliate", "threatened to strike"), not an open one.
 * Where: the country of a place the threat's clause names ("will target any vessel in the Red Sea"), else null.
 * Threatened: the side the clause names as the threat's object ("vowed to retaliate against Israel"), else null.
 */
record ThreatDraft(int sentence, String actor, String actorSide, boolean reprisal, LocalDate date, String evidence,
                   String lastNamedSide, boolean explicit, String where, String threatened) {
}
