package dev.escalation.feeds;

import static dev.escalation.feeds.FeedFixtures.fixture;
import static dev.escalation.feeds.FeedFixtures.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.records.Article;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles and incidents as JSON lines; the JSON writer; the format detector. */
class JsonLinesTest {

    @Test
    void articlesAreReadUnderTheirUsualFieldSpellings() {
        FeedReport report = new FeedReport();
        List<Article> articles = readAll(fixture("articles.jsonl"), FeedFormat.ARTICLES, report).stream()
                .map(r -> (Article) r.value()).toList();

        assertEquals(4, articles.size(), report.summary());
        assertEquals(Instant.parse("2024-02-03T10:00:00Z"), articles.get(0).getPublishedAt());
        assertEquals("A drone attack killed three US soldiers in Jordan on Sunday.", articles.get(1).getBody(), "text");
        assertEquals(Instant.parse("2024-01-29T00:00:00Z"), articles.get(1).getPublishedAt(), "pub_date");
        assertEquals("https://example.org/a2", articles.get(1).getUrl(), "source_url");
        assertEquals("Example", articles.get(1).getSource(), "outlet");
        assertEquals("Rockets hit Erbil airport in Iraq on Monday.", articles.get(2).getBody(), "content");
        assertEquals(Instant.parse("2024-01-30T08:15:00Z"), articles.get(2).getPublishedAt(), "published_at");
        assertEquals(36, articles.get(2).getId().length(), "no id: a stable one is made");
        assertNull(articles.get(3).getPublishedAt(), "undated");

        List<String> problems = report.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
        assertEquals(4, problems.size(), problems.toString());
        assertEquals("5: no article text (body, text or content)", problems.get(0));
        assertTrue(problems.get(1).startsWith("6: bad date 'last Tuesday'"), problems.get(1));
        assertTrue(problems.get(2).startsWith("7: not valid JSON"), problems.get(2));
        assertEquals("8: not a JSON object", problems.get(3));
    }

    @Test
    void incidentsAreReadWithTheirFieldNamesAndDefaults() {
        FeedReport report = new FeedReport();
        List<Incident> incidents = FeedFixtures.incidents(readAll(fixture("incidents.jsonl"), FeedFormat.INCIDENTS, report));

        assertEquals(2, incidents.size(), report.summary());
        Incident strike = incidents.get(0);
        assertEquals(EventType.AIR_STRIKE, strike.getEventType());
        assertEquals(16, strike.getFatalities());
        assertEquals(1, strike.getCorroboration(), "default");
        assertEquals(List.of(), strike.getSourceIds(), "default");
        assertEquals(Instant.parse("2024-01-28T05:30:00Z"), incidents.get(1).getEventTime());
        List<String> problems = report.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
        assertTrue(problems.get(0).startsWith("3: eventType: 'CARPET_BOMBING' is not one of"), problems.get(0));
        assertEquals("4: missing field 'eventDate'", problems.get(1));
        assertTrue(problems.get(2).startsWith("5: eventDate: bad date '2024-02-30'"), problems.get(2));
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() throws IOException {
        Incident incident = FeedFixtures.incidents(readAll(fixture("incidents.jsonl"), FeedFormat.INCIDENTS, new FeedReport())).get(1);
        String json = RecordJson.write(incident);
        assertTrue(json.contains("\"eventTime\":\"2024-01-28T05:30:00Z\"") && json.contains("\"eventDate\":\"2024-01-28\""), json);
        assertEquals(incident, RecordJson.read(new ObjectMapper().readTree(json), Incident.getClassSchema()));
    }

    @Test
    void theFormatIsToldFromTheFirstLine(@TempDir Path dir) throws IOException {
        assertEquals(FeedFormat.ARTICLES, FeedFormat.detect(fixture("articles.jsonl")));
        assertEquals(FeedFormat.INCIDENTS, FeedFormat.detect(fixture("incidents.jsonl")));
        assertEquals(FeedFormat.GDELT, FeedFormat.detect(fixture("gdelt-events.export.CSV")));
        assertEquals(FeedFormat.ACLED, FeedFormat.detect(fixture("acled-events.csv")));
        Path other = Files.writeString(dir.resolve("other.csv"), ",Global_Event_ID,Day\n0,1,20201113\n");
        IOException e = assertThrows(IOException.class, () -> FeedFormat.detect(other));
        assertTrue(e.getMessage().contains("give --format"), e.getMessage());
    }
}
