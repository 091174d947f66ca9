package dev.escalation.escalate;

import dev.escalation.config.EngineConfig;
import dev.escalation.records.AlertStatus;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.EventType;
import dev.escalation.records.Evidence;
import dev.escalation.records.Incident;
import dev.escalation.records.IncidentRef;
import dev.escalation.records.RegionState;
import dev.escalation.records.RetaliationLink;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The escalation state machine of one region, in event time. A level rises as soon as an incident
 * makes its condition true; it falls only after the condition has stayed false for the cool-down.
 * Each change of level gives exactly one alert. Windows are half-open, (now - length, now]: an
 * incident leaves a window exactly one window length after it happened.
 */
public final class RegionEscalation {

    private static final DateTimeFormatter ALERT_ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final EngineConfig config;
    private final EngineConfig.Escalation rules;

    public RegionEscalation(EngineConfig config) {
        this.config = config;
        this.rules = config.escalation();
    }

    public static RegionState newState(String region) {
        return RegionState.newBuilder().setRegion(region).setRecent(new ArrayList<>()).build();
    }

    /** True when the incident is older than the region's latest event by more than the grace period. */
    public boolean isLate(RegionState state, Incident incident) {
        return !state.getRecent().isEmpty() && EventTime.of(incident) < state.getClock() - rules.grace().toMillis();
    }

    /**
     * Adds the incident (once per id) and returns the alerts it causes: first any changes that event
     * time brought before the incident (windows emptying, cool-downs ending), then its own.
     */
    public List<EscalationAlert> onIncident(RegionState state, Incident incident) {
        if (state.getRecent().stream().anyMatch(i -> i.getId().equals(incident.getId()))) {
            return List.of();
        }
        long time = EventTime.of(incident);
        long now = Math.max(state.getEvaluatedAt(), time);
        List<EscalationAlert> alerts = advance(state, now, false);
        List<Incident> recent = new ArrayList<>(state.getRecent());
        int at = recent.size();
        while (at > 0 && EventTime.of(recent.get(at - 1)) > time) {
            at--;
        }
        recent.add(at, incident);
        state.setRecent(recent);
        state.setClock(Math.max(state.getClock(), time));
        evaluate(state, now).ifPresent(alerts::add);
        return alerts;
    }

    /** Lets event time pass with no new incident, so that levels cool down. */
    public List<EscalationAlert> onTime(RegionState state, long now) {
        if (now <= state.getEvaluatedAt()) {
            return List.of();
        }
        List<EscalationAlert> alerts = advance(state, now, true);
        evaluate(state, now).ifPresent(alerts::add);
        return alerts;
    }

    /**
     * Evaluates the region at every instant before {@code to} (or at it, when {@code inclusive})
     * where its conditions can change with no new incident, so that each change is dated exactly,
     * whenever and however often the engine looks.
     */
    private List<EscalationAlert> advance(RegionState state, long to, boolean inclusive) {
        List<EscalationAlert> alerts = new ArrayList<>();
        long next;
        while ((next = nextCheckpoint(state)) < to || (inclusive && next == to)) {
            evaluate(state, next).ifPresent(alerts::add);
        }
        return alerts;
    }

    /** The first instant after the last evaluation when an incident leaves a window or a cool-down ends. */
    private long nextCheckpoint(RegionState state) {
        long after = state.getEvaluatedAt();
        long next = Long.MAX_VALUE;
        for (Incident incident : state.getRecent()) {
            long time = EventTime.of(incident);
            for (long leaves : new long[] {time + rules.window().toMillis(), time + rules.joinWindow().toMillis()}) {
                if (leaves > after && leaves < next) {
                    next = leaves;
                }
            }
        }
        if (state.getBelowSince() != null) {
            long coolDownEnds = state.getBelowSince() + rules.cooldown().toMillis();
            if (coolDownEnds > after && coolDownEnds < next) {
                next = coolDownEnds;
            }
        }
        return next;
    }

    private Optional<EscalationAlert> evaluate(RegionState state, long now) {
        state.setEvaluatedAt(now);
        prune(state, now);
        Assessment assessment = assess(state.getRecent(), now);
        int current = state.getLevel();
        int target = assessment.level.ordinal();
        if (target > current) {
            state.setBelowSince(null);
            return Optional.of(change(state, assessment, now));
        }
        if (target == current) {
            state.setBelowSince(null);
            return Optional.empty();
        }
        if (state.getBelowSince() == null) {
            state.setBelowSince(now);
        }
        if (now - state.getBelowSince() < rules.cooldown().toMillis()) {
            return Optional.empty();
        }
        state.setBelowSince(null);
        return Optional.of(change(state, assessment, now));
    }

    private EscalationAlert change(RegionState state, Assessment assessment, long now) {
        int previous = state.getLevel();
        int level = assessment.level.ordinal();
        state.setLevel(level);
        state.setLevelSince(now);
        AlertStatus status = level > previous
                ? (previous == 0 ? AlertStatus.RAISED : AlertStatus.ESCALATED)
                : (level == 0 ? AlertStatus.RESOLVED : AlertStatus.DEESCALATED);
        String region = state.getRegion();
        return EscalationAlert.newBuilder()
                .setAlertId(region + "-" + level + "-" + ALERT_ID_TIME.format(Instant.ofEpochMilli(now)))
                .setRegion(region)
                .setCountries(Regions.countriesOf(region))
                .setLevel(level)
                .setLevelName(assessment.level.name())
                .setPreviousLevel(previous)
                .setStatus(status)
                .setEventTime(Instant.ofEpochMilli(now))
                .setWindowStart(Instant.ofEpochMilli(now - rules.window().toMillis()))
                .setWindowEnd(Instant.ofEpochMilli(now))
                .setCounts(assessment.counts)
                .setFatalities(assessment.fatalities)
                .setRetaliationChain(assessment.chain)
                .setReasons(assessment.reasons)
                .setEvidence(Evidence.newBuilder()
                        .setIncidentIds(List.copyOf(assessment.incidentIds))
                        .setUrls(List.copyOf(assessment.urls))
                        .build())
                .setConfigVersion(config.version())
                .build();
    }

    /** Forgets incidents past every window; copies into a list of our own (Avro's decoded arrays cannot remove). */
    private void prune(RegionState state, long now) {
        long horizon = Math.max(rules.window().toMillis(), rules.joinWindow().toMillis()) + rules.grace().toMillis();
        List<Incident> kept = new ArrayList<>(state.getRecent().size() + 1);
        for (Incident incident : state.getRecent()) {
            if (EventTime.of(incident) >= now - horizon) {
                kept.add(incident);
            }
        }
        state.setRecent(kept);
    }

    /** What the incidents in the windows say, with the reasons in words. */
    private static final class Assessment {
        EscalationLevel level = EscalationLevel.CALM;
        final Map<String, Integer> counts = new TreeMap<>();
        int fatalities;
        final List<RetaliationLink> chain = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
        final Set<String> incidentIds = new LinkedHashSet<>();
        final Set<String> urls = new LinkedHashSet<>();

        void raise(EscalationLevel to, String reason) {
            if (to.compareTo(level) > 0) {
                level = to;
            }
            reasons.add(reason);
        }

        void cite(Incident incident) {
            incidentIds.add(incident.getId());
            urls.addAll(incident.getSourceUrls());
        }
    }

    private Assessment assess(List<Incident> recent, long now) {
        Assessment a = new Assessment();
        long windowStart = now - rules.window().toMillis();
        double intensity = 0;
        for (Incident incident : recent) {
            long time = EventTime.of(incident);
            if (time <= windowStart || time > now) {
                continue;
            }
            a.counts.merge(incident.getEventType().name(), 1, Integer::sum);
            int deaths = incident.getFatalities() == null ? 0 : incident.getFatalities();
            a.fatalities += deaths;
            intensity += rules.weight(incident.getEventType()) + rules.fatalityWeight() * deaths;
            if (incident.getEventType() != EventType.THREAT) {
                a.cite(incident);
            }
        }
        EngineConfig.Levels levels = rules.levels();
        if (intensity >= levels.high()) {
            a.raise(EscalationLevel.HIGH, String.format("intensity %.1f over %d days is at or above HIGH (%.1f)",
                    intensity, rules.window().toDays(), levels.high()));
        } else if (intensity >= levels.elevated()) {
            a.raise(EscalationLevel.ELEVATED, String.format("intensity %.1f over %d days is at or above ELEVATED (%.1f)",
                    intensity, rules.window().toDays(), levels.elevated()));
        }
        assessRetaliation(recent, now, a);
        if (a.fatalities >= levels.massFatalities()) {
            a.raise(EscalationLevel.CRISIS, a.fatalities + " deaths in " + rules.window().toDays()
                    + " days, at or above the mass-fatality threshold (" + levels.massFatalities() + ")");
        }
        return a;
    }

    /** Retaliation: a reverse attack in the same dyad within the join window, or one the text ties to an earlier attack. */
    private void assessRetaliation(List<Incident> recent, long now, Assessment a) {
        long joinStart = now - rules.joinWindow().toMillis();
        Map<String, Integer> reversalsByDyad = new TreeMap<>();
        for (int j = 0; j < recent.size(); j++) {
            Incident response = recent.get(j);
            long responseTime = EventTime.of(response);
            if (!isAttack(response) || responseTime <= joinStart || responseTime > now) {
                continue;
            }
            Incident attack = provokingAttack(recent, j);
            if (attack != null) {
                double lagHours = (responseTime - EventTime.of(attack)) / 3_600_000.0;
                a.chain.add(RetaliationLink.newBuilder()
                        .setAttack(ref(attack)).setResponse(ref(response))
                        .setLagHours(lagHours).setExplicit(response.getIsRetaliation()).build());
                a.cite(attack);
                a.cite(response);
                String dyad = dyad(response);
                int reversals = reversalsByDyad.merge(dyad, 1, Integer::sum);
                a.raise(EscalationLevel.RETALIATION, String.format("%s answered %s's %s with a %s %.0f hours later",
                        response.getActorSide(), attack.getActorSide(), words(attack), words(response), lagHours));
                if (reversals >= 2) {
                    a.raise(EscalationLevel.CYCLE, "dyad " + dyad + " reversed " + reversals + " times within "
                            + rules.joinWindow().toDays() + " days (tit-for-tat)");
                }
            } else if (response.getIsRetaliation()) {
                a.cite(response);
                a.raise(EscalationLevel.RETALIATION, String.format("%s %s in %s on %s is reported as retaliation for %s",
                        response.getActorSide() == null ? "unknown side" : response.getActorSide(), words(response),
                        response.getCountryCode(), response.getEventDate(),
                        response.getRetaliationFor() == null ? "an earlier attack" : response.getRetaliationFor()));
            }
        }
    }

    /** The latest earlier attack by the response's target against the response's actor, inside the join window. */
    private Incident provokingAttack(List<Incident> recent, int responseIndex) {
        Incident response = recent.get(responseIndex);
        if (response.getActorSide() == null || response.getTargetSide() == null) {
            return null;
        }
        long responseTime = EventTime.of(response);
        for (int i = responseIndex - 1; i >= 0; i--) {
            Incident attack = recent.get(i);
            if (responseTime - EventTime.of(attack) >= rules.joinWindow().toMillis()) {
                return null;
            }
            if (isAttack(attack) && response.getTargetSide().equals(attack.getActorSide())
                    && response.getActorSide().equals(attack.getTargetSide())) {
                return attack;
            }
        }
        return null;
    }

    private static boolean isAttack(Incident incident) {
        return incident.getEventType() != EventType.THREAT && incident.getEventType() != EventType.INTERCEPTION;
    }

    private static String dyad(Incident incident) {
        String a = incident.getActorSide();
        String b = incident.getTargetSide();
        return a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
    }

    private static String words(Incident incident) {
        return incident.getEventType().name().toLowerCase().replace('_', ' ');
    }

    private static IncidentRef ref(Incident incident) {
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
