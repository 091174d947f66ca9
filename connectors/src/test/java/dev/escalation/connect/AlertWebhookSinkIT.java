package dev.escalation.connect;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.connect.alerts.AlertWebhookSinkConnector;
import dev.escalation.feeds.RecordJson;
import dev.escalation.records.AlertStatus;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Evidence;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The alert webhook sink in a real Connect worker, posting to a local HTTP server. */
class AlertWebhookSinkIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static ConnectCluster cluster;
    private static LogCapture log;
    private static FeedServer server;

    @BeforeAll
    static void start() {
        cluster = ConnectCluster.start();
        log = LogCapture.attach();
        server = new FeedServer();
        server.serve("/hook", "application/json", "{}");
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        cluster.close();
    }

    private static Map<String, String> config(String topic, String url) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", AlertWebhookSinkConnector.class.getName());
        config.put("topics", topic);
        config.put("webhook.url", url);
        config.put("schema.registry.url", cluster.registryUrl());
        config.put("retry.backoff.initial.ms", "50");
        config.put("retry.backoff.max.ms", "200");
        config.put("max.attempts", "3");
        return config;
    }

    private static EscalationAlert alert(String region, int level, int previous, AlertStatus status, String time) {
        Instant at = Instant.parse(time);
        return EscalationAlert.newBuilder()
                .setAlertId(region + "-" + level + "-" + time)
                .setRegion(region)
                .setCountries(List.of(region))
                .setLevel(level)
                .setLevelName(List.of("CALM", "ELEVATED", "HIGH", "RETALIATION", "CYCLE", "CRISIS").get(level))
                .setPreviousLevel(previous)
                .setStatus(status)
                .setEventTime(at)
                .setWindowStart(at.minus(Duration.ofDays(7)))
                .setWindowEnd(at)
                .setCounts(Map.of("AIR_STRIKE", 2))
                .setReasons(List.of("US answered IRAN_AXIS's drone attack in JO with an air strike in " + region))
                .setEvidence(Evidence.newBuilder().setIncidentIds(List.of("i1")).setUrls(List.of("https://example.org/a1")).build())
                .setConfigVersion("default-1")
                .build();
    }

    @Test
    void postsEachAlertAsJsonOnceThroughFailedAttempts() {
        cluster.createTopics("alerts-hook");
        Map<String, EscalationAlert> alerts = new LinkedHashMap<>();
        alerts.put("JO", alert("JO", 1, 0, AlertStatus.RAISED, "2024-01-28T00:00:00Z"));
        alerts.put("IQ", alert("IQ", 3, 0, AlertStatus.RAISED, "2024-02-02T00:00:00Z"));
        alerts.put("SY", alert("SY", 3, 0, AlertStatus.RAISED, "2024-02-02T00:00:00Z"));
        cluster.produce("alerts-hook", EscalationAlert.class, alerts);
        // The first alert goes through, the second fails twice: the batch comes again, the first is not posted twice.
        server.queue("/hook", 200, 503, 503);

        cluster.worker().createConnector("alerts-hook", config("alerts-hook", server.url("/hook")));

        List<String> expected = alerts.values().stream().map(RecordJson::write).toList();
        await().atMost(TIMEOUT).until(() -> server.posted("/hook").size() >= expected.size());
        assertEquals(expected, server.posted("/hook"));
        assertTrue(log.has("POST " + server.url("/hook") + " answered HTTP 503 (attempt 1 of 3; retrying in 50 ms)"), log.lines().toString());
        assertTrue(log.has("POST " + server.url("/hook") + " answered HTTP 503 (attempt 2 of 3; retrying in 100 ms)"), log.lines().toString());
        assertEquals("RUNNING", cluster.worker().taskState("alerts-hook"));
        cluster.worker().delete("alerts-hook");
    }

    @Test
    void anUnreachableWebhookFailsTheTaskNamingItsUrl() {
        cluster.createTopics("alerts-dead");
        cluster.produce("alerts-dead", EscalationAlert.class, Map.of("IQ", alert("IQ", 3, 0, AlertStatus.RAISED, "2024-02-02T00:00:00Z")));
        String dead = FeedServer.deadUrl("/hook");

        cluster.worker().createConnector("alerts-dead", config("alerts-dead", dead));

        String trace = cluster.worker().awaitFailed("alerts-dead", TIMEOUT);
        assertTrue(trace.contains("alert webhook " + dead + " failed 3 attempts in a row (max.attempts=3)"), trace);
        cluster.worker().delete("alerts-dead");
    }
}
