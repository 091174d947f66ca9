package dev.escalation.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.config.EngineConfig;
import dev.escalation.extract.EventCoder;
import dev.escalation.feeds.TextArticles;
import dev.escalation.records.Article;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import dev.escalation.runtime.Backtest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's one topology as it runs ({@link Backtest#ofEngine}), with no broker: the wire format,
 * event time and dead letters included.
 */
class EngineTopologyTest {

    private static final Path SEEDS = Path.of("..", "seeds");

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
    void theSeedStrikesAreRetaliationAlertsForIraqAndSyria() throws Exception {
        for (String seed : List.of("article-2021-06-27-us-strikes-iraq-syria.txt", "article-2024-02-03-us-strikes-iraq-syria.txt")) {
            Article article = TextArticles.read(SEEDS.resolve(seed));
            engine.pipe(article.getId(), article, article.getPublishedAt());
        }

        List<EscalationAlert> out = engine.alertsSoFar();
        for (String region : List.of("IQ", "SY")) {
            EscalationAlert alert = out.stream()
                    .filter(a -> a.getRegion().equals(region) && a.getLevel() >= 3 && a.getEventTime().toString().startsWith("2024-02-02"))
                    .findFirst().orElseThrow(() -> new AssertionError("no 2024 retaliation alert for " + region + " in " + out));
            assertTrue(alert.getReasons().stream().anyMatch(r -> r.contains("retaliation")), alert.getReasons().toString());
            assertTrue(alert.getEvidence().getUrls().stream().anyMatch(u -> u.endsWith("article-2024-02-03-us-strikes-iraq-syria.txt")),
                    alert.getEvidence().toString());
            assertEquals(config.version(), alert.getConfigVersion());
        }
        assertTrue(engine.deadLetterReasons().isEmpty());
    }

    /**
     * TopologyTestDriver runs the deserialization handler but does not capture the dead-letter
     * records it returns; EmbeddedPipelineIT checks those on a real broker (bytes and reason).
     */
    @Test
    void bytesThatAreNotConfluentAvroDoNotStopTheEngine() throws Exception {
        byte[] json = "{\"id\":\"a1\",\"body\":\"...\"}".getBytes(StandardCharsets.UTF_8);
        engine.pipeBytes(engine.topics().articles().name(), "a1".getBytes(StandardCharsets.UTF_8), json);
        Article seed = TextArticles.read(SEEDS.resolve("article-2024-02-03-us-strikes-iraq-syria.txt"));
        engine.pipe(seed.getId(), seed, seed.getPublishedAt());

        assertTrue(engine.alertsSoFar().stream().anyMatch(a -> a.getRegion().equals("IQ")), "the good article after it is still processed");
    }

    @Test
    void articlesTheCoderMustNotReadAreDeadLetteredWithTheReason() {
        Article base = Article.newBuilder().setId("x").setBody("US strikes hit Iraq.").setPublishedAt(java.time.Instant.parse("2024-02-03T00:00:00Z")).build();
        pipe(Article.newBuilder(base).setId("blank").setBody("   ").build());
        pipe(Article.newBuilder(base).setId("french").setLanguage("fr").build());
        pipe(Article.newBuilder(base).setId("huge").setBody("x".repeat(config.extraction().maxBodyBytes() + 1)).build());

        List<String> reasons = engine.deadLetterReasons();
        assertEquals(3, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains("article blank has an empty body"), reasons.get(0));
        assertTrue(reasons.get(1).contains("article french is in language 'fr'"), reasons.get(1));
        assertTrue(reasons.get(2).contains("article huge has a body of 1000001 bytes, over extraction.maxBodyBytes (1000000)"), reasons.get(2));
    }

    @Test
    void incidentsWithNoUsableCountryOrDateAreDeadLetteredAndGoodOnesStillCount() {
        incident("no-country", "2024-01-28", "Iraq");
        incident("ancient", "1965-05-01", "IQ");
        incident("future", LocalDate.now().plusYears(3).toString(), "IQ");
        incident("good", "2024-01-28", "JO");
        quiet();

        List<String> reasons = engine.deadLetterReasons();
        assertEquals(3, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains("has country code 'Iraq'; an ISO 3166-1 alpha-2 code such as IQ is required"), reasons.get(0));
        assertTrue(reasons.get(1).contains("is dated 1965-05-01, before 1970-01-01"), reasons.get(1));
        assertTrue(reasons.get(2).contains("in the future"), reasons.get(2));
        assertEquals(List.of("JO"), engine.alertsSoFar().stream().map(EscalationAlert::getRegion).toList());
    }

    @Test
    void incidentsWithImpossibleValuesAreDeadLetteredNamingTheFieldAndValue() {
        Incident good = Incident.newBuilder().setId("good").setEventType(EventType.AIR_STRIKE).setEventDate(LocalDate.parse("2024-01-28"))
                .setCountryCode("IQ").setActorSide("US").setTargetSide("IRAN_AXIS").setFatalities(0).setInjured(0)
                .setLatitude(-90.0).setLongitude(180.0).setConfidence(1.0).setCorroboration(1).build();
        Map<String, Incident> impossible = new java.util.LinkedHashMap<>();
        impossible.put("incident has an empty id ('')", Incident.newBuilder(good).setId("").build());
        impossible.put("incident has an empty id (' ')", Incident.newBuilder(good).setId(" ").build());
        impossible.put("incident f has fatalities -5; a count of people cannot be negative", Incident.newBuilder(good).setId("f").setFatalities(-5).build());
        impossible.put("incident i has injured -1; a count of people cannot be negative", Incident.newBuilder(good).setId("i").setInjured(-1).build());
        impossible.put("incident lat has latitude 500.0, outside [-90, 90]", Incident.newBuilder(good).setId("lat").setLatitude(500.0).build());
        impossible.put("incident nan has latitude NaN, outside [-90, 90]", Incident.newBuilder(good).setId("nan").setLatitude(Double.NaN).build());
        impossible.put("incident lon has longitude -180.5, outside [-180, 180]", Incident.newBuilder(good).setId("lon").setLongitude(-180.5).build());
        impossible.put("incident c has confidence 7.5, outside [0, 1]", Incident.newBuilder(good).setId("c").setConfidence(7.5).build());
        impossible.put("incident c2 has confidence -0.1, outside [0, 1]", Incident.newBuilder(good).setId("c2").setConfidence(-0.1).build());
        impossible.put("incident r has corroboration 0; it counts the reports that carry the incident, at least 1",
                Incident.newBuilder(good).setId("r").setCorroboration(0).build());
        impossible.put("incident lower has country code 'iq'", Incident.newBuilder(good).setId("lower").setCountryCode("iq").build());

        impossible.values().forEach(incident -> engine.pipe(incident.getId(), incident));
        engine.pipe(good.getId(), good);
        quiet();

        List<String> reasons = engine.deadLetterReasons();
        assertEquals(impossible.size(), reasons.size(), reasons.toString());
        int i = 0;
        for (String expected : impossible.keySet()) {
            String reason = reasons.get(i++);
            assertTrue(reason.startsWith(expected), "expected '" + expected + "', got '" + reason + "'");
        }
        assertEquals(List.of("IQ"), engine.alertsSoFar().stream().map(EscalationAlert::getRegion).toList(),
                "the good incident at the bounds still counts");
    }

    @Test
    void anIncidentReportedBeyondItsHorizonIsBackgroundNotAFault() {
        incident("recent", "2024-01-28", "IQ");
        quiet();
        incident("too-late", "2024-01-10", "IQ"); // 18 days back: beyond the 14-day report horizon of its feed

        assertEquals(List.of(), engine.deadLetterReasons());
        assertEquals(1.0, engine.metricTotal(EscalationProcessor.BACKGROUND + "-total"));
    }

    /** The feed falls quiet: the engine takes every incident it holds back. */
    private void quiet() {
        engine.quiet();
    }

    private void pipe(Article article) {
        engine.pipe(article.getId(), article, article.getPublishedAt());
    }

    private void incident(String id, String date, String country) {
        engine.pipe(id, Incident.newBuilder()
                .setId(id).setEventType(EventType.AIR_STRIKE).setEventDate(LocalDate.parse(date)).setCountryCode(country)
                .setActorSide("US").setTargetSide("IRAN_AXIS").build());
    }
}
