package dev.escalation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit codes, as README's table says them: 0 done, 1 failed, 2 usage, 3 bad input under
 * --strict, 4 nothing usable. Each case is one a user met (issue 14): a command that read nothing
 * must not say 0.
 */
class ExitCodesTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Escalation.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void readmeTableIsTheCodesTable() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher row = Pattern.compile("(?m)^\\| `(\\d)` \\| ").matcher(readme.substring(readme.indexOf("### Exit codes")));
        List<Integer> documented = row.results().map(r -> Integer.parseInt(r.group(1))).toList();
        assertEquals(List.of(ExitCodes.OK, ExitCodes.FAILED, ExitCodes.USAGE, ExitCodes.BAD_INPUT, ExitCodes.NOTHING_USABLE), documented);
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Exit codes:"), out.toString());
        for (int code = 0; code <= 4; code++) {
            assertTrue(out.toString().contains("  " + code + "   "), "--help lists exit code " + code + ":\n" + out);
        }
    }

    /** What picocli refuses is exit 2 with one line and a pointer to --help, as README says (not 1). */
    @Test
    void anUnknownOptionIsAUsageErrorExitTwo() {
        assertEquals(ExitCodes.USAGE, run("backtest", "--formt", "gdelt", "x.csv"));
        assertEquals(List.of("escalation backtest: Unknown options: '--formt', 'x.csv'", "Try 'escalation backtest --help'."),
                err.toString().lines().toList());
    }

    @Test
    void aMissingRequiredOptionIsExitTwo() {
        assertEquals(ExitCodes.USAGE, run("run"));
        assertTrue(err.toString().startsWith("escalation run: Missing required option: '--bootstrap-servers="), err.toString());
    }

    @Test
    void aValueOfTheWrongTypeIsExitTwo() {
        assertEquals(ExitCodes.USAGE, run("replay", "x.csv", "--bootstrap-servers", "localhost:1", "--partitions", "three"));
        assertEquals(ExitCodes.USAGE, run("demo", "--timeout", "soon"));
        assertTrue(err.toString().contains("escalation demo: --timeout soon is not a positive duration such as 90s or 5m"), err.toString());
    }

    @Test
    void anUnknownCommandIsExitTwo() {
        assertEquals(ExitCodes.USAGE, run("bakctest"));
    }

    @Test
    void extractOfAMissingFileExitsOne() {
        assertEquals(ExitCodes.FAILED, run("extract", "no-such-file.jsonl"));
        assertEquals("escalation extract: no-such-file.jsonl: no such file", err.toString().trim());
    }

    /** The report: a GDELT file of 2,825 rows, all rejected, exited 0. Now 4, after the summary. */
    @Test
    void aGdeltBacktestWhoseRowsAreAllRejectedExitsFour(@TempDir Path dir) throws Exception {
        String rows = IntStream.range(0, 2825).mapToObj(i -> i + "\t20240128\tnot\tan\texport\trow").collect(Collectors.joining("\n"));
        Path file = Files.writeString(dir.resolve("20240128.export.CSV"), rows + "\n");
        assertEquals(ExitCodes.NOTHING_USABLE, run("backtest", "--format", "gdelt", file.toString()));
        assertTrue(err.toString().contains("rows read 2,825; records 0;"), err.toString());
        assertTrue(err.toString().trim().endsWith("escalation backtest: nothing usable in " + file
                + ": 2,825 row(s) read, 2,825 rejected, 0 skipped, no record"), err.toString());
        assertEquals("", out.toString());
    }

    /** A file in the folder that cannot be read fails the run before anything is read; here a broken link, root reads anything. */
    @Test
    void aFolderWithAnUnreadableFileExitsOneNamingIt(@TempDir Path dir) throws Exception {
        Files.copy(BacktestCommandTest.FIXTURES.resolve("gdelt-events.export.CSV"), dir.resolve("a.export.CSV"));
        Path broken = Files.createSymbolicLink(dir.resolve("b.export.CSV"), dir.resolve("gone.CSV"));
        assertEquals(ExitCodes.FAILED, run("backtest", dir.toString()));
        assertEquals("escalation backtest: cannot read 1 file(s) in " + dir + ": " + broken, err.toString().trim());
        assertEquals("", out.toString());
    }

    @Test
    void aFileWithoutReadPermissionExitsOne(@TempDir Path dir) throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads a file of mode 000");
        Files.copy(BacktestCommandTest.FIXTURES.resolve("gdelt-events.export.CSV"), dir.resolve("a.export.CSV"));
        Path locked = Files.writeString(dir.resolve("b.export.CSV"), "x\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assertEquals(ExitCodes.FAILED, run("backtest", dir.toString()));
        assertTrue(err.toString().contains("cannot read 1 file(s) in " + dir + ": " + locked), err.toString());
    }

    /** Folders inside the input folder are not read, and the summary says so instead of skipping them silently. */
    @Test
    void aSubfolderIsNamedAsSkipped(@TempDir Path dir) throws Exception {
        Files.copy(BacktestCommandTest.FIXTURES.resolve("gdelt-events.export.CSV"), dir.resolve("a.export.CSV"));
        Path sub = Files.createDirectory(dir.resolve("2024-02"));
        Files.copy(BacktestCommandTest.FIXTURES.resolve("gdelt-events.export.CSV"), sub.resolve("b.export.CSV"));
        assertEquals(ExitCodes.OK, run("backtest", dir.toString()));
        assertTrue(err.toString().contains("skipped folder " + sub + ": only the files directly in " + dir + " are read"), err.toString());
    }

    @Test
    void badRowsUnderStrictExitThree() {
        assertEquals(ExitCodes.BAD_INPUT, run("backtest", "--strict", BacktestCommandTest.FIXTURES.resolve("acled-events.csv").toString()));
    }

    /** The report: 62 s and "Topic escalation-config not present in metadata". Now one line naming the address, within --connect-timeout. */
    @Test
    void anUnreachableBrokerIsOneLineWithinTheConnectTimeout() throws Exception {
        int port;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        Path config = Files.writeString(Files.createTempFile("ops", ".yaml"), "version: ops-1\n");
        long start = System.nanoTime();
        assertEquals(ExitCodes.FAILED, run("config", "apply", config.toString(), "--bootstrap-servers", "localhost:" + port, "--connect-timeout", "2s"));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("escalation apply: no Kafka broker answered at localhost:" + port + " within 2 s (--connect-timeout)", err.toString().trim());
        assertTrue(seconds < 4, "gave up after " + seconds + " s");
    }

    @Test
    void theConnectTimeoutIsFifteenSecondsByDefault() {
        assertEquals(0, run("run", "--help"));
        assertTrue(out.toString().contains("(default: 15s)"), out.toString());
    }
}
