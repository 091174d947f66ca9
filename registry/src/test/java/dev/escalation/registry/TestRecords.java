package dev.escalation.registry;

import dev.escalation.records.AlertStatus;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.EventType;
import dev.escalation.records.Evidence;
import dev.escalation.records.Feed;
import dev.escalation.records.Incident;
import dev.escalation.records.IncidentRef;
import dev.escalation.records.RetaliationLink;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Records shaped like the seed articles' events, with every kind of Avro field set. */
final class TestRecords {

    private TestRecords() {}

    /** The US strikes in Iraq and Syria, answering the drone attack on Tower 22. */
    static Incident strike() {
        return Incident.newBuilder()
                .setId("inc-us-strike-2024-02-02")
                .setEventType(EventType.AIR_STRIKE)
                .setEventDate(LocalDate.of(2024, 2, 2))
                .setEventTime(Instant.parse("2024-02-02T16:00:00Z"))
                .setCountryCode("IQ")
                .setAdmin1("Al Anbar")
                .setLocation("Al Qaim")
                .setLatitude(34.37)
                .setLongitude(41.09)
                .setActor("United States")
                .setActorSide("US")
                .setTarget("Iran-backed militias")
                .setTargetSide("IRAN_AXIS")
                .setFatalities(16)
                .setIsRetaliation(true)
                .setRetaliationFor("inc-tower22-2024-01-28")
                .setFeed(Feed.ARTICLE)
                .setSourceIds(List.of("seed-1", "seed-2"))
                .setSourceUrls(List.of("https://example.org/us-strikes"))
                .setCorroboration(2)
                .setConfidence(0.9)
                .setEvidence("The US carried out air strikes on 85 targets in Iraq and Syria, killing at least 16 people.")
                .build();
    }

    /** A RETALIATION alert for the Iraq/Syria theatre. */
    static EscalationAlert alert() {
        IncidentRef attack = new IncidentRef("inc-tower22-2024-01-28", "DRONE_ATTACK", "IRAN_AXIS", "US", "JO", Instant.parse("2024-01-28T03:00:00Z"));
        IncidentRef response = new IncidentRef("inc-us-strike-2024-02-02", "AIR_STRIKE", "US", "IRAN_AXIS", "IQ", Instant.parse("2024-02-02T16:00:00Z"));
        return EscalationAlert.newBuilder()
                .setAlertId("IQ-SY-3-2024-02-02")
                .setRegion("Iraq/Syria")
                .setCountries(List.of("IQ", "SY"))
                .setLevel(3)
                .setLevelName("RETALIATION")
                .setPreviousLevel(1)
                .setStatus(AlertStatus.ESCALATED)
                .setEventTime(Instant.parse("2024-02-02T16:00:00Z"))
                .setWindowStart(Instant.parse("2024-01-27T00:00:00Z"))
                .setWindowEnd(Instant.parse("2024-02-03T00:00:00Z"))
                .setCounts(Map.of("AIR_STRIKE", 1, "DRONE_ATTACK", 1))
                .setFatalities(19)
                .setRetaliationChain(List.of(new RetaliationLink(attack, response, 133.0, true)))
                .setReasons(List.of("US answered IRAN_AXIS within 14 days"))
                .setEvidence(new Evidence(List.of(attack.getIncidentId(), response.getIncidentId()), List.of("https://example.org/us-strikes")))
                .setConfigVersion("default")
                .build();
    }
}
