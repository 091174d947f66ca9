package dev.escalation.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.escalation.records.Incident;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real GDELT 2.0 rows from ../shared/realdata (not part of the project: read in place, skipped
 * when absent). The .tsv has the standard 61 columns and a header row.
 */
class RealGdeltTest {

    private static final Path MIDEAST = Path.of("..", "..", "shared", "realdata", "gdelt_2020-11",
            "gdelt_v2_events_mideast_subset_20201113-15.tsv");

    @Test
    void theMideastRowsOfNovember2020AreReadWithoutRejects() {
        assumeTrue(Files.isReadable(MIDEAST), "skipped: real GDELT rows not found at " + MIDEAST.toAbsolutePath());
        FeedReport report = new FeedReport();
        List<Incident> incidents = FeedFixtures.incidents(FeedFixtures.readAll(MIDEAST, null, report));

        assertEquals(1495, report.rows(), report.summary());
        assertEquals(0, report.rejected(), report.summary());
        assertEquals(report.rows(), report.records() + report.skippedTotal() + report.duplicates(), report.summary());
        assertTrue(report.skipped().get("not violence (CAMEO roots 01-17)") > 1000, report.summary());
        assertTrue(incidents.size() > 100, report.summary());
        assertTrue(incidents.stream().allMatch(i -> i.getCountryCode().matches("[A-Z]{2}")));
        assertTrue(incidents.stream().anyMatch(i -> i.getCountryCode().equals("IL") && "ISRAEL".equals(i.getActorSide())),
                "Israeli actions in Israel (FIPS IS)");
        assertTrue(incidents.stream().anyMatch(i -> i.getCountryCode().equals("IR") && "IRAN_AXIS".equals(i.getTargetSide())));
    }
}
