package dev.escalation.escalate;

import dev.escalation.model.Dyad;
import dev.escalation.model.EventFamily;
import dev.escalation.model.EventTime;
import dev.escalation.model.Timeline;
import dev.escalation.config.EngineConfig;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import dev.escalation.records.RetaliationLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /** The attacks held, either way, each with its chain as last worked out: an attack's chain extends the chain of the one it answers. */
    private final Timeline<LinkedIncident> attacks = new Timeline<>();
    private final Timeline<Incident> threats = new Timeline<>();
    /** Attacks too weakly evidenced to take part on their own report, until another report of the same event confirms them. */
    private final Timeline<Incident> unconfirmed = new Timeline<>();
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
        if (rules.evidence().links(incident)) {
            unconfirmed.remove(incident.getId()); // a weaker copy of it, held before
            return linkConfirmed(rules, incident, time);
        }
        Incident confirming = Dyad.isAttack(incident) ? sameEvent(config, incident, time) : null;
        if (confirming == null) {
            // Too weakly evidenced to say who answers whom: it counts for intensity, and waits for another report.
            if (Dyad.isAttack(incident)) {
                unconfirmed.put(time, incident.getId(), incident);
                prune(rules);
            }
            return List.of(LinkedIncident.unlinked(incident));
        }
        // Two independent reports of one event confirm each other: both take part from now on, whichever
        // came first, so that the attacks held, and so the links, do not depend on the order of arrival.
        Map<String, LinkedIncident> linked = new LinkedHashMap<>();
        if (unconfirmed.remove(confirming.getId()) != null) {
            linkConfirmed(rules, confirming, EventTime.of(confirming)).forEach(each -> linked.put(each.incident().getId(), each));
        }
        List<LinkedIncident> own = linkConfirmed(rules, incident, time);
        own.forEach(each -> linked.put(each.incident().getId(), each));
        List<LinkedIncident> relinked = new ArrayList<>(linked.values());
        relinked.remove(own.get(0));
        relinked.sort((a, b) -> EventTime.ORDER.compare(a.incident(), b.incident()));
        relinked.add(0, own.get(0));
        return relinked;
    }

    /**
     * Another report of the same event, held as an attack or waiting to be confirmed: same sides,
     * same country, same family of event, dates within the corroboration tolerance, and independent
     * (another feed, or sources none of which it shares). Null when there is none.
     */
    private Incident sameEvent(EngineConfig config, Incident incident, long time) {
        long tolerance = config.extraction().corroborationTolerance().toMillis();
        for (Timeline<?> held : List.of(attacks, unconfirmed)) {
            for (int i = held.from(time - tolerance); i < held.end() && held.timeAt(i) <= time + tolerance; i++) {
                Object value = held.valueAt(i);
                Incident other = value instanceof LinkedIncident linked ? linked.incident() : (Incident) value;
                if (!other.getId().equals(incident.getId()) && sameEvent(incident, other)) {
                    return other;
                }
            }
        }
        return null;
    }

    private static boolean sameEvent(Incident a, Incident b) {
        return a.getActorSide().equals(b.getActorSide()) && a.getTargetSide().equals(b.getTargetSide())
                && a.getCountryCode().equals(b.getCountryCode())
                && EventFamily.of(a.getEventType()) == EventFamily.of(b.getEventType())
                && (a.getFeed() != b.getFeed() || !a.getSourceUrls().isEmpty() && !b.getSourceUrls().isEmpty()
                        && a.getSourceUrls().stream().noneMatch(b.getSourceUrls()::contains));
    }

    /** Links an incident that may take part: an attack in its chain, a threat with the attack it follows. */
    private List<LinkedIncident> linkConfirmed(EngineConfig.Escalation rules, Incident incident, long time) {
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
        unconfirmed.removeBefore(clock - reach(rules) - grace);
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
