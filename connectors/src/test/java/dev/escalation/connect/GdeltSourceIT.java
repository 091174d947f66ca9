package dev.escalation.connect;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.escalation.connect.gdelt.GdeltSourceConnector;
import dev.escalation.records.Incident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GDELT source in a real Connect worker, following a lastupdate.txt served by a local HTTP
 * server that the test moves from one 15-minute export to the next.
 */
class GdeltSourceIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String FIRST = "/gdeltv2/20240126000000.export.CSV.zip";
    private static final String SECOND = "/gdeltv2/20240127000000.export.CSV.zip";

    private static ConnectCluster cluster;
    private static LogCapture log;
    private static FeedServer server;
    private static byte[] first;
    private static byte[] second;

    @BeforeAll
    static void start() {
        cluster = ConnectCluster.start();
        log = LogCapture.attach();
        server = new FeedServer();
        // The fixture's first four rows are one export, the rest (bad rows among them) the next.
        byte[] rows = Fixtures.bytes("gdelt-events.export.CSV");
        first = Fixtures.zip("20240126000000.export.CSV", Fixtures.lines(rows, 4, false));
        second = Fixtures.zip("20240127000000.export.CSV", Fixtures.lines(rows, 4, true));
        server.serve(FIRST, "application/zip", first);
        server.serve(SECOND, "application/zip", second);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        cluster.close();
    }

    /** A lastupdate.txt naming {@code export} (with its size and MD5), and the mentions and GKG files beside it. */
    private static String lastUpdate(String export, byte[] content, String md5) {
        String base = server.url(export.replace(".export.CSV.zip", ""));
        return content.length + " " + md5 + " " + server.url(export) + "\n"
                + "5000 0123456789abcdef0123456789abcdef " + base + ".mentions.CSV.zip\n"
                + "9000 0123456789abcdef0123456789abcdef " + base + ".gkg.csv.zip\n";
    }

    private static Map<String, String> config(String updatePath, String topic) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", GdeltSourceConnector.class.getName());
        config.put("gdelt.update.url", server.url(updatePath));
        config.put("schema.registry.url", cluster.registryUrl());
        config.put("incidents.topic", topic);
        config.put("poll.interval.ms", "200");
        config.put("retry.backoff.initial.ms", "50");
        config.put("max.consecutive.failures", "3");
        return config;
    }

    @Test
    void followsTheUpdateListFromOneExportToTheNext(@TempDir Path dir) throws IOException {
        cluster.createTopics("gdelt-incidents");
        List<String> expectedFirst = Fixtures.expected(Files.write(dir.resolve("first.export.CSV.zip"), first));
        List<String> expectedSecond = Fixtures.expected(Files.write(dir.resolve("second.export.CSV.zip"), second));
        server.serve("/follow/lastupdate.txt", "text/plain", lastUpdate(FIRST, first, Fixtures.md5(first)));
        cluster.worker().createConnector("gdelt", config("/follow/lastupdate.txt", "gdelt-incidents"));

        await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(expectedFirst, Fixtures.actual(cluster.read("gdelt-incidents", Incident.class))));

        server.serve("/follow/lastupdate.txt", "text/plain", lastUpdate(SECOND, second, Fixtures.md5(second)));
        List<String> both = new ArrayList<>(expectedFirst);
        both.addAll(expectedSecond);
        await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(both, Fixtures.actual(cluster.read("gdelt-incidents", Incident.class))));
        await().atMost(TIMEOUT).untilAsserted(() -> {
            JsonNode offset = cluster.worker().offsets("gdelt").get(0).path("offset");
            assertEquals(server.url(SECOND), offset.path("file").asText());
            assertTrue(offset.path("done").asBoolean(), offset.toString());
        });
        assertTrue(log.has(server.url(SECOND) + ":5: expected 61 tab-separated columns"), "a bad row is reported with its export and line");

        // Restarted, with the same export still listed: nothing is read again.
        cluster.worker().stopAndWait("gdelt", TIMEOUT);
        cluster.worker().resume("gdelt");
        int polls = server.hits("/follow/lastupdate.txt");
        await().atMost(TIMEOUT).until(() -> server.hits("/follow/lastupdate.txt") >= polls + 2);
        assertEquals(both.size(), cluster.count("gdelt-incidents"));
        cluster.worker().delete("gdelt");
    }

    @Test
    void resumesAnInterruptedExportAfterTheLineOfItsOffset(@TempDir Path dir) throws IOException {
        cluster.createTopics("gdelt-resume-incidents");
        server.serve("/resume/lastupdate.txt", "text/plain", lastUpdate(SECOND, second, Fixtures.md5(second)));
        cluster.worker().createStopped("gdelt-resume", config("/resume/lastupdate.txt", "gdelt-resume-incidents"));
        cluster.worker().patchOffsets("gdelt-resume", List.of(Map.of(
                "partition", Map.of("update.url", server.url("/resume/lastupdate.txt")),
                "offset", Map.of("file", server.url(SECOND), "line", 2, "done", false))));

        cluster.worker().resume("gdelt-resume");

        List<String> expected = Fixtures.expectedAfter(2, Files.write(dir.resolve("second.export.CSV.zip"), second));
        assertTrue(expected.size() < Fixtures.expected(dir.resolve("second.export.CSV.zip")).size(), "rows up to line 2 are left out");
        await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(expected, Fixtures.actual(cluster.read("gdelt-resume-incidents", Incident.class))));
        assertTrue(log.has(server.url(SECOND) + ": resuming after line 2"));
        cluster.worker().delete("gdelt-resume");
    }

    @Test
    void aDamagedDownloadIsRetriedThenFailsTheTask() {
        cluster.createTopics("gdelt-damaged-incidents");
        server.serve("/damaged/lastupdate.txt", "text/plain", lastUpdate(FIRST, first, "00000000000000000000000000000000"));
        cluster.worker().createConnector("gdelt-damaged", config("/damaged/lastupdate.txt", "gdelt-damaged-incidents"));

        String trace = cluster.worker().awaitFailed("gdelt-damaged", TIMEOUT);
        assertTrue(trace.contains("giving up on " + server.url("/damaged/lastupdate.txt") + " after 3 failures in a row"), trace);
        assertTrue(trace.contains("the download of " + server.url(FIRST) + " has " + first.length + " bytes"), trace);
        assertEquals(0, cluster.count("gdelt-damaged-incidents"), "a damaged export is never read");
        cluster.worker().delete("gdelt-damaged");
    }
}
