package dev.escalation.escalate;

import dev.escalation.config.EngineConfig;
import dev.escalation.records.DyadState;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import dev.escalation.records.IncidentRef;
import dev.escalation.records.LinkedIncident;
import dev.escalation.records.RetaliationLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;

/**
 * The attack/retaliation join of one dyad (a pair of sides), wherever its incidents happen. An
 * attack by B on A answers the latest attack by A on B strictly earlier and within the join
 * window, or the attack its text names by id; following the answers back gives the chain of
 * reversals (two or more make a cycle). Chains are computed from the set of attacks held, in
 * (event time, id) order, so they do not depend on the order of arrival among attacks already held.
 */
public final class DyadLinks {

    private final EngineConfig.Escalation rules;

    public DyadLinks(EngineConfig config) {
        this.rules = config.escalation();
    }

    /** The dyad of an incident, its two sides in alphabetical order; empty unless it has two different sides. */
    public static Optional<String> dyadOf(Incident incident) {
        String a = incident.getActorSide();
        String b = incident.getTargetSide();
        if (a == null || b == null || a.equals(b)) {
            return Optional.empty();
        }
        return Optional.of(a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a);
    }

    public static DyadState newState(String dyad) {
        return DyadState.newBuilder().setDyad(dyad).setAttacks(new ArrayList<>()).build();
    }

    /** An incident with nothing from a dyad: no sides, or not an attack or threat. */
    public static LinkedIncident unlinked(Incident incident) {
        return LinkedIncident.newBuilder().setIncident(incident).setChain(new ArrayList<>()).build();
    }

    public static boolean isAttack(Incident incident) {
        return incident.getEventType() != EventType.THREAT && incident.getEventType() != EventType.INTERCEPTION;
    }

    /** Holds the incident in its dyad when it is an attack, and returns it with its chain or the attack a threat follows. */
    public LinkedIncident link(DyadState state, Incident incident) {
        long time = EventTime.of(incident);
        if (incident.getEventType() == EventType.THREAT) {
            LinkedIncident linked = unlinked(incident);
            latestAttackBefore(state, time).ifPresent(attack -> linked.setThreatFollows(ref(attack)));
            return linked;
        }
        if (!isAttack(incident)) {
            return unlinked(incident);
        }
        hold(state, incident, time);
        LinkedIncident linked = unlinked(incident);
        linked.setChain(chain(state.getAttacks(), incident));
        return linked;
    }

    /**
     * Keeps the attack in (event time, id) order, once per id, for two join windows plus grace: long
     * enough to see a cycle (two reversals) whole. An attack later than the grace is not held (the
     * region stage dead-letters it with the reason).
     */
    private void hold(DyadState state, Incident incident, long time) {
        long grace = rules.grace().toMillis();
        List<Incident> attacks = new ArrayList<>(state.getAttacks());
        if (time < state.getClock() - grace || attacks.stream().anyMatch(a -> a.getId().equals(incident.getId()))) {
            return;
        }
        int at = attacks.size();
        while (at > 0 && EventTime.ORDER.compare(attacks.get(at - 1), incident) > 0) {
            at--;
        }
        attacks.add(at, incident);
        long clock = Math.max(state.getClock(), time);
        long horizon = clock - 2 * rules.joinWindow().toMillis() - grace;
        attacks.removeIf(a -> EventTime.of(a) < horizon);
        state.setClock(clock);
        state.setAttacks(attacks);
    }

    /** The reversals that lead to the response, oldest first. */
    private List<RetaliationLink> chain(List<Incident> attacks, Incident response) {
        LinkedList<RetaliationLink> chain = new LinkedList<>();
        Incident current = response;
        Incident provoking;
        while ((provoking = provoking(attacks, current)) != null) {
            chain.addFirst(RetaliationLink.newBuilder()
                    .setAttack(ref(provoking)).setResponse(ref(current))
                    .setLagHours((EventTime.of(current) - EventTime.of(provoking)) / 3_600_000.0)
                    .setExplicit(current.getIsRetaliation())
                    .build());
            current = provoking;
        }
        return new ArrayList<>(chain);
    }

    /**
     * The attack named by id in the response's text, else the latest reverse attack strictly earlier
     * (same-day reports with dates only cannot say who answered whom) and within the join window.
     */
    private Incident provoking(List<Incident> attacks, Incident response) {
        long time = EventTime.of(response);
        Incident latest = null;
        for (Incident attack : attacks) {
            long attackTime = EventTime.of(attack);
            if (attackTime >= time) {
                break;
            }
            if (attack.getId().equals(response.getRetaliationFor())) {
                return attack;
            }
            if (time - attackTime < rules.joinWindow().toMillis()
                    && attack.getActorSide().equals(response.getTargetSide())
                    && attack.getTargetSide().equals(response.getActorSide())) {
                latest = attack;
            }
        }
        return latest;
    }

    /** The latest attack in the dyad, either way, within the join window up to the given time. */
    private Optional<Incident> latestAttackBefore(DyadState state, long time) {
        Incident latest = null;
        for (Incident attack : state.getAttacks()) {
            long attackTime = EventTime.of(attack);
            if (attackTime <= time && time - attackTime < rules.joinWindow().toMillis()) {
                latest = attack;
            }
        }
        return Optional.ofNullable(latest);
    }

    static IncidentRef ref(Incident incident) {
        return IncidentRef.newBuilder()
                .setIncidentId(incident.getId())
                .setEventType(incident.getEventType().name())
                .setActorSide(incident.getActorSide())
                .setTargetSide(incident.getTargetSide())
                .setCountryCode(incident.getCountryCode())
                .setEventTime(Instant.ofEpochMilli(EventTime.of(incident)))
                .build();
    }
}
