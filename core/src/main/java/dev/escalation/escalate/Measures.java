package dev.escalation.escalate;

import dev.escalation.model.EscalationLevel;
import dev.escalation.model.Timeline;
import dev.escalation.model.Dyad;
import dev.escalation.config.EngineConfig;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import dev.escalation.records.RetaliationLink;
import java.util.List;

/**
 * What the held incidents measure at one instant: intensity and deaths in the window, the
 * baseline before it, and the links and threats that set the upper rungs. Kept up to date
 * incrementally ({@link #count}, {@link #moveTo}): when the instant moves on, only the incidents
 * that cross an edge (enter the window, leave it, leave the baseline, the join window or a
 * threat's hold) are counted again, found from one cursor per edge into the time-ordered
 * incidents, so that a record costs the incidents it moves, not all the region holds.
 * Intensity is summed in millionths, exactly, so that the order incidents arrive in cannot
 * change a comparison with a threshold.
 */
final class Measures {
    private static final double MICROS = 1_000_000;

    final EngineConfig.Escalation rules;
    private final long window;
    private final long baselineEnd;
    private final long join;
    private final long threatHold;
    /** The cool-down and the grace period, in milliseconds. */
    final long cooldown;
    final long grace;
    private final long horizon;
    /** Weights by event type (ordinal) and per death, in millionths. */
    private final long[] weightMicros;
    private final long fatalityWeightMicros;
    /**
     * The ages at which an incident starts or stops counting for something: entering, leaving the
     * window, the baseline, the join window (every held incident), leaving a threat's hold (the threats).
     */
    private final Edge[] edges;
    private long at;
    long intensityMicros;
    int fatalities;
    long baselineMicros;
    int retaliations;
    int cycles;
    int crossBorderCycles;
    int threatCount;

    /**
     * Where the incidents of one timeline cross one age: a cursor on the first incident younger than
     * that age at {@link #at}. It follows appends and lets from the front; any other change to the
     * timeline moves positions ({@link Timeline#layout}), and the cursor is found again.
     */
    private final class Edge {
        final Timeline<LinkedIncident> incidents;
        final long age;
        private int position;
        private long layout = -1;

        Edge(Timeline<LinkedIncident> incidents, long age) {
            this.incidents = incidents;
            this.age = age;
        }

        /** The position of the first incident younger than the age at {@link #at}. */
        int first() {
            if (layout != incidents.layout()) {
                layout = incidents.layout();
                position = incidents.after(at - age);
            }
            int i = Math.max(position, incidents.start());
            // An append may land behind a cursor at the end (an incident late within grace): step over it.
            while (i < incidents.end() && incidents.timeAt(i) <= at - age) {
                i++;
            }
            return position = i;
        }

        /** True when an incident of this time crosses the age as the instant moves from {@link #at} to {@code to}. */
        boolean crossedBy(long time, long to) {
            return time > at - age && time <= to - age;
        }
    }

    /** The measures at {@code at}, counted from every held incident. */
    Measures(EngineConfig.Escalation rules, Timeline<LinkedIncident> held, Timeline<LinkedIncident> threats, long at) {
        this.rules = rules;
        this.window = rules.window().toMillis();
        this.baselineEnd = window + rules.baseline().toMillis();
        this.join = rules.joinWindow().toMillis();
        this.threatHold = rules.threatHold().toMillis();
        this.cooldown = rules.cooldown().toMillis();
        this.grace = rules.grace().toMillis();
        this.horizon = Math.max(Math.max(baselineEnd, join), threatHold);
        this.weightMicros = new long[EventType.values().length];
        for (EventType type : EventType.values()) {
            weightMicros[type.ordinal()] = Math.round(rules.weight(type) * MICROS);
        }
        this.fatalityWeightMicros = Math.round(rules.fatalityWeight() * MICROS);
        this.edges = new Edge[] {new Edge(held, 0), new Edge(held, window), new Edge(held, baselineEnd), new Edge(held, join),
                new Edge(threats, threatHold)};
        this.at = at;
        for (int i = held.after(at - horizon()); i < held.end() && held.timeAt(i) <= at; i++) {
            count(held.valueAt(i), 1);
        }
    }

    /** How long after its event time an incident can still count. */
    long horizon() {
        return horizon;
    }

    /** Adds ({@code sign} 1) or takes back (-1) what the incident counts for at the current instant. */
    void count(LinkedIncident linked, int sign) {
        count(linked, sign, at);
    }

    private void count(LinkedIncident linked, int sign, long now) {
        Incident incident = linked.incident();
        long age = now - linked.time();
        if (age < 0) {
            return;
        }
        if (age < window) {
            intensityMicros += sign * weightMicros(incident);
            fatalities += sign * deaths(incident);
        } else if (age < baselineEnd) {
            baselineMicros += sign * weightMicros(incident);
        }
        if (age < join) {
            List<RetaliationLink> chain = linked.chain();
            if (!chain.isEmpty() || incident.getIsRetaliation() && Dyad.isAttack(incident)) {
                retaliations += sign;
            }
            if (chain.size() >= 2) {
                cycles += sign;
                if (linked.crossesBorders()) {
                    crossBorderCycles += sign;
                }
            }
        }
        if (age < threatHold && linked.threatFollows() != null) {
            threatCount += sign;
        }
    }

    /** The next instant after {@link #at} when a held incident leaves the window, the baseline, the join window or a hold. */
    long nextEdgeCrossing() {
        long next = Long.MAX_VALUE;
        for (int e = 1; e < edges.length; e++) { // not the first: incidents enter the window as they come
            Edge edge = edges[e];
            int first = edge.first();
            if (first < edge.incidents.end()) {
                next = Math.min(next, edge.incidents.timeAt(first) + edge.age);
            }
        }
        return next;
    }

    /**
     * Moves the instant on: each incident that crosses an edge between the two instants is taken
     * back as it counted before and counted as it counts now, once even if it crosses several.
     */
    void moveTo(long to) {
        if (to <= at) {
            return;
        }
        for (int e = 0; e < edges.length; e++) {
            Edge edge = edges[e];
            int i = edge.first();
            for (; i < edge.incidents.end() && edge.incidents.timeAt(i) <= to - edge.age; i++) {
                if (!crossesEarlierEdge(edge.incidents.timeAt(i), e, to)) {
                    LinkedIncident linked = edge.incidents.valueAt(i);
                    count(linked, -1, at);
                    count(linked, 1, to);
                }
            }
            edge.position = i;
        }
        at = to;
    }

    /** True when an incident of this time also crosses one of the edges before {@code edge} (held incidents all) as the instant moves to {@code to}. */
    private boolean crossesEarlierEdge(long time, int edge, long to) {
        for (int e = 0; e < edge; e++) {
            if (edges[e].crossedBy(time, to)) {
                return true;
            }
        }
        return false;
    }

    long weightMicros(Incident incident) {
        return weightMicros[incident.getEventType().ordinal()] + fatalityWeightMicros * deaths(incident);
    }

    double intensity() {
        return intensityMicros / MICROS;
    }

    /** The baseline's average per window length. */
    double baseline() {
        return baselineMicros / MICROS * window / rules.baseline().toMillis();
    }

    boolean high() {
        return intensity() >= rules.levels().high();
    }

    boolean elevated() {
        return intensity() >= rules.levels().elevated();
    }

    /**
     * A surge makes a region HIGH, not more: it says the violence is unusual for the region, which
     * is what HIGH means for a region with a low baseline; the rungs above say who answers whom,
     * which a count cannot tell.
     */
    boolean surge() {
        EngineConfig.Surge surge = rules.surge();
        return intensity() >= surge.floor() && intensity() >= (1 + surge.increase()) * baseline();
    }

    boolean massFatalities() {
        return fatalities >= rules.levels().massFatalities();
    }

    /** The ladder: ELEVATED and HIGH measure how much violence there is; RETALIATION, CYCLE and CRISIS who answers whom. */
    EscalationLevel level() {
        EscalationLevel level = EscalationLevel.CALM;
        if (elevated()) {
            level = EscalationLevel.ELEVATED;
        }
        if (high() || surge() || threatCount > 0) {
            level = EscalationLevel.HIGH;
        }
        if (retaliations > 0) {
            level = EscalationLevel.RETALIATION;
        }
        if (cycles > 0) {
            level = EscalationLevel.CYCLE;
        }
        if (crossBorderCycles > 0 || massFatalities()) {
            level = EscalationLevel.CRISIS;
        }
        return level;
    }

    static int deaths(Incident incident) {
        return incident.getFatalities() == null ? 0 : incident.getFatalities();
    }
}
