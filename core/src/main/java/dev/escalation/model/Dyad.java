package dev.escalation.model;

import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import java.util.Optional;

/** A pair of sides: dyads, not countries, are what attacks and retaliations are joined on. */
public final class Dyad {
    private Dyad() {}

    /** The dyad of an incident, its two sides in alphabetical order; empty unless it has two different sides. */
    public static Optional<String> of(Incident incident) {
        String a = incident.getActorSide();
        String b = incident.getTargetSide();
        if (a == null || b == null || a.equals(b)) {
            return Optional.empty();
        }
        return Optional.of(a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a);
    }

    /** True for a use of force: neither a threat nor an interception. */
    public static boolean isAttack(Incident incident) {
        return incident.getEventType() != EventType.THREAT && incident.getEventType() != EventType.INTERCEPTION;
    }
}
