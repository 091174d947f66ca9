package dev.escalation.feeds;

import static dev.escalation.feeds.FeedFixtures.byId;
import static dev.escalation.feeds.FeedFixtures.fixture;
import static dev.escalation.feeds.FeedFixtures.incidents;
import static dev.escalation.feeds.FeedFixtures.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.records.EventType;
import dev.escalation.records.Feed;
import dev.escalation.records.Incident;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GDELT 2.0 event export, from a fixture written from the documented 61-column layout. */
class GdeltEventsTest {

    private static final Path EVENTS = fixture("gdelt-events.export.CSV");

    @Test
    void violentRowsBecomeIncidentsWithTypesSidesIsoCountriesAndCorroboration() {
        FeedReport report = new FeedReport();
        List<Incident> incidents = incidents(readAll(EVENTS, FeedFormat.GDELT, report));

        Incident strike = byId(incidents, "gdelt-1001");
        assertEquals(EventType.AIR_STRIKE, strike.getEventType());
        assertEquals(LocalDate.of(2024, 1, 24), strike.getEventDate());
        assertEquals("IQ", strike.getCountryCode(), "FIPS IZ is ISO IQ");
        assertEquals("US", strike.getActorSide());
        assertEquals("IRAN_AXIS", strike.getTargetSide());
        assertEquals(3, strike.getCorroboration(), "NumSources");
        assertEquals(34.37, strike.getLatitude());
        assertEquals(Feed.GDELT, strike.getFeed());
        assertEquals(List.of("https://example.org/us-strikes-al-qaim"), strike.getSourceUrls());
        assertTrue(strike.getEvidence().contains("CAMEO 195 Employ aerial weapons"), strike.getEvidence());

        assertEquals(EventType.DRONE_ATTACK, byId(incidents, "gdelt-1002").getEventType(), "1952 remotely piloted munitions");
        assertEquals(EventType.AIR_STRIKE, byId(incidents, "gdelt-1005").getEventType());
        Incident hezbollah = byId(incidents, "gdelt-1006");
        assertEquals("IL", hezbollah.getCountryCode(), "FIPS IS is ISO IL");
        assertEquals("IRAN_AXIS", hezbollah.getActorSide(), "the known group decides, not the country (Lebanon)");
        assertEquals(EventType.SHELLING, hezbollah.getEventType());
        Incident rebels = byId(incidents, "gdelt-1007");
        assertNull(rebels.getActorSide(), "Syrian rebels are not the Syrian state");
        assertEquals("SYRIA_GOV", rebels.getTargetSide());
        assertEquals(5, incidents.size(), incidents.toString());
    }

    @Test
    void repeatsAreDroppedNonViolenceSkippedAndEachBadRowReportedWithItsLine() {
        FeedReport report = new FeedReport();
        readAll(EVENTS, FeedFormat.GDELT, report);

        assertEquals(13, report.rows());
        assertEquals(5, report.records());
        assertEquals(1, report.duplicates(), "row 3 re-emits row 2");
        assertEquals(1L, report.skipped().get("not violence (CAMEO roots 01-17)"));
        assertEquals(1L, report.skipped().get("no ActionGeo country"));
        assertEquals(5, report.rejected());
        List<String> problems = report.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
        assertEquals(List.of(
                "9: expected 61 tab-separated columns (GDELT 2.0 event export), found 58",
                "10: bad date '20241327' in SQLDATE: expected YYYYMMDD",
                "11: bad coordinate '133.34' in ActionGeo_Lat",
                "12: unknown CAMEO event code '199'",
                "13: unknown FIPS country code 'QQ' in ActionGeo_CountryCode"), problems);
        assertTrue(report.problems().get(0).toString().startsWith(EVENTS + ":9: "), "names the file and line");
    }

    @Test
    void aHeaderRowIsAcceptedAndAZipIsReadAndDetected(@TempDir Path dir) throws IOException {
        String header = "GLOBALEVENTID\tSQLDATE\t" + "x\t".repeat(58) + "SOURCEURL\n";
        Path zip = dir.resolve("20240124001500.export.CSV.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("20240124001500.export.CSV"));
            out.write(header.getBytes());
            out.write(Files.readAllBytes(EVENTS));
        }
        assertEquals(FeedFormat.GDELT, FeedFormat.detect(zip));
        FeedReport report = new FeedReport();
        assertEquals(5, readAll(zip, null, report).size());
        assertEquals(13, report.rows(), "the header is not a row");
    }

    @Test
    void aTruncatedZipGivesTheRowsBeforeTheDamageAndReportsWhereItBroke(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("big.export.CSV.zip");
        StringBuilder rows = new StringBuilder();
        String first = Files.readAllLines(EVENTS).get(0);
        for (int i = 0; i < 20_000; i++) {
            rows.append(first.replaceFirst("^1001\t20240124", (100_000 + i) + "\t2024" + String.format("%04d", 101 + i % 28))).append('\n');
        }
        try (OutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            ((ZipOutputStream) out).putNextEntry(new ZipEntry("big.export.CSV"));
            out.write(rows.toString().getBytes());
        }
        byte[] whole = Files.readAllBytes(zip);
        Path truncated = Files.write(dir.resolve("truncated.export.CSV.zip"), java.util.Arrays.copyOf(whole, whole.length / 2));

        FeedReport report = new FeedReport();
        List<FeedRecord> records = readAll(truncated, FeedFormat.GDELT, report);
        assertTrue(report.rows() > 1000 && report.rows() < 20_000, "rows before the damage are read: " + report.rows());
        assertEquals(28, records.size(), "one incident a day, the rest re-emitted");
        FeedReport.Problem last = report.problems().get(report.problems().size() - 1);
        assertTrue(last.message().startsWith("the file breaks off here"), last.toString());
        assertEquals(report.rows() + 1, last.line(), last.toString());
    }

    @Test
    void confidenceGrowsWithIndependentSourcesAndFallsForVaguePlacesAndActorsFarFromTheEvent() {
        assertEquals(0.3, GdeltEvents.confidence(1, 1, false, false, true), "one source: below the default GDELT floor (0.5)");
        assertEquals(0.5, GdeltEvents.confidence(2, 2, false, false, true));
        assertEquals(0.9, GdeltEvents.confidence(6, 12, true, false, true), "many sources and articles, the story's root event");
        assertEquals(0.45, GdeltEvents.confidence(3, 2, false, true, true), "placed only as a country");
        assertEquals(0.55, GdeltEvents.confidence(3, 2, true, false, false), "neither actor's country is where it happened");
    }
}
