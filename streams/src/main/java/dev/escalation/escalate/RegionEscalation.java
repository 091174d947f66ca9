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
 * alerts equal the in-order run's only when each region's incidents reach this stage in event-time
 * order, which with more than one partition the repartition hops do not guarantee.
 */
public final class RegionEscalation {

    private static final DateTimeFormatter ALERT_ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final EngineConfig config;

    public RegionEscalation(EngineConfig config) {
        this.config = config;
    }

    public static RegionState newState(String region) {
        return RegionState.newBuilder().setRegion(region).setRecent(new ArrayList<>()).build();
    }

    /**
     * True when the incident is older than the region's latest event by more than the grace period,
     * or older than the time up to which the region has already been evaluated with no incident.
     */
    public boolean isLate(RegionState state, Incident incident) {
        long time = EventTime.of(incident);
        return time < state.getClosedUntil()
                || !state.getRecent().isEmpty() && time < state.getClock() - rules(state).grace().toMillis();
    }

    /**
     * Adds the incident and returns the alerts it causes: first any changes that event time brought
     * before the incident (windows emptying, cool-downs ending), then its own. An incident held
     * already is counted once: an identical copy changes nothing, a different one (the dyad stage
     * re-linked it) replaces the held copy and the region is evaluated again.
     */
    public List<EscalationAlert> onIncident(RegionState state, LinkedIncident linked) {
        Incident incident = linked.getIncident();
        List<LinkedIncident> recent = new ArrayList<>(state.getRecent());
        if (recent.contains(linked)) {
            return List.of();
        }
        recent.removeIf(held -> held.getIncident().getId().equals(incident.getId()));
        state.setRecent(recent);
        long time = EventTime.of(incident);
        long now = Math.max(state.getEvaluatedAt(), time);
        List<EscalationAlert> alerts = advance(state, now, false);
        recent = new ArrayList<>(state.getRecent());
        int at = recent.size();
        while (at > 0 && EventTime.ORDER.compare(recent.get(at - 1).getIncident(), incident) > 0) {
            at--;
        }
        recent.add(at, linked);
        state.setRecent(recent);
        state.setClock(Math.max(state.getClock(), time));
        evaluate(state, now, time).ifPresent(alerts::add);
        return alerts;
    }

    /** Lets event time pass with no new incident, so that levels cool down; no incident before {@code now} is taken after. */
    public List<EscalationAlert> onTime(RegionState state, long now) {
        if (now <= state.getEvaluatedAt()) {
            return List.of();
        }
        state.setClosedUntil(now);
        List<EscalationAlert> alerts = advance(state, now, true);
        evaluate(state, now, now).ifPresent(alerts::add);
        return alerts;
    }

    private EngineConfig.Escalation rules(RegionState state) {
        return config.escalation(state.getRegion());
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
            evaluate(state, next, next).ifPresent(alerts::add);
        }
        return alerts;
    }

    /** The first instant after the last evaluation when an incident leaves a window or a hold, or a cool-down ends. */
    private long nextCheckpoint(RegionState state) {
        EngineConfig.Escalation rules = rules(state);
        long window = rules.window().toMillis();
        long after = state.getEvaluatedAt();
        List<Long> candidates = new ArrayList<>();
        for (LinkedIncident linked : state.getRecent()) {
            long time = EventTime.of(linked.getIncident());
            candidates.add(time + window);
            candidates.add(time + window + rules.baseline().toMillis());
            candidates.add(time + rules.joinWindow().toMillis());
            if (linked.getThreatFollows() != null) {
                candidates.add(time + rules.threatHold().toMillis());
            }
        }
        if (state.getBelowSince() != null) {
            candidates.add(state.getBelowSince() + rules.cooldown().toMillis());
        }
        return candidates.stream().filter(t -> t > after).min(Long::compare).orElse(Long.MAX_VALUE);
    }

    /**
     * Evaluates the region at {@code now}. A rise is dated at {@code cause}, the event time of the
     * incident that causes it, when that incident arrived out of order (within grace) and already
     * makes the level on its own date: the alert and its id then do not depend on arrival order.
     */
    private Optional<EscalationAlert> evaluate(RegionState state, long now, long cause) {
        state.setEvaluatedAt(now);
        prune(state, now);
        Assessment assessment = assess(state, now);
        int current = state.getLevel();
        int target = assessment.level.ordinal();
        if (target > current) {
            state.setBelowSince(null);
            Assessment atCause = cause < now ? assess(state, cause) : assessment;
            return Optional.of(atCause.level == assessment.level
                    ? change(state, atCause, cause) : change(state, assessment, now));
        }
        if (target == current) {
            state.setBelowSince(null);
            return Optional.empty();
        }
        if (state.getBelowSince() == null) {
            state.setBelowSince(now);
        }
        if (now - state.getBelowSince() < rules(state).cooldown().toMillis()) {
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
                .setCountries(Regions.countriesOf(config, region))
                .setLevel(level)
                .setLevelName(assessment.level.name())
                .setPreviousLevel(previous)
                .setStatus(status)
                .setEventTime(Instant.ofEpochMilli(now))
                .setWindowStart(Instant.ofEpochMilli(now - rules(state).window().toMillis()))
                .setWindowEnd(Instant.ofEpochMilli(now))
                .setCounts(assessment.counts)
                .setFatalities(assessment.fatalities)
                .setRetaliationChain(List.copyOf(assessment.chain.values()))
                .setReasons(List.copyOf(assessment.reasons))
                .setEvidence(Evidence.newBuilder()
                        .setIncidentIds(List.copyOf(assessment.incidentIds))
                        .setUrls(List.copyOf(assessment.urls))
                        .build())
                .setConfigVersion(config.version())
                .setIntensity(assessment.intensity)
                .setBaselineIntensity(assessment.baseline)
                .build();
    }

    /** Forgets incidents past every window; copies into a list of our own (Avro's decoded arrays cannot remove). */
    private void prune(RegionState state, long now) {
        EngineConfig.Escalation rules = rules(state);
        long horizon = Math.max(Math.max(rules.window().plus(rules.baseline()).toMillis(), rules.joinWindow().toMillis()),
                rules.threatHold().toMillis()) + rules.grace().toMillis();
        List<LinkedIncident> kept = new ArrayList<>(state.getRecent().size() + 1);
        for (LinkedIncident linked : state.getRecent()) {
            if (EventTime.of(linked.getIncident()) >= now - horizon) {
                kept.add(linked);
            }
        }
        state.setRecent(kept);
    }

    /** What the incidents in the windows say, with the reasons in words. */
    private static final class Assessment {
        EscalationLevel level = EscalationLevel.CALM;
        final Map<String, Integer> counts = new TreeMap<>();
        int fatalities;
        double intensity;
        double baseline;
        /** Links by attack and response id, so a link shared by several chains is shown once. */
        final Map<String, RetaliationLink> chain = new LinkedHashMap<>();
        final Set<String> reasons = new LinkedHashSet<>();
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

    private Assessment assess(RegionState state, long now) {
        EngineConfig.Escalation rules = rules(state);
        Assessment a = new Assessment();
        long windowStart = now - rules.window().toMillis();
        long baselineStart = windowStart - rules.baseline().toMillis();
        double baselineTotal = 0;
        for (LinkedIncident linked : state.getRecent()) {
            Incident incident = linked.getIncident();
            long time = EventTime.of(incident);
            int deaths = incident.getFatalities() == null ? 0 : incident.getFatalities();
            double weight = rules.weight(incident.getEventType()) + rules.fatalityWeight() * deaths;
            if (time > baselineStart && time <= windowStart) {
                baselineTotal += weight;
            }
            if (time <= windowStart || time > now) {
                continue;
            }
            a.counts.merge(incident.getEventType().name(), 1, Integer::sum);
            a.fatalities += deaths;
            a.intensity += weight;
            if (incident.getEventType() != EventType.THREAT) {
                a.cite(incident);
            }
        }
        a.baseline = baselineTotal * rules.window().toMillis() / rules.baseline().toMillis();
        assessIntensity(rules, a);
        assessLinks(state, rules, now, a);
        if (a.fatalities >= rules.levels().massFatalities()) {
            a.raise(EscalationLevel.CRISIS, a.fatalities + " deaths in " + rules.window().toDays()
                    + " days, at or above the mass-fatality threshold (" + rules.levels().massFatalities() + ")");
        }
        return a;
    }

    /**
     * Intensity against the thresholds, and surge against the trailing baseline. A surge makes a
     * region HIGH, not more: it says the violence is unusual for the region, which is what HIGH
     * means for a region with a low baseline; the rungs above say who answers whom, which a count
     * cannot tell.
     */
    private static void assessIntensity(EngineConfig.Escalation rules, Assessment a) {
        EngineConfig.Levels levels = rules.levels();
        long days = rules.window().toDays();
        if (a.intensity >= levels.high()) {
            a.raise(EscalationLevel.HIGH, String.format("intensity %.1f over %d days is at or above HIGH (%.1f)",
                    a.intensity, days, levels.high()));
        } else if (a.intensity >= levels.elevated()) {
            a.raise(EscalationLevel.ELEVATED, String.format("intensity %.1f over %d days is at or above ELEVATED (%.1f)",
                    a.intensity, days, levels.elevated()));
        }
        EngineConfig.Surge surge = rules.surge();
        if (a.intensity >= surge.floor() && a.intensity >= (1 + surge.increase()) * a.baseline) {
            a.raise(EscalationLevel.HIGH, String.format(
                    "surge: intensity %.1f over %d days is at least %+.0f%% over the %d-day average (%.1f per %d days) and at least %.1f",
                    a.intensity, days, surge.increase() * 100, rules.baseline().toDays(), a.baseline, days, surge.floor()));
        }
    }

    /** Retaliation, cycles, spread and threats, from what the dyad stage attached to each incident. */
    private static void assessLinks(RegionState state, EngineConfig.Escalation rules, long now, Assessment a) {
        long joinStart = now - rules.joinWindow().toMillis();
        long threatStart = now - rules.threatHold().toMillis();
        for (LinkedIncident linked : state.getRecent()) {
            Incident incident = linked.getIncident();
            long time = EventTime.of(incident);
            if (time > now) {
                break;
            }
            if (linked.getThreatFollows() != null && time > threatStart) {
                IncidentRef attack = linked.getThreatFollows();
                a.cite(incident);
                a.incidentIds.add(attack.getIncidentId());
                a.raise(EscalationLevel.HIGH, String.format("%s, in dyad %s whose last attack was %s's %s in %s on %s, threatens more force",
                        incident.getActorSide(), DyadLinks.dyadOf(incident).orElseThrow(), attack.getActorSide(),
                        words(attack.getEventType()), attack.getCountryCode(), date(attack.getEventTime())));
            }
            if (time <= joinStart) {
                continue;
            }
            List<RetaliationLink> chain = linked.getChain();
            if (!chain.isEmpty()) {
                assessChain(incident, chain, rules, a);
            } else if (incident.getIsRetaliation() && DyadLinks.isAttack(incident)) {
                a.cite(incident);
                a.raise(EscalationLevel.RETALIATION, String.format("%s %s in %s on %s is reported as retaliation for %s",
                        incident.getActorSide() == null ? "unknown side" : incident.getActorSide(), words(incident.getEventType().name()),
                        incident.getCountryCode(), incident.getEventDate(),
                        incident.getRetaliationFor() == null ? "an earlier attack" : incident.getRetaliationFor()));
            }
        }
    }

    private static void assessChain(Incident response, List<RetaliationLink> chain, EngineConfig.Escalation rules, Assessment a) {
        RetaliationLink last = chain.get(chain.size() - 1);
        IncidentRef attack = last.getAttack();
        a.cite(response);
        for (RetaliationLink link : chain) {
            a.chain.put(link.getAttack().getIncidentId() + ">" + link.getResponse().getIncidentId(), link);
            a.incidentIds.add(link.getAttack().getIncidentId());
        }
        a.raise(EscalationLevel.RETALIATION, String.format("%s answered %s's %s in %s with %s in %s %.0f hours later",
                response.getActorSide(), attack.getActorSide(), words(attack.getEventType()), attack.getCountryCode(),
                withArticle(words(response.getEventType().name())), response.getCountryCode(), last.getLagHours()));
        if (!attack.getCountryCode().equals(response.getCountryCode())) {
            a.raise(EscalationLevel.RETALIATION, String.format("spread: the retaliation landed in %s, the attack it answers was in %s",
                    response.getCountryCode(), attack.getCountryCode()));
        }
        if (chain.size() < 2) {
            return;
        }
        String dyad = DyadLinks.dyadOf(response).orElseThrow();
        a.raise(EscalationLevel.CYCLE, String.format("cycle: dyad %s reversed %d times, each answer within %d days (tit-for-tat)",
                dyad, chain.size(), rules.joinWindow().toDays()));
        Set<String> countries = new LinkedHashSet<>();
        chain.forEach(link -> {
            countries.add(link.getAttack().getCountryCode());
            countries.add(link.getResponse().getCountryCode());
        });
        if (countries.size() > 1) {
            a.raise(EscalationLevel.CRISIS, "crisis: the tit-for-tat cycle in dyad " + dyad + " spreads across borders ("
                    + String.join(", ", countries) + ")");
        }
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
