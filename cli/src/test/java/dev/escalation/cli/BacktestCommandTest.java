package dev.escalation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./escalation backtest}: feed fixtures through the engine's topology, no broker. */
class BacktestCommandTest {

    static final Path FIXTURES = Path.of("..", "core", "src", "test", "resources", "dev", "escalation", "feeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Escalation.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    /** The fixture's regions with a known normal of 0 (no cold start): every row above the evidence floor counts. */
    private static final String KNOWN_QUIET = "regions:\n  baselines: {IQ: 0, IL: 0, SY: 0}\n";

    @Test
    void aGdeltExportBacktestsToRetaliationAndCycleAlertsAsJsonLines(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("known.yaml"), "version: defaults\n" + KNOWN_QUIET);
        assertEquals(0, run("backtest", FIXTURES.resolve("gdelt-events.export.CSV").toString(), "--config", config.toString()));

        List<JsonNode> alerts = lines();
        assertTrue(alerts.stream().anyMatch(a -> a.get("alertId").asText().equals("IQ-3-20240126T000000Z")
                && a.get("levelName").asText().equals("RETALIATION") && a.get("eventTime").asText().equals("2024-01-26T00:00:00Z")), out.toString());
        assertTrue(alerts.stream().anyMatch(a -> a.get("region").asText().equals("IQ") && a.get("levelName").asText().equals("CYCLE")), out.toString());
        String summary = err.toString();
        assertTrue(summary.contains("rows read 13; records 5; skipped 2; duplicates 1; rejected 5"), summary);
        assertTrue(summary.contains("gdelt-events.export.CSV:12: unknown CAMEO event code '199'"), summary);
        assertTrue(summary.contains("IQ       1 ELEVATED x1, 3 RETALIATION x1, 4 CYCLE x1"), summary);
        assertTrue(summary.contains("2024-01-26 00:00Z  IQ       RETALIATION (was 1) ESCALATED"), summary);
    }

    @Test
    void badRowsFailTheRunOnlyUnderStrict() {
        assertEquals(ExitCodes.BAD_INPUT, run("backtest", "--strict", FIXTURES.resolve("acled-events.csv").toString()));
    }

    @Test
    void compareShowsTheAlertsOnlyOneConfigurationFires(@TempDir Path dir) throws Exception {
        Path known = Files.writeString(dir.resolve("known.yaml"), "version: defaults\n" + KNOWN_QUIET);
        Path calm = Files.writeString(dir.resolve("calm.yaml"), "version: calm-1\nescalation:\n  levels:\n    elevated: 50\n    high: 100\n" + KNOWN_QUIET);
        assertEquals(0, run("backtest", FIXTURES.resolve("gdelt-events.export.CSV").toString(), "--config", known.toString(),
                "--compare", calm.toString()));

        List<JsonNode> differences = lines();
        assertTrue(differences.stream().anyMatch(a -> a.get("firedBy").asText().equals(known.toString())
                && a.get("alertId").asText().equals("IL-1-20240127T000000Z")), out.toString());
        assertTrue(differences.stream().noneMatch(a -> a.get("firedBy").asText().equals(calm.toString())
                && a.get("level").asInt() == 1), "calm fires no ELEVATED: " + out);
        assertTrue(err.toString().contains("compare: "), err.toString());
    }

    @Test
    void aFileOfUnknownFormatIsOneLineAndExitOne(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "just some words\n");
        assertEquals(1, run("backtest", file.toString()));
        assertTrue(err.toString().trim().startsWith("escalation backtest: " + file + ":0: " + file + ": cannot tell its format"), err.toString());
    }
}
