package dev.escalation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: every command listed, bad input one clear line. */
class EscalationCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Escalation.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void helpListsEveryCommandOfTheContract() {
        assertEquals(0, run("--help"));
        for (String command : List.of("demo", "run", "extract", "backtest", "replay", "alerts", "dead-letters", "config", "reset")) {
            assertTrue(out.toString().contains("  " + command), command + " missing from:\n" + out);
        }
    }

    @Test
    void aMissingSeedsFolderIsOneLineAndExitOne(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder");
        assertEquals(1, run("demo", "--seeds", missing.toString()));
        assertEquals("escalation demo: seeds folder " + missing + " is missing or unreadable", err.toString().trim());
    }

    @Test
    void aSeedsFolderWithNoArticlesIsOneLineAndExitOne(@TempDir Path dir) {
        assertEquals(1, run("demo", "--seeds", dir.toString()));
        assertEquals("escalation demo: seeds folder " + dir + " holds no *.txt articles", err.toString().trim());
    }

    @Test
    void aKafkaPortInUseIsOneLineAndExitOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("article-2024-02-03-x.txt"), "US air strikes hit Iraq.");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("localhost", 0));
            assertEquals(1, run("demo", "--seeds", dir.toString(), "--kafka-port", String.valueOf(taken.getLocalPort())));
            assertEquals("escalation demo: Kafka port " + taken.getLocalPort() + " on localhost is already in use", err.toString().trim());
        }
    }

    @Test
    void anInvalidConfigNamesEachBadField(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("bad.yaml"), "escalation:\n  window: -7d\n  levels:\n    elevated: 20\n    high: 10\n");
        assertEquals(1, run("demo", "--seeds", dir.toString(), "--config", config.toString()));
        String message = err.toString().trim();
        assertTrue(message.startsWith("escalation demo: " + config + ": "), message);
        assertTrue(message.contains("escalation.window: -7d is not allowed: must be a positive duration"), message);
        assertTrue(message.contains("escalation.levels.high: 10.0 must be above escalation.levels.elevated (20.0)"), message);
    }

    @Test
    void configValidateAcceptsAGoodFile(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("ops.yaml"), "version: ops-2\nescalation:\n  cooldown: 36h\n");
        assertEquals(0, run("config", "validate", config.toString()));
        assertEquals(config + ": valid (version ops-2)", out.toString().trim());
    }

    @Test
    void configValidateListsEveryProblemAndExitsOne(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("bad.yaml"), "escalation:\n  joinWindow: 0d\n  weights:\n    AIR_STRIKE: x\n  cooldwn: 1d\n");
        assertEquals(1, run("config", "validate", config.toString()));
        assertEquals(List.of(config + ": 3 problem(s)",
                "  escalation.cooldwn: unknown setting; allowed here: window, baseline, joinWindow, grace, reportHorizon, settle, partitionIdle, cooldown, threatHold, chainLinks, evidenceLimit, fatalityWeight, weights, levels, coldStart, evidence, surge",
                "  escalation.weights.AIR_STRIKE: \"x\" is not allowed: must be a number from 0 to 1000",
                "  escalation.joinWindow: 0d is not allowed: must be a positive duration such as 90s, 30m, 36h, 7d or P7D"),
                err.toString().lines().toList());
    }

    @Test
    void badAlertAndDeadLetterOptionValuesAreRefusedWithOneLineAndExitOne() {
        String[] cluster = {"--bootstrap-servers", "localhost:1", "--schema-registry-url", "http://localhost:1"};
        assertEquals(1, run(concat(new String[] {"alerts", "--min-level", "9"}, cluster)));
        assertEquals("escalation alerts: --min-level 9 is not a level from 0 to 5", err.toString().trim());
        err.getBuffer().setLength(0);
        assertEquals(1, run(concat(new String[] {"alerts", "--max", "-1"}, cluster)));
        assertEquals("escalation alerts: --max -1 is not a count of 1 or more", err.toString().trim());
        err.getBuffer().setLength(0);
        assertEquals(1, run(concat(new String[] {"dead-letters", "--max", "0"}, cluster)));
        assertEquals("escalation dead-letters: --max 0 is not a count of 1 or more", err.toString().trim());
        err.getBuffer().setLength(0);
        assertEquals(1, run("run", "--bootstrap-servers", "localhost:1", "--schema-registry-url", "http://localhost:1", "--http-port", "70000"));
        assertEquals("escalation run: --http-port 70000 is not a port from 0 to 65535 (0: any free port)", err.toString().trim());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
