package dev.escalation.rules;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.LinkedIncident;
import dev.escalation.model.EscalationLevel;
import dev.escalation.model.Timeline;
import dev.escalation.records.RegionState;
import java.util.List;
import java.util.TreeSet;

/**
 * A region's rules at one instant, combined: the level is the highest rung any rule sets. ELEVATED
 * and HIGH measure how much violence there is; RETALIATION, CYCLE and CRISIS who answers whom.
 *
 * <p>Kept up to date incrementally ({@link #count}, {@link #moveTo}): when the instant moves on,
 * only the incidents that cross an edge of some rule (enter the window, leave it, leave the
 * baseline, the join window or a threat's hold) are counted again, found from one cursor per edge
 * into the time-ordered incidents, so that a record costs the incidents it moves, not all the
 * region holds.
 */
public final class Ladder {

    /** The rules in the order their reasons are told: the region's measures, its dyads one by one, then deaths. */
    static List<Rule> rules(EngineConfig.Escalation settings) {
        return List.of(new IntensityRule(settings), new SurgeRule(settings), new RetaliationRule(settings), new CycleRule(settings),
                new CrisisRule(settings), new ReportedRetaliationRule(settings), new ThreatRule(settings),
                new MassFatalityRule(settings));
    }

    /** How long after its event time an incident can count for some rule of the region: the longest reach of its rules. */
    public static long reach(EngineConfig.Escalation settings) {
        long reach = 0;
        for (Rule rule : rules(settings)) {
            reach = Math.max(reach, rule.reach());
        }
        return reach;
    }

    public final EngineConfig.Escalation settings;
    /** The region's seeded normal intensity, or null. */
    public final Double seeded;
    /** The region's state: when it was first observed tells whether its trailing baseline is known yet. */
    private final RegionState region;
    private final long warmUp;
    final List<Rule> rules;
    private final Rule[] counting;
    final IntensityRule intensity;
    final SurgeRule surge;
    final MassFatalityRule massFatalities;
    private final long reach;
    /** Where an incident starts counting (age 0) and every age at which some rule counts it differently. */
    private final Edge[] edges;
    private long at;

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

    /**
     * The ladder at {@code at}, counted from every held incident.
     *
     * @param seeded  the region's seeded normal intensity, or null
     * @param region  the region's state, for when it was first observed
     * @param threats the held threats that follow an attack: the only incidents whose threat hold is timed
     */
    public Ladder(EngineConfig.Escalation settings, Double seeded, RegionState region, Timeline<LinkedIncident> held,
                  Timeline<LinkedIncident> threats, long at) {
        this.settings = settings;
        this.seeded = seeded;
        this.region = region;
        this.warmUp = settings.window().plus(settings.baseline()).toMillis();
        this.rules = rules(settings);
        this.counting = rules.toArray(Rule[]::new);
        this.intensity = (IntensityRule) rules.get(0);
        this.surge = (SurgeRule) rules.get(1);
        this.massFatalities = (MassFatalityRule) rules.get(rules.size() - 1);
        TreeSet<Long> heldAges = new TreeSet<>(List.of(0L));
        TreeSet<Long> threatAges = new TreeSet<>();
        long longest = 0;
        for (Rule rule : rules) {
            for (long age : rule.edges()) {
                (rule.onThreatsOnly() ? threatAges : heldAges).add(age);
            }
            longest = Math.max(longest, rule.reach());
        }
        this.reach = longest;
        this.edges = new Edge[heldAges.size() + threatAges.size()];
        int e = 0;
        for (long age : heldAges) {
            edges[e++] = new Edge(held, age);
        }
        for (long age : threatAges) {
            edges[e++] = new Edge(threats, age);
        }
        this.at = at;
        for (int i = held.after(at - reach); i < held.end() && held.timeAt(i) <= at; i++) {
            count(held.valueAt(i), 1);
        }
    }

    /** How long after its event time an incident can still count. */
    public long reach() {
        return reach;
    }

    /** Adds ({@code sign} 1) or takes back (-1) what the incident counts for at the current instant. */
    public void count(LinkedIncident linked, int sign) {
        count(linked, sign, at);
    }

    private void count(LinkedIncident linked, int sign, long now) {
        long age = now - linked.time();
        if (age < 0) {
            return;
        }
        for (Rule rule : counting) {
            rule.count(linked, age, sign);
        }
    }

    /**
     * The next instant after {@link #at} when a held incident crosses an edge other than entering,
     * or the region's trailing baseline becomes known.
     */
    public long nextEdgeCrossing() {
        long next = Long.MAX_VALUE;
        if (seeded == null && region.getObservedSince() != null && region.getObservedSince() + warmUp > at) {
            next = region.getObservedSince() + warmUp;
        }
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
    public void moveTo(long to) {
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

    /** What is normal for the region at the current instant: seeded, measured once observed long enough, or not known yet. */
    public Normal normal() {
        if (seeded != null) {
            return new Normal(true, true, seeded);
        }
        Long since = region.getObservedSince();
        return since != null && at - since >= warmUp ? new Normal(true, false, surge.baseline()) : Normal.COLD;
    }

    /** The highest rung any rule sets. */
    public EscalationLevel level() {
        Normal normal = normal();
        EscalationLevel level = EscalationLevel.CALM;
        for (Rule rule : counting) {
            EscalationLevel rung = rule.level(normal);
            if (rung.compareTo(level) > 0) {
                level = rung;
            }
        }
        return level;
    }

    public double intensity() {
        return intensity.intensity();
    }

    public double baseline() {
        return surge.baseline();
    }

    public int fatalities() {
        return massFatalities.deaths();
    }
}
