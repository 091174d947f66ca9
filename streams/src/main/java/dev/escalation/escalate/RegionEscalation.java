package dev.escalation.escalate;

import dev.escalation.config.EngineConfig;
import dev.escalation.records.AlertStatus;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.EventType;
import dev.escalation.records.Evidence;
import dev.escalation.records.Incident;
import dev.escalation.records.IncidentRef;
import dev.escalation.records.LinkedIncident;
import dev.escalation.records.RegionState;
import dev.escalation.records.RetaliationLink;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The escalation state machine of one region, in event time. A level rises as soon as an incident
 * makes its condition true; it falls only after the condition has stayed false for the cool-down.
 * Each change of level gives exactly one alert. Windows are half-open, (now - length, now]: an
 * incident leaves a window exactly one window length after it happened.
 *
 * <p>The ladder: ELEVATED and HIGH measure how much violence there is (intensity, surge, threats
 * in an active dyad); RETALIATION, CYCLE and CRISIS measure its structure, who answers whom, from
 * the chains the dyad stage ({@link DyadLinks}) attached to each incident.
 *
 * <p>Out of order, within grace: an incident is inserted in event-time order, a re-linked copy (the
 * dyad stage saw the attack it answers only later) replaces the held one, and a rise it causes is
 * dated at its own event time when it makes the level on that date, so the level reached and its
 * alert id are those of an in-order run. The trade-off of rising at once: an alert already
 * published is never taken back, so a region can show a rung an in-order run would have skipped or
 * dated earlier (scenario 17: ELEVATED before the attack that makes it RETALIATION arrives). The
 * engine avoids that where it can: it takes incidents in event-time order across partitions, an
 * instant whole, and holds them longer by the operator's settle time.
 */
public final class RegionEscalation {

    private static final DateTimeFormatter ALERT_ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final RegionState state;
    private final Held<LinkedIncident> held;
    /** Slots of the held threats that follow an attack: the only incidents with a threat hold to time. */
    private final TreeSet<Held.Slot> threats = new TreeSet<>();
    /** What the held incidents measure at the last evaluation, kept up to date as incidents come and time passes. */
    private Measures measures;
    private EngineConfig config;

    /**
     * @param state the region's level and clocks, as last stored
     * @param held  the region's incidents, as last stored (see {@link #held})
     */
    public RegionEscalation(RegionState state, Held<LinkedIncident> held) {
        this.state = state;
        this.held = held;
        held.all().forEach((slot, linked) -> {
            if (linked.getThreatFollows() != null) {
                threats.add(slot);
            }
        });
    }

    /** A region seen for the first time, held in memory only. */
    public static RegionEscalation newRegion(String region) {
        return new RegionEscalation(newState(region), held(Held.Journal.none()));
    }

    public static RegionState newState(String region) {
        return RegionState.newBuilder().setRegion(region).build();
    }

    /** An empty set of a region's incidents, each change told to the journal. */
    public static Held<LinkedIncident> held(Held.Journal<LinkedIncident> journal) {
        return new Held<>(linked -> EventTime.slotOf(linked.getIncident()), journal);
    }

    /** The region's level and clocks, to store after each call. */
    public RegionState state() {
        return state;
    }

    /** How many incidents the region holds. */
    public int heldCount() {
        return held.size();
    }

    /**
     * True when the incident is older than the region's latest event by more than the grace period,
     * or older than the time up to which the region has already been evaluated with no incident.
     */
    public boolean isLate(EngineConfig config, Incident incident) {
        long time = EventTime.of(incident);
        return time < state.getClosedUntil()
                || !held.isEmpty() && time < state.getClock() - config.escalation(state.getRegion()).grace().toMillis();
    }

    /**
     * Adds the incident and returns the alerts it causes: first any changes that event time brought
     * before the incident (windows emptying, cool-downs ending), then its own. An incident held
     * already is counted once: an identical copy changes nothing, a different one (the dyad stage
     * re-linked it) replaces the held copy and the region is evaluated again.
     */
    public List<EscalationAlert> onIncident(EngineConfig config, LinkedIncident linked) {
        use(config);
        Incident incident = linked.getIncident();
        LinkedIncident previous = held.get(incident.getId());
        if (linked.equals(previous)) {
            return List.of();
        }
        if (previous != null) {
            let(previous);
        }
        long time = EventTime.of(incident);
        long now = Math.max(state.getEvaluatedAt(), time);
        List<EscalationAlert> alerts = advance(now, false);
        hold(linked);
        state.setClock(Math.max(state.getClock(), time));
        evaluate(now, time).ifPresent(alerts::add);
        return alerts;
    }

    /** Lets event time pass with no new incident, so that levels cool down; no incident before {@code now} is taken after. */
    public List<EscalationAlert> onTime(EngineConfig config, long now) {
        use(config);
        if (now <= state.getEvaluatedAt()) {
            return List.of();
        }
        state.setClosedUntil(now);
        List<EscalationAlert> alerts = advance(now, true);
        evaluate(now, now).ifPresent(alerts::add);
        return alerts;
    }

    /** Takes the config of this call; measures kept under other settings are taken again. */
    private void use(EngineConfig config) {
        this.config = config;
        EngineConfig.Escalation rules = rules();
        if (measures == null || !measures.rules.equals(rules)) {
            measures = Measures.of(rules, held, state.getEvaluatedAt());
        }
    }

    private EngineConfig.Escalation rules() {
        return config.escalation(state.getRegion());
    }

    private void hold(LinkedIncident linked) {
        held.put(linked);
        if (linked.getThreatFollows() != null) {
            threats.add(EventTime.slotOf(linked.getIncident()));
        }
        measures.count(linked, 1);
    }

    private void let(LinkedIncident linked) {
        measures.count(linked, -1);
        held.remove(linked.getIncident().getId());
        threats.remove(EventTime.slotOf(linked.getIncident()));
    }

    /**
     * Evaluates the region at every instant before {@code to} (or at it, when {@code inclusive})
     * where its conditions can change with no new incident, so that each change is dated exactly,
     * whenever and however often the engine looks.
     */
    private List<EscalationAlert> advance(long to, boolean inclusive) {
        List<EscalationAlert> alerts = new ArrayList<>();
        long next;
        while ((next = nextCheckpoint()) < to || (inclusive && next == to)) {
            evaluate(next, next).ifPresent(alerts::add);
        }
        return alerts;
    }

    /** The first instant after the last evaluation when an incident leaves a window or a hold, or a cool-down ends. */
    private long nextCheckpoint() {
        EngineConfig.Escalation rules = rules();
        long after = state.getEvaluatedAt();
        long next = Long.MAX_VALUE;
        for (long reach : measures.reaches()) {
            Held.Slot leaving = held.all().ceilingKey(Held.Slot.first(after - reach + 1));
            if (leaving != null) {
                next = Math.min(next, leaving.time() + reach);
            }
        }
        long hold = rules.threatHold().toMillis();
        Held.Slot threat = threats.ceiling(Held.Slot.first(after - hold + 1));
        if (threat != null) {
            next = Math.min(next, threat.time() + hold);
        }
        if (state.getBelowSince() != null && state.getBelowSince() + rules.cooldown().toMillis() > after) {
            next = Math.min(next, state.getBelowSince() + rules.cooldown().toMillis());
        }
        return next;
    }

    /**
     * Evaluates the region at {@code now}. A rise is dated at {@code cause}, the event time of the
     * incident that causes it, when that incident arrived out of order (within grace) and already
     * makes the level on its own date: the alert and its id then do not depend on arrival order.
     */
    private Optional<EscalationAlert> evaluate(long now, long cause) {
        state.setEvaluatedAt(now);
        measures.moveTo(now, held);
        prune(now);
        EscalationLevel target = measures.level();
        int current = state.getLevel();
        if (target.ordinal() > current) {
            state.setBelowSince(null);
            boolean datedAtCause = cause < now && Measures.of(rules(), held, cause).level() == target;
            return Optional.of(change(target, datedAtCause ? cause : now));
        }
        if (target.ordinal() == current) {
            state.setBelowSince(null);
            return Optional.empty();
        }
        if (state.getBelowSince() == null) {
            state.setBelowSince(now);
        }
        if (now - state.getBelowSince() < rules().cooldown().toMillis()) {
            return Optional.empty();
        }
        state.setBelowSince(null);
        return Optional.of(change(target, now));
    }

    private EscalationAlert change(EscalationLevel to, long now) {
        Assessment assessment = assess(now);
        int previous = state.getLevel();
        int level = to.ordinal();
        state.setLevel(level);
        state.setLevelSince(now);
        AlertStatus status = level > previous
                ? (previous == 0 ? AlertStatus.RAISED : AlertStatus.ESCALATED)
                : (level == 0 ? AlertStatus.RESOLVED : AlertStatus.DEESCALATED);
        String region = state.getRegion();
        return EscalationAlert.newBuilder()
                .setAlertId(region + "-" + level + "-" + ALERT_ID_TIME.format(Instant.ofEpochMilli(now)))
                .setRegion(region)
                .setCountries(Regions.countriesOf(config, region))
                .setLevel(level)
                .setLevelName(to.name())
                .setPreviousLevel(previous)
                .setStatus(status)
                .setEventTime(Instant.ofEpochMilli(now))
                .setWindowStart(Instant.ofEpochMilli(now - rules().window().toMillis()))
                .setWindowEnd(Instant.ofEpochMilli(now))
                .setCounts(assessment.counts)
                .setFatalities(assessment.measures.fatalities)
                .setRetaliationChain(List.copyOf(assessment.chain.values()))
                .setReasons(List.copyOf(assessment.reasons))
                .setEvidence(Evidence.newBuilder()
                        .setIncidentIds(List.copyOf(assessment.incidentIds))
                        .setUrls(List.copyOf(assessment.urls))
                        .build())
                .setConfigVersion(config.version())
                .setIntensity(assessment.measures.intensity())
                .setBaselineIntensity(assessment.measures.baseline())
                .build();
    }

    /** Forgets incidents past every window and hold, and past the grace period after that. */
    private void prune(long now) {
        long before = now - measures.horizon() - rules().grace().toMillis();
        held.removeBefore(before);
        threats.headSet(Held.Slot.first(before)).clear();
    }

    /**
     * What the held incidents measure at one instant: intensity and deaths in the window, the
     * baseline before it, and the links and threats that set the upper rungs. Kept up to date
     * incrementally ({@link #count}, {@link #moveTo}), so that a record costs the incidents that
     * cross a window edge, not all the region holds. Intensity is summed in millionths, exactly,
     * so that the order incidents arrive in cannot change a comparison with a threshold.
     */
    private static final class Measures {
        private static final double MICROS = 1_000_000;

        final EngineConfig.Escalation rules;
        private final long window;
        private final long baselineEnd;
        private final long join;
        private final long threatHold;
        private long at;
        long intensityMicros;
        int fatalities;
        long baselineMicros;
        int retaliations;
        int cycles;
        int crossBorderCycles;
        int threats;

        private Measures(EngineConfig.Escalation rules, long at) {
            this.rules = rules;
            this.window = rules.window().toMillis();
            this.baselineEnd = window + rules.baseline().toMillis();
            this.join = rules.joinWindow().toMillis();
            this.threatHold = rules.threatHold().toMillis();
            this.at = at;
        }

        /** The measures at {@code at}, counted from every held incident. */
        static Measures of(EngineConfig.Escalation rules, Held<LinkedIncident> held, long at) {
            Measures m = new Measures(rules, at);
            held.between(at - m.horizon(), at).values().forEach(linked -> m.count(linked, 1));
            return m;
        }

        /** How long after its event time an incident can still count. */
        long horizon() {
            return Math.max(Math.max(baselineEnd, join), threatHold);
        }

        /** The ages at which an incident leaves a range: the window, the baseline, the join window (threats apart). */
        long[] reaches() {
            return new long[] {window, baselineEnd, join};
        }

        /** Adds ({@code sign} 1) or takes back (-1) what the incident counts for at the current instant. */
        void count(LinkedIncident linked, int sign) {
            Incident incident = linked.getIncident();
            long age = at - EventTime.of(incident);
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
                List<RetaliationLink> chain = linked.getChain();
                if (!chain.isEmpty() || incident.getIsRetaliation() && DyadLinks.isAttack(incident)) {
                    retaliations += sign;
                }
                if (chain.size() >= 2) {
                    cycles += sign;
                    if (crossesBorders(chain)) {
                        crossBorderCycles += sign;
                    }
                }
            }
            if (age < threatHold && linked.getThreatFollows() != null) {
                threats += sign;
            }
        }

        /** Moves the instant on: only the incidents that enter or leave a range between the two instants are counted again. */
        void moveTo(long to, Held<LinkedIncident> held) {
            if (to <= at) {
                return;
            }
            // Few incidents cross an edge at a time: a list, each once (an incident may cross two edges).
            List<LinkedIncident> crossing = new ArrayList<>();
            for (long edge : new long[] {0, window, baselineEnd, join, threatHold}) {
                for (LinkedIncident linked : held.between(at - edge, to - edge).values()) {
                    if (crossing.stream().noneMatch(seen -> seen == linked)) {
                        crossing.add(linked);
                    }
                }
            }
            crossing.forEach(linked -> count(linked, -1));
            at = to;
            crossing.forEach(linked -> count(linked, 1));
        }

        long weightMicros(Incident incident) {
            return Math.round(rules.weight(incident.getEventType()) * MICROS) + Math.round(rules.fatalityWeight() * MICROS) * deaths(incident);
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
            if (high() || surge() || threats > 0) {
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
    }

    /** What an alert says about the region at one instant: the measures, and the incidents behind them in words. */
    private static final class Assessment {
        final Measures measures;
        final Map<String, Integer> counts = new TreeMap<>();
        /** Links by attack and response id, so a link shared by several chains is shown once. */
        final Map<String, RetaliationLink> chain = new LinkedHashMap<>();
        final Set<String> reasons = new LinkedHashSet<>();
        final Set<String> incidentIds = new LinkedHashSet<>();
        final Set<String> urls = new LinkedHashSet<>();

        Assessment(Measures measures) {
            this.measures = measures;
        }

        void cite(Incident incident) {
            incidentIds.add(incident.getId());
            urls.addAll(incident.getSourceUrls());
        }
    }

    private Assessment assess(long now) {
        EngineConfig.Escalation rules = rules();
        Assessment a = new Assessment(Measures.of(rules, held, now));
        for (LinkedIncident linked : held.between(now - rules.window().toMillis(), now).values()) {
            Incident incident = linked.getIncident();
            a.counts.merge(incident.getEventType().name(), 1, Integer::sum);
            if (incident.getEventType() != EventType.THREAT) {
                a.cite(incident);
            }
        }
        explainIntensity(a);
        explainLinks(a, now);
        if (a.measures.massFatalities()) {
            a.reasons.add(a.measures.fatalities + " deaths in " + rules.window().toDays()
                    + " days, at or above the mass-fatality threshold (" + rules.levels().massFatalities() + ")");
        }
        return a;
    }

    private static void explainIntensity(Assessment a) {
        Measures m = a.measures;
        EngineConfig.Escalation rules = m.rules;
        long days = rules.window().toDays();
        if (m.high()) {
            a.reasons.add(String.format("intensity %.1f over %d days is at or above HIGH (%.1f)", m.intensity(), days, rules.levels().high()));
        } else if (m.elevated()) {
            a.reasons.add(String.format("intensity %.1f over %d days is at or above ELEVATED (%.1f)",
                    m.intensity(), days, rules.levels().elevated()));
        }
        if (m.surge()) {
            a.reasons.add(String.format(
                    "surge: intensity %.1f over %d days is at least %+.0f%% over the %d-day average (%.1f per %d days) and at least %.1f",
                    m.intensity(), days, rules.surge().increase() * 100, rules.baseline().toDays(), m.baseline(), days, rules.surge().floor()));
        }
    }

    /** Retaliation, cycles, spread and threats, from what the dyad stage attached to each incident. */
    private void explainLinks(Assessment a, long now) {
        EngineConfig.Escalation rules = rules();
        long joinStart = now - rules.joinWindow().toMillis();
        long threatStart = now - rules.threatHold().toMillis();
        for (LinkedIncident linked : held.between(Math.min(joinStart, threatStart), now).values()) {
            Incident incident = linked.getIncident();
            long time = EventTime.of(incident);
            if (linked.getThreatFollows() != null && time > threatStart) {
                IncidentRef attack = linked.getThreatFollows();
                a.cite(incident);
                a.incidentIds.add(attack.getIncidentId());
                a.reasons.add(String.format("%s, in dyad %s whose last attack was %s's %s in %s on %s, threatens more force",
                        incident.getActorSide(), DyadLinks.dyadOf(incident).orElseThrow(), attack.getActorSide(),
                        words(attack.getEventType()), attack.getCountryCode(), date(attack.getEventTime())));
            }
            if (time <= joinStart) {
                continue;
            }
            List<RetaliationLink> chain = linked.getChain();
            if (!chain.isEmpty()) {
                explainChain(incident, chain, rules, a);
            } else if (incident.getIsRetaliation() && DyadLinks.isAttack(incident)) {
                a.cite(incident);
                a.reasons.add(String.format("%s %s in %s on %s is reported as retaliation for %s",
                        incident.getActorSide() == null ? "unknown side" : incident.getActorSide(), words(incident.getEventType().name()),
                        incident.getCountryCode(), incident.getEventDate(),
                        incident.getRetaliationFor() == null ? "an earlier attack" : incident.getRetaliationFor()));
            }
        }
    }

    private static void explainChain(Incident response, List<RetaliationLink> chain, EngineConfig.Escalation rules, Assessment a) {
        RetaliationLink last = chain.get(chain.size() - 1);
        IncidentRef attack = last.getAttack();
        a.cite(response);
        for (RetaliationLink link : chain) {
            a.chain.put(link.getAttack().getIncidentId() + ">" + link.getResponse().getIncidentId(), link);
            a.incidentIds.add(link.getAttack().getIncidentId());
        }
        a.reasons.add(String.format("%s answered %s's %s in %s with %s in %s %.0f hours later",
                response.getActorSide(), attack.getActorSide(), words(attack.getEventType()), attack.getCountryCode(),
                withArticle(words(response.getEventType().name())), response.getCountryCode(), last.getLagHours()));
        if (!attack.getCountryCode().equals(response.getCountryCode())) {
            a.reasons.add(String.format("spread: the retaliation landed in %s, the attack it answers was in %s",
                    response.getCountryCode(), attack.getCountryCode()));
        }
        if (chain.size() < 2) {
            return;
        }
        String dyad = DyadLinks.dyadOf(response).orElseThrow();
        a.reasons.add(String.format("cycle: dyad %s reversed %d times, each answer within %d days (tit-for-tat)",
                dyad, chain.size(), rules.joinWindow().toDays()));
        Set<String> countries = countries(chain);
        if (countries.size() > 1) {
            a.reasons.add("crisis: the tit-for-tat cycle in dyad " + dyad + " spreads across borders ("
                    + String.join(", ", countries) + ")");
        }
    }

    /** True when the chain's attacks and responses are not all in one country. */
    private static boolean crossesBorders(List<RetaliationLink> chain) {
        String first = chain.get(0).getAttack().getCountryCode();
        for (RetaliationLink link : chain) {
            if (!first.equals(link.getAttack().getCountryCode()) || !first.equals(link.getResponse().getCountryCode())) {
                return true;
            }
        }
        return false;
    }

    /** The countries a chain of reversals touches, in order. */
    private static Set<String> countries(List<RetaliationLink> chain) {
        Set<String> countries = new LinkedHashSet<>();
        chain.forEach(link -> {
            countries.add(link.getAttack().getCountryCode());
            countries.add(link.getResponse().getCountryCode());
        });
        return countries;
    }

    private static int deaths(Incident incident) {
        return incident.getFatalities() == null ? 0 : incident.getFatalities();
    }

    private static String words(String eventType) {
        return eventType.toLowerCase().replace('_', ' ');
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String date(Instant time) {
        return time.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
