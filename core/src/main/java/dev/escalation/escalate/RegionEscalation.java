package dev.escalation.escalate;

import dev.escalation.model.EventTime;
import dev.escalation.model.Regions;
import dev.escalation.model.EscalationLevel;
import dev.escalation.model.Timeline;
import dev.escalation.config.EngineConfig;
import dev.escalation.records.AlertStatus;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Evidence;
import dev.escalation.records.Incident;
import dev.escalation.records.RegionState;
import dev.escalation.rules.Assessment;
import dev.escalation.rules.Ladder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
    private final Timeline<LinkedIncident> held = new Timeline<>();
    /** The held threats that follow an attack: the only incidents with a threat hold to time. */
    private final Timeline<LinkedIncident> threats = new Timeline<>();
    /** What the held incidents measure at the last evaluation, kept up to date as incidents come and time passes. */
    private Ladder ladder;
    private EngineConfig config;
    /** See {@link #takeChanged}. */
    private boolean changed;

    /** @param state the region's level and clocks, as last stored */
    public RegionEscalation(RegionState state) {
        this.state = state;
    }

    /** A region seen for the first time. */
    public static RegionEscalation newRegion(String region) {
        return new RegionEscalation(RegionState.newBuilder().setRegion(region).build());
    }

    /** The region's level and clocks, to store after each call that changed them. */
    public RegionState state() {
        return state;
    }

    /** How many incidents the region holds. */
    public int heldCount() {
        return held.size();
    }

    /**
     * Holds the incident, or its copy with new links in place of the old, without evaluating
     * anything: what it changes counts from the region's next evaluation on. For an incident held
     * before a restart (the level and clocks are those stored, {@link #state}), and for a re-link
     * that comes after the region has moved on past the grace period, so that the running task and
     * a restarted one hold the same links.
     */
    public void holdWithoutEvaluating(LinkedIncident linked) {
        LinkedIncident previous = hold(linked);
        if (previous != null && previous.threatFollows() != null && linked.threatFollows() == null) {
            threats.remove(previous.incident().getId());
        }
        // The clocks that every incident moves are not stored with each (see takeChanged): they follow from the incidents.
        state.setClock(Math.max(state.getClock(), linked.time()));
        state.setEvaluatedAt(Math.max(state.getEvaluatedAt(), state.getClock()));
        ladder = null;
    }

    /**
     * Whether the state changed, since the last call, in a way the incidents alone cannot tell
     * again: the level, the start of its cool-down, or the time evaluated up to with no incident.
     * Only then need it be stored; its clock and the time evaluated up to follow from the incidents
     * it holds ({@link #holdWithoutEvaluating}), and every incident moves them.
     */
    public boolean takeChanged() {
        boolean was = changed;
        changed = false;
        return was;
    }

    private void belowSince(Long since) {
        if (!Objects.equals(since, state.getBelowSince())) {
            state.setBelowSince(since);
            changed = true;
        }
    }

    /** How an incident stands with the region's clock; see {@link #lateness}. */
    public enum Lateness {
        /** Within the grace period: taken in event-time order. */
        ON_TIME,
        /** Later than grace, within its feed's report horizon: counted at its own event time, from now on. */
        LATE_REPORT,
        /** Beyond its feed's report horizon, or older than every window: background, not counted. */
        BACKGROUND
    }

    /**
     * Whether the incident is on time, a late report or background: late when it is older than the
     * region's latest event by more than the grace period, or older than the time up to which the
     * region has already been evaluated with no incident; background when it is older than that by
     * more than its feed's report horizon, or than any rule can count.
     */
    public Lateness lateness(EngineConfig config, Incident incident) {
        long time = EventTime.of(incident);
        EngineConfig.Escalation rules = config.escalation(state.getRegion());
        if (time >= state.getClosedUntil() && (held.isEmpty() || time >= state.getClock() - rules.grace().toMillis())) {
            return Lateness.ON_TIME;
        }
        long reached = Math.max(state.getClock(), state.getClosedUntil());
        long horizon = Math.min(rules.reportHorizon(incident.getFeed()).toMillis(), Ladder.reach(rules));
        return time < reached - horizon ? Lateness.BACKGROUND : Lateness.LATE_REPORT;
    }

    /**
     * Adds the incident and returns the alerts it causes: first any changes that event time brought
     * before the incident (windows emptying, cool-downs ending), then its own. An incident held
     * already is counted once: an identical copy changes nothing, a different one (the dyad stage
     * re-linked it) replaces the held copy and the region is evaluated again.
     */
    public List<EscalationAlert> onIncident(EngineConfig config, LinkedIncident linked) {
        use(config);
        Incident incident = linked.incident();
        LinkedIncident previous = held.get(incident.getId());
        if (linked.equals(previous)) {
            return List.of();
        }
        if (previous != null) {
            ladder.count(previous, -1);
            held.remove(incident.getId());
            threats.remove(incident.getId());
        }
        long time = linked.time();
        long now = Math.max(state.getEvaluatedAt(), time);
        List<EscalationAlert> alerts = advance(now, false);
        hold(linked);
        ladder.count(linked, 1);
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
        changed = true;
        List<EscalationAlert> alerts = advance(now, true);
        evaluate(now, now).ifPresent(alerts::add);
        return alerts;
    }

    /** Takes the config of this call; measures kept under other settings are taken again. */
    private void use(EngineConfig config) {
        this.config = config;
        EngineConfig.Escalation rules = config.escalation(state.getRegion());
        Double seeded = config.regions().baselines().get(state.getRegion());
        if (ladder == null || ladder.settings != rules && !ladder.settings.equals(rules) || !Objects.equals(seeded, ladder.seeded)) {
            ladder = new Ladder(rules, seeded, state, held, threats, state.getEvaluatedAt());
        }
    }

    /** The region's rules in force: those the ladder was taken under ({@link #use}). */
    private EngineConfig.Escalation rules() {
        return ladder.settings;
    }

    /** Holds the incident in place of any copy of it; returns the copy it replaced, or null. */
    private LinkedIncident hold(LinkedIncident linked) {
        Incident incident = linked.incident();
        long time = linked.time();
        if (state.getObservedSince() == null || time < state.getObservedSince()) {
            state.setObservedSince(time); // the earliest incident, whatever the order they came in
            changed = true;
        }
        if (linked.threatFollows() != null) {
            threats.put(time, incident.getId(), linked);
        }
        return held.put(time, incident.getId(), linked);
    }

    /**
     * Evaluates the region at every instant before {@code to} (or at it, when {@code inclusive})
     * where its conditions can change with no new incident, so that each change is dated exactly,
     * whenever and however often the engine looks.
     */
    private List<EscalationAlert> advance(long to, boolean inclusive) {
        List<EscalationAlert> alerts = new ArrayList<>(0);
        long next;
        while ((next = nextCheckpoint()) < to || (inclusive && next == to)) {
            evaluate(next, next).ifPresent(alerts::add);
        }
        return alerts;
    }

    /** The first instant after the last evaluation when an incident leaves a window or a hold, or a cool-down ends. */
    private long nextCheckpoint() {
        long next = ladder.nextEdgeCrossing();
        Long belowSince = state.getBelowSince();
        long cooldown = rules().cooldown().toMillis();
        if (belowSince != null && belowSince + cooldown > state.getEvaluatedAt()) {
            next = Math.min(next, belowSince + cooldown);
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
        ladder.moveTo(now);
        prune(now);
        EscalationLevel target = ladder.level();
        int current = state.getLevel();
        if (target.ordinal() > current) {
            belowSince(null);
            boolean datedAtCause = cause < now && new Ladder(rules(), ladder.seeded, state, held, threats, cause).level() == target;
            return Optional.of(change(target, datedAtCause ? cause : now));
        }
        if (target.ordinal() == current) {
            belowSince(null);
            return Optional.empty();
        }
        if (state.getBelowSince() == null) {
            belowSince(now);
        }
        if (now - state.getBelowSince() < rules().cooldown().toMillis()) {
            return Optional.empty();
        }
        belowSince(null);
        return Optional.of(change(target, now));
    }

    private EscalationAlert change(EscalationLevel to, long now) {
        Ladder measures = new Ladder(rules(), ladder.seeded, state, held, threats, now);
        Assessment assessment = Assessment.of(measures, held, now);
        int previous = state.getLevel();
        int level = to.ordinal();
        state.setLevel(level);
        state.setLevelSince(now);
        changed = true;
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
                .setCounts(assessment.counts())
                .setFatalities(measures.fatalities())
                .setRetaliationChain(assessment.chain())
                .setReasons(assessment.reasons())
                .setEvidence(Evidence.newBuilder()
                        .setIncidentIds(assessment.incidentIds())
                        .setUrls(assessment.urls())
                        .build())
                .setConfigVersion(config.version())
                .setIntensity(measures.intensity())
                .setBaselineIntensity(measures.baseline())
                .setEvidenceStrength(assessment.strength())
                .build();
    }

    /** Forgets incidents past every window and hold, and past the grace period after that. */
    private void prune(long now) {
        long before = now - ladder.reach() - rules().grace().toMillis();
        held.removeBefore(before);
        threats.removeBefore(before);
    }
}
