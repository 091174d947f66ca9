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
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The attack/retaliation join of one dyad (a pair of sides), wherever its incidents happen. An
 * attack by B on A answers the latest attack by A on B strictly earlier and within the join
 * window, or the attack its text names by id; following the answers back gives the chain of
 * reversals (two or more make a cycle). Links are computed from the set of incidents held, in
 * (event time, id) order, so they do not depend on the order of arrival: when an attack arrives
 * after responses or threats that follow it (within grace), those are returned again with their
 * new links, for the region stage to replace its copies.
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
        return DyadState.newBuilder().setDyad(dyad).setAttacks(new ArrayList<>()).setThreats(new ArrayList<>()).build();
    }

    /** An incident with nothing from a dyad: no sides, or not an attack or threat. */
    public static LinkedIncident unlinked(Incident incident) {
        return LinkedIncident.newBuilder().setIncident(incident).setChain(new ArrayList<>()).build();
    }

    public static boolean isAttack(Incident incident) {
        return incident.getEventType() != EventType.THREAT && incident.getEventType() != EventType.INTERCEPTION;
    }

    /**
     * Holds the incident in its dyad (a later copy of an id replaces the held one) and returns it
     * linked (its chain, or the attack a threat follows), followed by every incident held earlier
     * whose links it changed, re-linked. An incident older than the grace period allows is not held
     * (the region stage dead-letters it).
     */
    public List<LinkedIncident> link(DyadState state, Incident incident) {
        long time = EventTime.of(incident);
        boolean late = time < state.getClock() - rules.grace().toMillis();
        if (incident.getEventType() == EventType.THREAT) {
            if (!late) {
                hold(state, new ArrayList<>(state.getAttacks()), withLatest(state.getThreats(), incident), state.getClock());
            }
            return List.of(threat(state.getAttacks(), incident));
        }
        if (!isAttack(incident)) {
            return List.of(unlinked(incident));
        }
        if (late) {
            return List.of(withChain(state.getAttacks(), incident));
        }
        List<Incident> before = state.getAttacks();
        List<Incident> after = withLatest(before, incident);
        List<LinkedIncident> relinked = new ArrayList<>();
        for (Incident response : after) {
            if (EventTime.ORDER.compare(response, incident) > 0) {
                List<RetaliationLink> chain = chain(after, response);
                if (!chain.equals(chain(before, response))) {
                    relinked.add(withChain(response, chain));
                }
            }
        }
        for (Incident threat : state.getThreats()) {
            LinkedIncident linked = threat(after, threat);
            if (!Objects.equals(linked.getThreatFollows(), threat(before, threat).getThreatFollows())) {
                relinked.add(linked);
            }
        }
        relinked.sort(Comparator.comparing(LinkedIncident::getIncident, EventTime.ORDER));
        relinked.add(0, withChain(after, incident));
        hold(state, after, new ArrayList<>(state.getThreats()), time);
        return relinked;
    }

    /**
     * Keeps attacks for two join windows plus grace, long enough to see a cycle (two reversals)
     * whole, and threats for the grace period, as long as an attack they follow may still arrive.
     */
    private void hold(DyadState state, List<Incident> attacks, List<Incident> threats, long time) {
        long clock = Math.max(state.getClock(), time);
        long grace = rules.grace().toMillis();
        long horizon = clock - 2 * rules.joinWindow().toMillis() - grace;
        attacks.removeIf(a -> EventTime.of(a) < horizon);
        threats.removeIf(t -> EventTime.of(t) < clock - grace);
        state.setClock(clock);
        state.setAttacks(attacks);
        state.setThreats(threats);
    }

    /** A copy of the incidents with this one in place of any of its id, in (event time, id) order; the held list stays as it was, to compare links with. */
    private static List<Incident> withLatest(List<Incident> incidents, Incident incident) {
        List<Incident> copy = new ArrayList<>(incidents);
        copy.removeIf(i -> i.getId().equals(incident.getId()));
        int at = copy.size();
        while (at > 0 && EventTime.ORDER.compare(copy.get(at - 1), incident) > 0) {
            at--;
        }
        copy.add(at, incident);
        return copy;
    }

    private LinkedIncident withChain(List<Incident> attacks, Incident response) {
        return withChain(response, chain(attacks, response));
    }

    private static LinkedIncident withChain(Incident response, List<RetaliationLink> chain) {
        LinkedIncident linked = unlinked(response);
        linked.setChain(chain);
        return linked;
    }

    private LinkedIncident threat(List<Incident> attacks, Incident threat) {
        LinkedIncident linked = unlinked(threat);
        latestAttackBefore(attacks, EventTime.of(threat)).ifPresent(attack -> linked.setThreatFollows(ref(attack)));
        return linked;
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
    private Optional<Incident> latestAttackBefore(List<Incident> attacks, long time) {
        Incident latest = null;
        for (Incident attack : attacks) {
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
