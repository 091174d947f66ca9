package dev.escalation.escalate;

import dev.escalation.model.EventTime;
import dev.escalation.records.Incident;
import dev.escalation.records.IncidentRef;
import dev.escalation.records.RetaliationLink;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An incident with what its dyad (side pair) says about it, on its way from the dyad stage to its
 * region. Immutable; what is asked of it again and again (its time, its reference in chains, whether
 * its chain crosses borders) is worked out once.
 */
public final class LinkedIncident {

    private final Incident incident;
    private final List<RetaliationLink> chain;
    private final IncidentRef threatFollows;
    private final long time;
    private final boolean crossesBorders;
    private IncidentRef ref;

    /**
     * @param chain         the reversals in its dyad that lead to it, oldest first; empty when it answers
     *                      no attack; two or more make a cycle
     * @param threatFollows for a THREAT, the latest attack in its dyad within the join window; null when the dyad is quiet
     */
    public LinkedIncident(Incident incident, List<RetaliationLink> chain, IncidentRef threatFollows) {
        this.incident = incident;
        this.chain = chain;
        this.threatFollows = threatFollows;
        this.time = EventTime.of(incident);
        this.crossesBorders = crossesBorders(chain);
    }

    /** An incident with nothing from a dyad: no sides, or not an attack or threat. */
    public static LinkedIncident unlinked(Incident incident) {
        return new LinkedIncident(incident, List.of(), null);
    }

    public Incident incident() {
        return incident;
    }

    public List<RetaliationLink> chain() {
        return chain;
    }

    public IncidentRef threatFollows() {
        return threatFollows;
    }

    /** The incident's event time. */
    public long time() {
        return time;
    }

    /** How a chain names this incident. */
    public IncidentRef ref() {
        if (ref == null) {
            ref = ref(incident, time);
        }
        return ref;
    }

    /** How a chain names an incident that happened at {@code time}. */
    static IncidentRef ref(Incident incident, long time) {
        return new IncidentRef(incident.getId(), incident.getEventType().name(), incident.getActorSide(), incident.getTargetSide(),
                incident.getCountryCode(), Instant.ofEpochMilli(time));
    }

    /** True when the chain's attacks and responses are not all in one country. */
    public boolean crossesBorders() {
        return crossesBorders;
    }

    private static boolean crossesBorders(List<RetaliationLink> chain) {
        if (chain.isEmpty()) {
            return false;
        }
        String first = chain.get(0).getAttack().getCountryCode();
        for (RetaliationLink link : chain) {
            if (!first.equals(link.getAttack().getCountryCode()) || !first.equals(link.getResponse().getCountryCode())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkedIncident other && incident.equals(other.incident) && chain.equals(other.chain)
                && Objects.equals(threatFollows, other.threatFollows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(incident, chain, threatFollows);
    }
}
