package dev.escalation.feeds;

import static dev.escalation.feeds.FeedFixtures.byId;
import static dev.escalation.feeds.FeedFixtures.fixture;
import static dev.escalation.feeds.FeedFixtures.incidents;
import static dev.escalation.feeds.FeedFixtures.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.records.EventType;
import dev.escalation.records.Feed;
import dev.escalation.records.Incident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ACLED exports, from fixtures written from ACLED's documented columns. */
class AcledEventsTest {

    @Test
    void eventsBecomeIncidentsByTheHeaderWithSidesFatalitiesAndNotes() {
        FeedReport report = new FeedReport();
        List<Incident> incidents = incidents(readAll(fixture("acled-events.csv"), FeedFormat.ACLED, report));

        Incident strike = byId(incidents, "acled-IRQ1002");
        assertEquals(EventType.AIR_STRIKE, strike.getEventType());
        assertEquals(LocalDate.of(2024, 1, 24), strike.getEventDate());
        assertEquals("IQ", strike.getCountryCode());
        assertEquals("Al Anbar", strike.getAdmin1());
        assertEquals("Al Qaim", strike.getLocation());
        assertEquals("US", strike.getActorSide());
        assertEquals("IRAN_AXIS", strike.getTargetSide());
        assertEquals(2, strike.getFatalities());
        assertEquals(Feed.ACLED, strike.getFeed());
        assertEquals(List.of("IRQ1002"), strike.getSourceIds());
        assertTrue(strike.getEvidence().startsWith("On 24 January 2024"), strike.getEvidence());

        assertEquals(LocalDate.of(2024, 1, 28), byId(incidents, "acled-IRQ1003").getEventDate(), "dates written out are read too");
        Incident syria = byId(incidents, "acled-SYR2001");
        assertEquals("SY", syria.getCountryCode());
        assertEquals("IRAN_AXIS", syria.getTargetSide(), "IRGC");
        assertTrue(syria.getEvidence().contains("IRGC and\nmilitia") && syria.getEvidence().contains("\"Tower 22\""),
                "a quoted note keeps its line break and quotes: " + syria.getEvidence());
        assertEquals(4, incidents.size(), incidents.toString());
    }

    @Test
    void theCoarseAirOrDroneCategoryIsMadePreciseFromTheNotes() {
        List<Incident> incidents = incidents(readAll(fixture("acled-events.csv"), FeedFormat.ACLED, new FeedReport()));
        Incident drone = byId(incidents, "acled-IRQ1001");
        assertEquals(EventType.DRONE_ATTACK, drone.getEventType(), "notes: 'launched a drone attack'");
        assertEquals("IRAN_AXIS", drone.getActorSide());
        assertEquals(EventType.ROCKET_ATTACK, byId(incidents, "acled-IRQ1003").getEventType(), "notes: 'fired rockets'");
    }

    @Test
    void protestsAreSkippedRepeatsDroppedAndBadRowsReportedWithTheirLines() {
        FeedReport report = new FeedReport();
        readAll(fixture("acled-events.csv"), FeedFormat.ACLED, report);

        assertEquals(1L, report.skipped().get("not violence (ACLED Protests)"));
        assertEquals(1, report.duplicates());
        List<String> problems = report.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
        assertEquals(List.of(
                "6: bad event_date '2024-13-45': expected 2024-01-28 or 28 January 2024",
                "7: bad coordinate 'abc' in latitude",
                "8: unknown ACLED event_type 'Alien invasion'",
                "9: expected 31 columns as in the header, found 7"), problems);
    }

    @Test
    void anExportWithFewColumnsTakesWhoDidWhatFromTheNotes() {
        FeedReport report = new FeedReport();
        List<Incident> incidents = incidents(readAll(fixture("acled-few-columns.csv"), null, report));
        assertEquals(2, incidents.size(), report.summary());
        Incident strike = incidents.get(0);
        assertEquals("US", strike.getActorSide());
        assertEquals("IRAN_AXIS", strike.getTargetSide());
        assertEquals(16, strike.getFatalities());
        assertNotNull(strike.getId());
        assertEquals(EventType.ARMED_CLASH, incidents.get(1).getEventType(), "no notes: the event type alone");
        assertEquals(0, report.rejected());
    }

    @Test
    void aHeaderWithoutTheNeededColumnsIsRefusedByName(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("acled.csv"), "event_date,event_type,notes\n2024-01-01,Battles,x\n");
        IOException e = assertThrows(IOException.class, () -> FeedReader.open(file, FeedFormat.ACLED, new FeedReport(), FeedFixtures.CODER));
        assertTrue(e.getMessage().contains("lacks country"), e.getMessage());
    }

    @Test
    void confidenceFollowsAcledsPrecisionCodes() {
        assertEquals(0.9, AcledEvents.confidence("1", "1"), "the place and the day known");
        assertEquals(0.9, AcledEvents.confidence("", ""), "no precision columns: as ACLED codes most events");
        assertEquals(0.8, AcledEvents.confidence("2", "1"), "a nearby place");
        assertEquals(0.6, AcledEvents.confidence("1", "3"), "the month only");
        assertEquals(0.55, AcledEvents.confidence("3", "2"), "the region and the week");
    }
}
