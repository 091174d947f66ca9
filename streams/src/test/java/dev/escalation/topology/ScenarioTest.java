package dev.escalation.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.escalation.config.EngineConfig;
import dev.escalation.model.EscalationLevel;
import dev.escalation.extract.EventCoder;
import dev.escalation.records.EscalationAlert;
import dev.escalation.runtime.Backtest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario file under {@code src/test/resources/scenarios} (format: the README there)
 * through the engine's topology as it runs ({@link Backtest#ofEngine}), with no broker, and checks the
 * alerts it gives: exactly the expected ones, in order, none of the forbidden ones, and the expected dead letters.
 */
class ScenarioTest {

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        return Scenario.files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(Scenario.read(file))));
    }

    private static void run(Scenario scenario) throws Exception {
        EngineConfig config = scenario.config();
        List<EscalationAlert> alerts;
        List<String> deadLetters;
        try (Backtest engine = Backtest.ofEngine(config, EventCoder.withDefaultDictionaries())) {
            for (Scenario.Step step : scenario.input()) {
                if (step instanceof Scenario.Send send) {
                    engine.pipe(send.incident().getId(), send.incident());
                } else if (step instanceof Scenario.Apply apply) {
                    // An operator applies a config while the feed is quiet: the engine has taken all it received.
                    engine.quiet();
                    engine.applyConfig(apply.yaml()); // what `config apply` publishes
                } else {
                    engine.quiet();
                }
            }
            // The input ends: the partition falls idle and the engine takes the last instant.
            alerts = engine.alerts();
            deadLetters = engine.deadLetterReasons();
        }
        JsonNode expect = scenario.expect();
        String actual = "actual alerts:\n" + describe(alerts) + "dead letters: " + deadLetters;
        assertTrue(alerts.stream().noneMatch(a -> a.getRegion().equals(Scenario.TICK_REGION)), actual);
        checkAlerts(expect.path("alerts"), alerts, actual);
        for (JsonNode never : expect.path("never")) {
            int level = EscalationLevel.valueOf(never.get("level").asText()).ordinal();
            String region = never.get("region").asText();
            assertTrue(alerts.stream().noneMatch(a -> a.getRegion().equals(region) && a.getLevel() >= level),
                    "nothing at " + never.get("level").asText() + " or above may fire for " + region + "; " + actual);
        }
        JsonNode expectedDead = expect.path("deadLetters");
        assertEquals(expectedDead.size(), deadLetters.size(), "dead letters; " + actual);
        for (int i = 0; i < expectedDead.size(); i++) {
            String reason = deadLetters.get(i);
            String id = expectedDead.get(i).get("id").asText();
            assertTrue(reason.contains("incident " + id + " ") && reason.contains(expectedDead.get(i).get("reason").asText()),
                    "dead letter " + i + " should be " + expectedDead.get(i) + "; " + actual);
        }
    }

    private static void checkAlerts(JsonNode expected, List<EscalationAlert> alerts, String actual) {
        assertEquals(expected.size(), alerts.size(), "number of alerts; " + actual);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            EscalationAlert a = alerts.get(i);
            String where = "alert " + i + " " + e + "; " + actual;
            assertEquals(e.get("region").asText(), a.getRegion(), where);
            assertEquals(e.get("level").asText(), a.getLevelName(), where);
            assertEquals(e.get("status").asText(), a.getStatus().name(), where);
            assertEquals(Scenario.instant(e.get("at").asText()), a.getEventTime(), where);
            if (e.has("version")) {
                assertEquals(e.get("version").asText(), a.getConfigVersion(), where);
            }
            assertEquals(a.getRegion() + "-" + a.getLevel() + "-", a.getAlertId().substring(0, a.getRegion().length() + 3), where);
            for (JsonNode reason : e.path("reasons")) {
                assertTrue(a.getReasons().stream().anyMatch(r -> r.contains(reason.asText())), "reason '" + reason.asText() + "' in " + where);
            }
            if (e.has("chain")) {
                List<String> chain = new ArrayList<>();
                e.get("chain").forEach(link -> chain.add(link.asText()));
                assertEquals(chain, a.getRetaliationChain().stream().map(l -> String.format("%s>%s %.0fh",
                        l.getAttack().getIncidentId(), l.getResponse().getIncidentId(), l.getLagHours())).toList(), where);
            }
            for (JsonNode id : e.path("evidence")) {
                assertTrue(a.getEvidence().getIncidentIds().contains(id.asText()), "evidence " + id + " in " + where);
            }
            if (e.has("evidenceCount")) {
                assertEquals(e.get("evidenceCount").asInt(), a.getEvidence().getIncidentIds().size(), "evidence " + a.getEvidence() + " in " + where);
            }
        }
    }

    private static String describe(List<EscalationAlert> alerts) {
        StringBuilder s = new StringBuilder();
        for (EscalationAlert a : alerts) {
            s.append(String.format("  %s %s %s (was %d) %s reasons=%s chain=%s evidence=%s%n", a.getEventTime(), a.getRegion(),
                    a.getLevelName(), a.getPreviousLevel(), a.getStatus(), a.getReasons(),
                    a.getRetaliationChain().stream().map(l -> l.getAttack().getIncidentId() + ">" + l.getResponse().getIncidentId()
                            + String.format(" %.0fh", l.getLagHours())).toList(), a.getEvidence().getIncidentIds()));
        }
        return s.toString();
    }
}
