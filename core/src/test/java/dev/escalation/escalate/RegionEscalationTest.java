package dev.escalation.escalate;

import dev.escalation.model.EscalationLevel;
import dev.escalation.model.Dyad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.config.EngineConfig;
import dev.escalation.records.AlertStatus;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The state machine of one region, driven by incidents and the passing of event time. */
class RegionEscalationTest {

    private final EngineConfig config = EngineConfig.defaults();
    private final Map<String, DyadLinks> dyads = new HashMap<>();
    private final RegionEscalation iraq = RegionEscalation.newRegion("IQ");
    private final List<EscalationAlert> alerts = new ArrayList<>();

    @Test
    void oneAttackRaisesTheRegionButIsNoRetaliation() {
        feed(incident("a1", "2024-01-28", EventType.DRONE_ATTACK, "IRAN_AXIS", "US", 3));

        assertEquals(1, alerts.size());
        EscalationAlert alert = alerts.get(0);
        assertEquals(EscalationLevel.ELEVATED.ordinal(), alert.getLevel());
        assertEquals("ELEVATED", alert.getLevelName());
        assertEquals(AlertStatus.RAISED, alert.getStatus());
        assertEquals(0, alert.getPreviousLevel());
        assertTrue(alert.getRetaliationChain().isEmpty());
        assertEquals(List.of("a1"), alert.getEvidence().getIncidentIds());
        assertEquals("IQ-1-20240128T000000Z", alert.getAlertId());
    }

    @Test
    void aReverseAttackInsideTheJoinWindowIsRetaliationWithItsLag() {
        feed(incident("a1", "2024-01-28", EventType.DRONE_ATTACK, "IRAN_AXIS", "US", 3));
        feed(incident("r1", "2024-02-02", EventType.AIR_STRIKE, "US", "IRAN_AXIS", 16));

        EscalationAlert last = alerts.get(alerts.size() - 1);
        assertEquals(EscalationLevel.RETALIATION.ordinal(), last.getLevel());
        assertEquals(AlertStatus.ESCALATED, last.getStatus());
        assertEquals(1, last.getRetaliationChain().size());
        assertEquals("a1", last.getRetaliationChain().get(0).getAttack().getIncidentId());
        assertEquals("r1", last.getRetaliationChain().get(0).getResponse().getIncidentId());
        assertEquals(5 * 24.0, last.getRetaliationChain().get(0).getLagHours());
        assertTrue(last.getReasons().stream().anyMatch(r -> r.contains("US answered IRAN_AXIS's drone attack")), last.getReasons().toString());
    }

    @Test
    void aReverseAttackAfterTheJoinWindowIsNotRetaliation() {
        feed(incident("a1", "2024-01-01", EventType.DRONE_ATTACK, "IRAN_AXIS", "US", 0));
        feed(incident("r1", "2024-01-20", EventType.AIR_STRIKE, "US", "IRAN_AXIS", 0));

        assertTrue(alerts.stream().allMatch(a -> a.getLevel() < EscalationLevel.RETALIATION.ordinal()), alerts.toString());
    }

    @Test
    void anIncidentTheTextTiesToAnEarlierAttackIsRetaliationOnItsOwn() {
        Incident strike = incident("r1", "2024-02-02", EventType.AIR_STRIKE, "US", "IRAN_AXIS", 16);
        strike.setIsRetaliation(true);
        strike.setRetaliationFor("the 28 January drone attack on a US base in Jordan");
        feed(strike);

        EscalationAlert alert = alerts.get(0);
        assertEquals(EscalationLevel.RETALIATION.ordinal(), alert.getLevel());
        assertTrue(alert.getReasons().stream().anyMatch(r -> r.contains("retaliation for the 28 January drone attack")), alert.getReasons().toString());
    }

    @Test
    void threeStepsInOneDyadAreACycle() {
        feed(incident("a1", "2024-01-01", EventType.DRONE_ATTACK, "IRAN_AXIS", "US", 0));
        feed(incident("a2", "2024-01-03", EventType.AIR_STRIKE, "US", "IRAN_AXIS", 0));
        feed(incident("a3", "2024-01-05", EventType.ROCKET_ATTACK, "IRAN_AXIS", "US", 0));

        EscalationAlert last = alerts.get(alerts.size() - 1);
        assertEquals(EscalationLevel.CYCLE.ordinal(), last.getLevel());
        assertEquals(2, last.getRetaliationChain().size());
    }

    @Test
    void theSameIncidentTwiceCountsOnce() {
        Incident attack = incident("a1", "2024-01-28", EventType.DRONE_ATTACK, "IRAN_AXIS", "US", 3);
        feed(attack);
        feed(attack);

        assertEquals(1, alerts.size());
        assertEquals(1, iraq.heldCount());
    }

    @Test
    void aLevelFallsOnlyAfterTheCoolDownAndThenResolves() {
        feed(incident("a1", "2024-01-01", EventType.DRONE_ATTACK, "IRAN_AXIS", "US", 0));
        // The attack leaves the 7-day window on 8 January; the 3-day cool-down runs from then.
        tick("2024-01-09");
        tick("2024-01-10");
        assertEquals(1, alerts.size(), "still inside the cool-down");
        tick("2024-02-01");

        assertEquals(2, alerts.size(), "one alert, however late the engine looks");
        EscalationAlert resolved = alerts.get(1);
        assertEquals(Instant.parse("2024-01-11T00:00:00Z"), resolved.getEventTime(), "dated when the cool-down ended");
        assertEquals(AlertStatus.RESOLVED, resolved.getStatus());
        assertEquals(0, resolved.getLevel());
        assertEquals(1, resolved.getPreviousLevel());
    }

    @Test
    void activityAroundAThresholdDoesNotFlap() {
        feed(incident("a1", "2024-01-01", EventType.DRONE_ATTACK, "IRAN_AXIS", "US", 0));
        tick("2024-01-09");
        feed(incident("a2", "2024-01-10", EventType.DRONE_ATTACK, "IRAN_AXIS", "US", 0));
        tick("2024-01-18");
        feed(incident("a3", "2024-01-19", EventType.DRONE_ATTACK, "IRAN_AXIS", "US", 0));

        assertEquals(1, alerts.size(), "the region stays ELEVATED: each quiet spell is shorter than the cool-down");
    }

    @Test
    void aQuietYearEndsTheEpisodeBeforeTheNextAttackStartsANewOne() {
        feed(incident("a1", "2021-06-27", EventType.AIR_STRIKE, "US", "IRAN_AXIS", 5));
        feed(incident("a2", "2024-02-02", EventType.AIR_STRIKE, "US", "IRAN_AXIS", 16));

        assertEquals(List.of(AlertStatus.RAISED, AlertStatus.RESOLVED, AlertStatus.RAISED),
                alerts.stream().map(EscalationAlert::getStatus).toList());
        assertEquals(Instant.parse("2021-07-07T00:00:00Z"), alerts.get(1).getEventTime(), "7-day window + 3-day cool-down");
    }

    @Test
    void lateIsRelativeToTheRegionsLatestEventAndTheGrace() {
        feed(incident("a1", "2024-01-10", EventType.DRONE_ATTACK, "IRAN_AXIS", "US", 0));

        assertEquals(RegionEscalation.Lateness.ON_TIME, iraq.lateness(config, incident("x", "2024-01-09", EventType.SHELLING, null, null, 0)));
        assertNotEquals(RegionEscalation.Lateness.ON_TIME, iraq.lateness(config, incident("y", "2024-01-08", EventType.SHELLING, null, null, 0)));
    }

    /** As the topology does: through the incident's dyad first, then into the region. */
    private void feed(Incident incident) {
        List<LinkedIncident> linked = Dyad.of(incident)
                .map(dyad -> dyads.computeIfAbsent(dyad, d -> new DyadLinks()).link(config, incident))
                .orElseGet(() -> List.of(LinkedIncident.unlinked(incident)));
        linked.forEach(l -> alerts.addAll(iraq.onIncident(config, l)));
    }

    private void tick(String date) {
        alerts.addAll(iraq.onTime(config, LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()));
    }

    static Incident incident(String id, String date, EventType type, String actorSide, String targetSide, int fatalities) {
        return Incident.newBuilder()
                .setId(id)
                .setEventType(type)
                .setEventDate(LocalDate.parse(date))
                .setCountryCode("IQ")
                .setActorSide(actorSide)
                .setTargetSide(targetSide)
                .setFatalities(fatalities)
                .build();
    }
}
