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
import java.util.Map;
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

    private final DyadState state;
    private final Held<Incident> attacks;
    private final Held<Incident> threats;

    /**
     * @param state   the dyad's clock, as last stored
     * @param attacks the attacks held, either way, as last stored
     * @param threats the threats held, as last stored
     */
    public DyadLinks(DyadState state, Held<Incident> attacks, Held<Incident> threats) {
        this.state = state;
        this.attacks = attacks;
        this.threats = threats;
    }

    /** A dyad seen for the first time, held in memory only. */
    public static DyadLinks newDyad(String dyad) {
        return new DyadLinks(newState(dyad), held(Held.Journal.none()), held(Held.Journal.none()));
    }

    public static DyadState newState(String dyad) {
        return DyadState.newBuilder().setDyad(dyad).build();
    }

    /** An empty set of a dyad's attacks or threats, each change told to the journal. */
    public static Held<Incident> held(Held.Journal<Incident> journal) {
        return new Held<>(EventTime::slotOf, journal);
    }

    /** The dyad's clock, to store after each call. */
    public DyadState state() {
        return state;
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

    /** An incident with nothing from a dyad: no sides, or not an attack or threat. */
    public static LinkedIncident unlinked(Incident incident) {
        return new LinkedIncident(incident, new ArrayList<>(), null);
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
    public List<LinkedIncident> link(EngineConfig config, Incident incident) {
        EngineConfig.Escalation rules = config.escalation();
        long time = EventTime.of(incident);
        boolean late = time < state.getClock() - rules.grace().toMillis();
        if (incident.getEventType() == EventType.THREAT) {
            if (!late) {
                threats.put(incident);
                prune(rules);
            }
            return List.of(threat(rules, incident));
        }
        if (!isAttack(incident)) {
            return List.of(unlinked(incident));
        }
        if (late) {
            return List.of(withChain(rules, incident));
        }
        // The responses after it and the threats it may now precede: their links before and after.
        List<Incident> later = new ArrayList<>();
        attacks.all().tailMap(EventTime.slotOf(incident), false).values().forEach(response -> {
            if (!response.getId().equals(incident.getId())) {
                later.add(response);
            }
        });
        List<List<RetaliationLink>> chainsBefore = later.stream().map(response -> chain(rules, response)).toList();
        List<LinkedIncident> threatsBefore = threats.all().values().stream().map(threat -> threat(rules, threat)).toList();
        attacks.put(incident);
        state.setClock(Math.max(state.getClock(), time));
        List<LinkedIncident> relinked = new ArrayList<>();
        for (int i = 0; i < later.size(); i++) {
            LinkedIncident now = withChain(rules, later.get(i));
            if (!now.getChain().equals(chainsBefore.get(i))) {
                relinked.add(now);
            }
        }
        for (LinkedIncident before : threatsBefore) {
            LinkedIncident now = threat(rules, before.getIncident());
            if (!Objects.equals(now.getThreatFollows(), before.getThreatFollows())) {
                relinked.add(now);
            }
        }
        relinked.sort(Comparator.comparing(LinkedIncident::getIncident, EventTime.ORDER));
        relinked.add(0, withChain(rules, incident));
        prune(rules);
        return relinked;
    }

    /**
     * Keeps attacks for two join windows plus grace, long enough to see a cycle (two reversals)
     * whole, and threats for the grace period, as long as an attack they follow may still arrive.
     */
    private void prune(EngineConfig.Escalation rules) {
        long clock = state.getClock();
        long grace = rules.grace().toMillis();
        attacks.removeBefore(clock - 2 * rules.joinWindow().toMillis() - grace);
        threats.removeBefore(clock - grace);
    }

    private LinkedIncident withChain(EngineConfig.Escalation rules, Incident response) {
        LinkedIncident linked = unlinked(response);
        linked.setChain(chain(rules, response));
        return linked;
    }

    private LinkedIncident threat(EngineConfig.Escalation rules, Incident threat) {
        LinkedIncident linked = unlinked(threat);
        latestAttackBefore(rules, EventTime.of(threat)).ifPresent(attack -> linked.setThreatFollows(ref(attack)));
        return linked;
    }

    /** The reversals that lead to the response, oldest first: the latest {@code chainLinks} of them. */
    private List<RetaliationLink> chain(EngineConfig.Escalation rules, Incident response) {
        LinkedList<RetaliationLink> chain = new LinkedList<>();
        Incident current = response;
        Incident provoking;
        while (chain.size() < rules.chainLinks() && (provoking = provoking(rules, current)) != null) {
            // Constructors, not builders: this runs for every attack, and builders copy and check every field.
            chain.addFirst(new RetaliationLink(ref(provoking), ref(current),
                    (EventTime.of(current) - EventTime.of(provoking)) / 3_600_000.0, current.getIsRetaliation()));
            current = provoking;
        }
        return new ArrayList<>(chain);
    }

    /**
     * The attack named by id in the response's text, else the latest reverse attack strictly earlier
     * (same-day reports with dates only cannot say who answered whom) and within the join window.
     */
    private Incident provoking(EngineConfig.Escalation rules, Incident response) {
        long time = EventTime.of(response);
        Incident named = response.getRetaliationFor() == null ? null : attacks.get(response.getRetaliationFor());
        if (named != null && EventTime.of(named) < time) {
            return named;
        }
        for (Incident attack : attacks.all().headMap(Held.Slot.first(time), false).descendingMap().values()) {
            if (time - EventTime.of(attack) >= rules.joinWindow().toMillis()) {
                break;
            }
            if (attack.getActorSide().equals(response.getTargetSide()) && attack.getTargetSide().equals(response.getActorSide())) {
                return attack;
            }
        }
        return null;
    }

    /** The latest attack in the dyad, either way, within the join window up to the given time. */
    private Optional<Incident> latestAttackBefore(EngineConfig.Escalation rules, long time) {
        Map.Entry<Held.Slot, Incident> latest = attacks.all().lowerEntry(Held.Slot.first(time + 1));
        return latest != null && time - latest.getKey().time() < rules.joinWindow().toMillis()
                ? Optional.of(latest.getValue()) : Optional.empty();
    }

    static IncidentRef ref(Incident incident) {
        return new IncidentRef(incident.getId(), incident.getEventType().name(), incident.getActorSide(), incident.getTargetSide(),
                incident.getCountryCode(), Instant.ofEpochMilli(EventTime.of(incident)));
    }
}
