package dev.escalation.extract;

import dev.escalation.records.EventType;
import dev.escalation.records.Feed;
import dev.escalation.records.Incident;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.escalation.extract.TestArticles.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the two seed articles must yield, and what they must not. */
class SeedArticlesTest {

    private static Incident only(List<Incident> incidents, EventType type, String country) {
        List<Incident> found = of(incidents, type, country);
        assertEquals(1, found.size(), () -> "one " + type + " in " + country + ", got " + incidents);
        return found.get(0);
    }

    @Nested
    class UsStrikesFebruary2024 {
        final List<Incident> incidents = TestArticles.CODER.code(
                TestArticles.seed("article-2024-02-03-us-strikes-iraq-syria.txt", "2024-02-03"));

        @Test
        void overnightUsAirStrikesInIraqAndSyriaOnIranBackedGroups() {
            for (String country : List.of("IQ", "SY")) {
                Incident strike = only(incidents, EventType.AIR_STRIKE, country);
                assertEquals(LocalDate.of(2024, 2, 2), strike.getEventDate(), "overnight before the 3 Feb report");
                assertEquals("US", strike.getActorSide());
                assertEquals("IRAN_AXIS", strike.getTargetSide());
                assertEquals(Feed.ARTICLE, strike.getFeed());
                assertEquals(List.of("article-2024-02-03-us-strikes-iraq-syria.txt"), strike.getSourceIds());
                assertTrue(strike.getEvidence().contains("overnight air strikes"), strike.getEvidence());
            }
        }

        @Test
        void retaliationForTheJordanDroneAttack() {
            for (String country : List.of("IQ", "SY")) {
                Incident strike = only(incidents, EventType.AIR_STRIKE, country);
                assertTrue(strike.getIsRetaliation());
                String cause = strike.getRetaliationFor();
                assertTrue(cause.contains("28 January 2024") && cause.contains("drone attack") && cause.contains("Jordan"), cause);
            }
        }

        @Test
        void fatalityLowerBoundsPerCountryNotTheTargetCounts() {
            assertEquals(16, only(incidents, EventType.AIR_STRIKE, "IQ").getFatalities());
            assertEquals(18, only(incidents, EventType.AIR_STRIKE, "SY").getFatalities());
            assertTrue(incidents.stream().noneMatch(i -> i.getFatalities() != null && (i.getFatalities() == 85 || i.getFatalities() == 7)));
        }

        @Test
        void theEarlierDroneAttackInJordanIsDatedAndAttributed() {
            Incident drone = only(incidents, EventType.DRONE_ATTACK, "JO");
            assertEquals(LocalDate.of(2024, 1, 28), drone.getEventDate());
            assertEquals("IRAN_AXIS", drone.getActorSide());
            assertEquals("US", drone.getTargetSide());
            assertFalse(drone.getIsRetaliation());
        }

        @Test
        void usThreatOfMoreToCome() {
            List<Incident> threats = incidents.stream().filter(i -> i.getEventType() == EventType.THREAT).toList();
            assertFalse(threats.isEmpty());
            assertTrue(threats.stream().allMatch(t -> "US".equals(t.getActorSide())), threats::toString);
        }

        @Test
        void condemnationAndHistoryAreNotIncidents() {
            // Baghdad, Damascus and Tehran condemn; earlier strikes "in recent months" are background
            assertEquals(5, incidents.size(), incidents::toString);
            assertTrue(incidents.stream().noneMatch(i -> "IRAQ_GOV".equals(i.getActorSide()) || "SYRIA_GOV".equals(i.getActorSide())));
        }

        @Test
        void idsAreStableAndDistinct() {
            List<Incident> again = TestArticles.CODER.code(TestArticles.seed("article-2024-02-03-us-strikes-iraq-syria.txt", "2024-02-03"));
            assertEquals(incidents.stream().map(Incident::getId).toList(), again.stream().map(Incident::getId).toList());
            assertEquals(incidents.size(), incidents.stream().map(Incident::getId).distinct().count());
        }
    }

    @Nested
    class UsStrikesJune2021 {
        final List<Incident> incidents = TestArticles.CODER.code(
                TestArticles.seed("article-2021-06-27-us-strikes-iraq-syria.txt", "2021-06-27"));

        @Test
        void sundayUsAirStrikesInSyriaAndIraqOnIranBackedMilitias() {
            for (String country : List.of("SY", "IQ")) {
                Incident strike = only(incidents, EventType.AIR_STRIKE, country);
                assertEquals(LocalDate.of(2021, 6, 27), strike.getEventDate(), "\"on Sunday\" is 27 June 2021");
                assertEquals("US", strike.getActorSide());
                assertEquals("IRAN_AXIS", strike.getTargetSide());
                assertTrue(strike.getIsRetaliation());
                String cause = strike.getRetaliationFor();
                assertTrue(cause.contains("drone attacks") && cause.contains("US personnel") && cause.contains("Iraq"), cause);
            }
        }

        @Test
        void atLeastFiveFightersKilledCountedOnce() {
            int total = incidents.stream().filter(i -> i.getFatalities() != null).mapToInt(Incident::getFatalities).sum();
            assertEquals(5, total, incidents::toString);
            assertTrue(of(incidents, EventType.AIR_STRIKE, "SY").get(0).getFatalities() != null
                    || of(incidents, EventType.AIR_STRIKE, "IQ").get(0).getFatalities() != null);
        }

        @Test
        void militiasThreatenToRetaliate() {
            List<Incident> threats = incidents.stream().filter(i -> i.getEventType() == EventType.THREAT).toList();
            assertFalse(threats.isEmpty());
            assertTrue(threats.stream().allMatch(t -> "IRAN_AXIS".equals(t.getActorSide()) && "US".equals(t.getTargetSide())), threats::toString);
        }

        @Test
        void theArbilDroneAttackTheDayBefore() {
            Incident drone = only(incidents, EventType.DRONE_ATTACK, "IQ");
            assertEquals(LocalDate.of(2021, 6, 26), drone.getEventDate());
            assertEquals("Erbil", drone.getAdmin1());
        }

        @Test
        void nothingFromTheTeaserTalliesOrHistory() {
            assertTrue(incidents.stream().noneMatch(i -> i.getEvidence().contains("cross-border relief")));
            assertTrue(incidents.stream().noneMatch(i -> i.getEvidence().contains("more than 40 attacks")));
            assertTrue(incidents.stream().noneMatch(i -> i.getEvidence().contains("in February")));
            assertTrue(incidents.stream().noneMatch(i -> i.getEventType() == EventType.ROCKET_ATTACK));
            assertTrue(incidents.stream().allMatch(i -> !i.getEventDate().isBefore(LocalDate.of(2021, 6, 26))), incidents::toString);
        }

        @Test
        void teaserLineAloneYieldsNothing() {
            String teaser = "Critics say if UN Security Council fails to renew cross-border relief operation it will be "
                    + "\u2018catastrophic\u2019 for civilians.";
            assertTrue(TestArticles.code("2021-06-27", teaser).isEmpty());
        }
    }

    @Test
    void anEmptyBodyYieldsNothing() {
        assertTrue(TestArticles.code("2024-01-01", " \n ").isEmpty());
    }

    @Test
    void withoutAPublicationDateOnlyAbsoluteDatesResolve() {
        List<Incident> incidents = TestArticles.code(null,
                "US warplanes struck militia positions in Syria overnight. On January 28, 2024, a drone attack hit Tower 22 in Jordan, killing three US troops.");
        assertEquals(1, incidents.size(), incidents::toString);
        Incident drone = incidents.get(0);
        assertEquals(LocalDate.of(2024, 1, 28), drone.getEventDate());
        assertEquals("JO", drone.getCountryCode());
        assertEquals(3, drone.getFatalities());
        assertNull(drone.getEventTime());
        assertTrue(drone.getEvidence().contains("publication date unknown"));
    }
}
