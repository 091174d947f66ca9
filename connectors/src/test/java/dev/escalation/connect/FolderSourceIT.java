package dev.escalation.connect;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.escalation.connect.folder.FolderSourceConnector;
import dev.escalation.records.Article;
import dev.escalation.records.Incident;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder source in a real Connect worker: every format in, new files picked up, offsets by file and line, bad rows reported. */
class FolderSourceIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static LogCapture log;
    private static ConnectCluster cluster;

    @BeforeAll
    static void start() {
        cluster = ConnectCluster.start();
        log = LogCapture.attach();
    }

    @AfterAll
    static void stop() throws IOException {
        cluster.close();
    }

    private static Map<String, String> config(Path folder, String topicPrefix) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", FolderSourceConnector.class.getName());
        config.put("tasks.max", "1");
        config.put("folder", folder.toString());
        config.put("schema.registry.url", cluster.registryUrl());
        config.put("articles.topic", topicPrefix + "-articles");
        config.put("incidents.topic", topicPrefix + "-incidents");
        config.put("poll.interval.ms", "100");
        return config;
    }

    @Test
    void movesGdeltAcledAndJsonLinesIntoTheTopicsAndPicksUpNewFiles(@TempDir Path folder) throws Exception {
        cluster.createTopics("all-articles", "all-incidents");
        Path acled = Fixtures.put(folder, "acled-events.csv", Fixtures.bytes("acled-events.csv"));
        Path gdelt = Fixtures.put(folder, "gdelt-events.export.CSV", Fixtures.bytes("gdelt-events.export.CSV"));
        byte[] zip = Fixtures.zip("incidents.jsonl", Fixtures.incidents(2_000));
        Path truncated = Fixtures.put(folder, "incidents-truncated.jsonl.zip", Fixtures.truncated(zip, 0.5));
        Path incidents = Fixtures.put(folder, "incidents.jsonl", Fixtures.bytes("incidents.jsonl"));
        Fixtures.put(folder, "notes.txt", "not a feed file".getBytes());
        // In name order, as the source reads them.
        List<String> expected = Fixtures.expected(acled, gdelt, truncated, incidents);
        int beforeDamage = Fixtures.expected(truncated).size();
        assertTrue(beforeDamage > 500 && beforeDamage < 2_000, "the rows before the damage of the truncated zip are read: " + beforeDamage);

        cluster.worker().createConnector("folder-all", config(folder, "all"));

        await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(expected, Fixtures.actual(cluster.read("all-incidents", Incident.class))));
        await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(Map.of(
                        "acled-events.csv", true, "gdelt-events.export.CSV", true, "incidents-truncated.jsonl.zip", true, "incidents.jsonl", true),
                done(cluster.worker().offsets("folder-all"))));
        assertTrue(log.has("gdelt-events.export.CSV:9: expected 61 tab-separated columns"), "a short row is reported with its line");
        assertTrue(log.has("gdelt-events.export.CSV:10: bad date '20241327'"), "a bad date is reported with its line");
        assertTrue(log.has("incidents-truncated.jsonl.zip:" + (beforeDamage + 1) + ": the file breaks off"), "a truncated zip is reported where it breaks");
        assertTrue(log.has("incidents.jsonl: rows read 5; records 2;", "rejected 3"), "each file's counts are logged");
        assertTrue(log.has("notes.txt: skipped: ", "cannot tell its format"), "a file that is no feed is reported and skipped");
        assertEquals(Fixtures.rejected(acled, gdelt, truncated, incidents) + 1, ConnectCluster.taskMetric("folder-all", "rows-rejected-total"),
                "every bad row, and the file that is no feed, counted");

        // A file moved in later is picked up by the running connector.
        Path articles = Fixtures.put(folder, "articles.jsonl", Fixtures.bytes("articles.jsonl"));
        List<String> expectedArticles = Fixtures.expected(articles);
        assertEquals(4, expectedArticles.size());
        await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(expectedArticles, Fixtures.actual(cluster.read("all-articles", Article.class))));
        assertEquals(expected, Fixtures.actual(cluster.read("all-incidents", Incident.class)), "finished files are not read again");
        cluster.worker().delete("folder-all");
    }

    @Test
    void resumesAfterTheLineOfItsOffset(@TempDir Path folder) {
        cluster.createTopics("resume-articles", "resume-incidents");
        Fixtures.put(folder, "generated.jsonl", Fixtures.incidents(10));
        cluster.worker().createStopped("folder-resume", config(folder, "resume"));
        cluster.worker().patchOffsets("folder-resume", List.of(Map.of(
                "partition", Map.of("file", "generated.jsonl"), "offset", Map.of("line", 4, "done", false))));

        cluster.worker().resume("folder-resume");

        List<String> expected = IntStream.rangeClosed(5, 10).mapToObj(i -> "gen-" + i).toList();
        await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(expected, ids(cluster.read("resume-incidents", Incident.class))));
        cluster.worker().delete("folder-resume");
    }

    @Test
    void stoppedMidFileAndResumedNeitherLosesNorRepeatsRows(@TempDir Path folder) {
        cluster.createTopics("restart-articles", "restart-incidents");
        int rows = 20_000;
        Fixtures.put(folder, "generated.jsonl", Fixtures.incidents(rows));
        Map<String, String> config = config(folder, "restart");
        config.put("batch.size", "1");
        cluster.worker().createConnector("folder-restart", config);
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(10)).until(() -> cluster.count("restart-incidents") > 0);

        // Stopping shuts the task down gracefully: it commits the offset of the last row written.
        cluster.worker().stopAndWait("folder-restart", TIMEOUT);
        JsonNode offset = cluster.worker().offsets("folder-restart").get(0).path("offset");
        long line = offset.path("line").asLong();
        assertTrue(line > 0 && line < rows && !offset.path("done").asBoolean(), "stopped mid-file: " + offset);
        assertEquals(line, cluster.count("restart-incidents"), "the offset is the last row written");

        cluster.worker().resume("folder-restart");

        await().atMost(TIMEOUT).until(() -> done(cluster.worker().offsets("folder-restart")).equals(Map.of("generated.jsonl", true)));
        List<String> expected = IntStream.rangeClosed(1, rows).mapToObj(i -> "gen-" + i).toList();
        assertEquals(expected, ids(cluster.read("restart-incidents", Incident.class)), "no row lost or repeated");
        assertTrue(log.has("generated.jsonl: resuming after line " + line), "resumed after the offset's line: " + log.lines());
        cluster.worker().delete("folder-restart");
    }

    @Test
    void aBadSettingIsNamedByTheValidateEndpoint(@TempDir Path folder) {
        Map<String, String> config = config(folder.resolve("missing"), "bad");
        config.put("name", "folder-bad");
        config.put("batch.size", "0");
        JsonNode result = cluster.worker().validate(FolderSourceConnector.class.getSimpleName(), config);
        List<String> errors = StreamSupport.stream(result.path("configs").spliterator(), false)
                .flatMap(c -> StreamSupport.stream(c.path("value").path("errors").spliterator(), false)).map(JsonNode::asText).toList();
        assertTrue(errors.stream().anyMatch(e -> e.contains(folder.resolve("missing").toString()) && e.contains("folder")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("batch.size")), errors.toString());
        assertEquals(2, errors.size(), errors.toString());
    }

    /** File name to whether its offset marks it finished. */
    private static Map<String, Boolean> done(JsonNode offsets) {
        Map<String, Boolean> done = new HashMap<>();
        offsets.forEach(o -> done.put(o.path("partition").path("file").asText(), o.path("offset").path("done").asBoolean()));
        return done;
    }

    private static List<String> ids(List<ConnectCluster.Read<Incident>> records) {
        return records.stream().map(r -> r.value().getId()).toList();
    }
}
