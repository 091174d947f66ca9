package dev.escalation.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.escalation.config.EngineConfig;
import dev.escalation.extract.EventCoder;
import dev.escalation.records.Article;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import dev.escalation.runtime.Backtest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two articles reporting one strike give one incident, corroborated twice, through the engine's own topology. */
class CorroborationTopologyTest {

    private final EngineConfig config = EngineConfig.defaults();
    private Backtest engine;

    @BeforeEach
    void start() {
        engine = Backtest.ofEngine(config, EventCoder.withDefaultDictionaries());
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void aSecondReportOfOneStrikeIsMergedUnderTheFirstId() {
        pipe("wire", "2024-02-03T08:00:00Z", "https://wire.example/strike",
                "US forces carried out air strikes on Iran-backed militias in Iraq's Anbar province overnight, "
                        + "killing at least 16 people, officials said.");
        pipe("daily", "2024-02-03T15:00:00Z", "https://daily.example/strike",
                "American warplanes struck Kataib Hezbollah positions near al-Qaim in western Iraq on Friday, the Pentagon said. "
                        + "At least 18 fighters were killed.");

        List<Incident> out = engine.incidents();
        assertEquals(2, out.size(), out.toString());
        Incident first = out.get(0);
        Incident merged = out.get(1);
        assertEquals(EventType.AIR_STRIKE, first.getEventType());
        assertEquals(1, first.getCorroboration());
        assertEquals(first.getId(), merged.getId(), "downstream replaces the copy it holds");
        assertEquals(2, merged.getCorroboration());
        assertEquals(List.of("wire", "daily"), merged.getSourceIds());
        assertEquals(List.of("https://wire.example/strike", "https://daily.example/strike"), merged.getSourceUrls());
        assertEquals(18, merged.getFatalities(), "the higher lower bound");
        assertEquals(Math.max(first.getConfidence(), merged.getConfidence()), merged.getConfidence());
    }

    @Test
    void theSameArticleTwiceCountsOnce() {
        String body = "US forces carried out air strikes on Iran-backed militias in Iraq's Anbar province overnight.";
        pipe("wire", "2024-02-03T08:00:00Z", null, body);
        pipe("wire", "2024-02-03T08:00:00Z", null, body);

        List<Incident> out = engine.incidents();
        assertEquals(2, out.size(), out.toString());
        assertEquals(out.get(0).getId(), out.get(1).getId());
        assertEquals(1, out.get(1).getCorroboration());
    }

    @Test
    void anArticleThatReportsNothingIsCountedNotDeadLettered() {
        pipe("opinion", "2024-02-03T08:00:00Z", null, "The region needs diplomacy more than ever, the editorial argues.");

        assertEquals(List.of(), engine.incidents());
        double total = engine.metricTotal(ExtractIncidents.NO_INCIDENTS + "-total");
        assertEquals(1.0, total);
    }

    private void pipe(String id, String published, String url, String body) {
        Instant time = Instant.parse(published);
        engine.pipe(id, Article.newBuilder().setId(id).setUrl(url).setBody(body).setPublishedAt(time).build(), time);
    }
}
