package dev.escalation.escalate;

import dev.escalation.model.Dyad;
import dev.escalation.model.EventTime;
import dev.escalation.model.Timeline;
import dev.escalation.config.EngineConfig;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import dev.escalation.records.RetaliationLink;
import java.util.ArrayList;
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

    /** The attacks held, either way, each with its chain as last worked out: an attack's chain extends the chain of the one it answers. */
    private final Timeline<LinkedIncident> attacks = new Timeline<>();
    private final Timeline<Incident> threats = new Timeline<>();
    /** The latest event time the dyad has seen; what it holds is kept relative to it. */
    private long clock = Long.MIN_VALUE;

    /**
     * Holds the incident in its dyad (a later copy of an id replaces the held one) and returns it
     * linked (its chain, or the attack a threat follows), followed by every incident held earlier
     * whose links it changed, re-linked, in event-time order.
     */
    public List<LinkedIncident> link(EngineConfig config, Incident incident) {
        EngineConfig.Escalation rules = config.escalation();
        long time = EventTime.of(incident);
        clock = Math.max(clock, time);
        if (!rules.evidence().links(incident)) {
            // Too weakly evidenced to say who answers whom: it counts for intensity, never in a link.
            return List.of(LinkedIncident.unlinked(incident));
        }
        if (incident.getEventType() == EventType.THREAT) {
            threats.put(time, incident.getId(), incident);
            prune(rules);
            return List.of(threat(rules, incident, time));
        }
        if (!Dyad.isAttack(incident)) {
            return List.of(LinkedIncident.unlinked(incident));
        }
        // Only threats at or after the attack can follow it; only attacks after it can answer it.
        List<LinkedIncident> threatsBefore = new ArrayList<>(0);
        for (int i = threats.from(time); i < threats.end(); i++) {
            threatsBefore.add(threat(rules, threats.valueAt(i), threats.timeAt(i)));
        }
        // A copy held under the same id stays until put replaces it: an attack never answers itself (same sides).
        LinkedIncident linked = withChain(rules, incident, time);
        attacks.put(time, incident.getId(), linked);
        List<LinkedIncident> relinked = new ArrayList<>(0);
        // In event-time order: each later attack extends the chain of the one it answers, as it is now.
        for (int i = attacks.after(time); i < attacks.end(); i++) {
            LinkedIncident before = attacks.valueAt(i);
            LinkedIncident now = withChain(rules, before.incident(), before.time());
            if (!now.chain().equals(before.chain())) {
                attacks.put(now.time(), now.incident().getId(), now);
                relinked.add(now);
            }
        }
        for (LinkedIncident before : threatsBefore) {
            LinkedIncident now = threat(rules, before.incident(), before.time());
            if (!Objects.equals(now.threatFollows(), before.threatFollows())) {
                relinked.add(now);
            }
        }
        prune(rules);
        if (relinked.isEmpty()) {
            return List.of(linked);
        }
        relinked.sort((a, b) -> EventTime.ORDER.compare(a.incident(), b.incident()));
        relinked.add(0, linked);
        return relinked;
    }

    /** How long after its event time a dyad may need an attack: two join windows, to see a cycle (two reversals) whole. */
    public static long reach(EngineConfig.Escalation rules) {
        return 2 * rules.joinWindow().toMillis();
    }

    /**
     * Keeps attacks for two join windows plus grace, long enough to see a cycle (two reversals)
     * whole, and threats for the grace period, as long as an attack they follow may still arrive.
     */
    private void prune(EngineConfig.Escalation rules) {
        long grace = rules.grace().toMillis();
        attacks.removeBefore(clock - reach(rules) - grace);
        threats.removeBefore(clock - grace);
    }

    private LinkedIncident threat(EngineConfig.Escalation rules, Incident threat, long time) {
        int attack = latestAttackUpTo(rules, time);
        return new LinkedIncident(threat, List.of(), attack < 0 ? null : attacks.valueAt(attack).ref());
    }

    /**
     * The response with the reversals that lead to it, oldest first, the latest {@code chainLinks}
     * of them: the chain of the attack it answers, as far as the dyad still holds its attacks, and
     * that answer.
     */
    private LinkedIncident withChain(EngineConfig.Escalation rules, Incident response, long time) {
        int provoking = provoking(rules, response, time);
        if (provoking < 0) {
            return new LinkedIncident(response, List.of(), null);
        }
        LinkedIncident attack = attacks.valueAt(provoking);
        List<RetaliationLink> before = attack.chain();
        long oldestHeld = attacks.timeAt(attacks.start());
        int from = Math.max(0, before.size() - (rules.chainLinks() - 1));
        while (from < before.size() && before.get(from).getAttack().getEventTime().toEpochMilli() < oldestHeld) {
            from++;
        }
        List<RetaliationLink> chain = new ArrayList<>(before.size() - from + 1);
        chain.addAll(before.subList(from, before.size()));
        // Constructors, not builders: this runs for every attack, and builders copy and check every field.
        chain.add(new RetaliationLink(attack.ref(), LinkedIncident.ref(response, time), (time - attack.time()) / 3_600_000.0,
                response.getIsRetaliation()));
        return new LinkedIncident(response, chain, null);
    }

    /**
     * The position of the attack the response answers, or -1: the attack named by id in the
     * response's text, else the latest reverse attack strictly earlier (same-day reports with dates
     * only cannot say who answered whom) and within the join window.
     */
    private int provoking(EngineConfig.Escalation rules, Incident response, long time) {
        int named = response.getRetaliationFor() == null ? -1 : attacks.positionOf(response.getRetaliationFor());
        if (named >= 0 && attacks.timeAt(named) < time) {
            return named;
        }
        long join = rules.joinWindow().toMillis();
        for (int i = attacks.from(time) - 1; i >= attacks.start() && time - attacks.timeAt(i) < join; i--) {
            Incident attack = attacks.valueAt(i).incident();
            if (attack.getActorSide().equals(response.getTargetSide()) && attack.getTargetSide().equals(response.getActorSide())) {
                return i;
            }
        }
        return -1;
    }

    /** The position of the latest attack in the dyad, either way, within the join window up to the given time; -1 if none. */
    private int latestAttackUpTo(EngineConfig.Escalation rules, long time) {
        int latest = attacks.after(time) - 1;
        return latest >= attacks.start() && time - attacks.timeAt(latest) < rules.joinWindow().toMillis() ? latest : -1;
    }
}
