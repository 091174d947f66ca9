package dev.escalation.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.escalation.records.EventType;
import dev.escalation.records.Feed;
import dev.escalation.records.Incident;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorroborationTest {

    private final Corroboration oneDay = new Corroboration(Duration.ofDays(1));

    private static Incident.Builder report(String id, String article, String date) {
        return Incident.newBuilder().setId(id).setEventType(EventType.AIR_STRIKE).setEventDate(LocalDate.parse(date))
                .setCountryCode("IQ").setActorSide("US").setTargetSide("IRAN_AXIS").setFeed(Feed.ARTICLE)
                .setSourceIds(List.of(article)).setSourceUrls(List.of("https://" + article)).setConfidence(0.7);
    }

    @Test
    void sameSidesCountryFamilyAndDateWithinTheToleranceAreOneIncident() {
        Incident held = report("a", "art-1", "2024-02-02").build();
        assertSame(held, oneDay.earlier(List.of(held), report("b", "art-2", "2024-02-03").setEventType(EventType.MISSILE_ATTACK).build()),
                "a missile strike and an air strike are one family");
        assertNull(oneDay.earlier(List.of(held), report("b", "art-2", "2024-02-04").build()), "two days apart");
        assertNull(oneDay.earlier(List.of(held), report("b", "art-2", "2024-02-02").setCountryCode("SY").build()));
        assertNull(oneDay.earlier(List.of(held), report("b", "art-2", "2024-02-02").setEventType(EventType.ARMED_CLASH).build()));
        assertNull(oneDay.earlier(List.of(held), report("b", "art-2", "2024-02-02").setActorSide("IRAN_AXIS").setTargetSide("US").build()),
                "the answer to an attack is not the attack");
        assertNull(oneDay.earlier(List.of(Incident.newBuilder(held).setAdmin1("Erbil").build()),
                report("b", "art-2", "2024-02-02").setAdmin1("Al Anbar").build()), "two provinces, two strikes");
        assertSame(held, new Corroboration(Duration.ofDays(2)).earlier(List.of(held), report("b", "art-2", "2024-02-04").build()));
    }

    @Test
    void twoIncidentsOfOneArticleStayTwo() {
        Incident held = report("a", "art-1", "2024-02-02").build();
        assertNull(oneDay.earlier(List.of(held), report("b", "art-1", "2024-02-02").build()));
    }

    @Test
    void theNearestDateWins() {
        Incident dayBefore = report("a", "art-1", "2024-02-01").build();
        Incident sameDay = report("b", "art-2", "2024-02-02").build();
        assertSame(sameDay, oneDay.earlier(List.of(dayBefore, sameDay), report("c", "art-3", "2024-02-02").build()));
    }

    @Test
    void theMergeKeepsTheEarlierIdAndAddsWhatTheLaterReportKnows() {
        Incident earlier = report("a", "art-1", "2024-02-02").setFatalities(16).build();
        Incident later = report("b", "art-2", "2024-02-02").setFatalities(18).setInjured(4).setAdmin1("Al Anbar")
                .setIsRetaliation(true).setRetaliationFor("the drone attack on Tower 22").setConfidence(0.9).build();
        Incident merged = Corroboration.merge(earlier, later);
        assertEquals("a", merged.getId());
        assertEquals(2, merged.getCorroboration());
        assertEquals(List.of("art-1", "art-2"), merged.getSourceIds());
        assertEquals(List.of("https://art-1", "https://art-2"), merged.getSourceUrls());
        assertEquals(0.9, merged.getConfidence());
        assertEquals(18, merged.getFatalities());
        assertEquals(4, merged.getInjured());
        assertEquals("Al Anbar", merged.getAdmin1());
        assertEquals(true, merged.getIsRetaliation());
        assertEquals("the drone attack on Tower 22", merged.getRetaliationFor());
        assertEquals(2, Corroboration.merge(merged, later).getCorroboration(), "a source already counted is not counted again");
    }

    @Test
    void aBatchPrintsEachIncidentOnceInOrderOfFirstReport() {
        Corroboration.Batch batch = new Corroboration.Batch(Duration.ofDays(1));
        batch.add(report("a", "art-1", "2024-02-02").build());
        batch.add(report("s", "art-1", "2024-02-02").setCountryCode("SY").build());
        batch.add(report("b", "art-2", "2024-02-03").build());
        batch.add(report("t", "art-3", "2024-02-02").setCountryCode("SY").build());
        List<Incident> out = batch.incidents();
        assertEquals(List.of("a", "s"), out.stream().map(Incident::getId).toList());
        assertEquals(List.of(2, 2), out.stream().map(Incident::getCorroboration).toList());
        assertEquals(2, batch.merged());
    }
}
