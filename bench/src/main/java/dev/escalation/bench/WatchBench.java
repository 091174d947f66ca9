package dev.escalation.bench;

import dev.escalation.config.EngineConfig;
import dev.escalation.model.EscalationLevel;
import dev.escalation.records.AlertStatus;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Evidence;
import dev.escalation.records.IncidentRef;
import dev.escalation.records.RegionState;
import dev.escalation.records.RetaliationLink;
import dev.escalation.watch.AlertBoard;
import dev.escalation.watch.DeadLetterBoard;
import dev.escalation.watch.RegionLevel;
import dev.escalation.watch.RegionSource;
import dev.escalation.watch.StoreRegions;
import dev.escalation.watch.WatchServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How fast the watch floor answers with a large state held: 250 regions and 10,000 alerts (the
 * most it holds), each path asked over HTTP on localhost, one request at a time, after a
 * warm-up. The regions are built per request from RegionState records, as the store query does;
 * the alerts sit on the same board the alert topic fills. Run:
 * {@code mvn -B -q -pl bench exec:java -Dexec.mainClass=dev.escalation.bench.WatchBench}
 * (-Dbench.regions=N -Dbench.alerts=N -Dbench.requests=N).
 */
public final class WatchBench {

    public static void main(String[] args) throws Exception {
        int regionCount = Integer.getInteger("bench.regions", 250);
        int alertCount = Integer.getInteger("bench.alerts", 10_000);
        int requests = Integer.getInteger("bench.requests", 500);
        EngineConfig config = EngineConfig.defaults();
        Random random = new Random(15);
        List<RegionState> states = new ArrayList<>();
        for (int i = 0; i < regionCount; i++) {
            states.add(RegionState.newBuilder().setRegion(region(i)).setLevel(random.nextInt(6))
                    .setLevelSince(Instant.parse("2024-01-01T00:00:00Z").toEpochMilli() + random.nextInt(1_000_000) * 1000L).build());
        }
        RegionSource regions = new RegionSource() {
            @Override
            public List<RegionLevel> regions() {
                return states.stream().map(s -> StoreRegions.view(config, s)).toList();
            }

            @Override
            public String notReadyReason() {
                return null;
            }
        };
        AlertBoard alerts = new AlertBoard(alertCount);
        Instant t0 = Instant.parse("2023-01-01T00:00:00Z");
        for (int i = 0; i < alertCount; i++) {
            alerts.add(alert(i, region(random.nextInt(regionCount)), random.nextInt(6), t0.plusSeconds(3_600L * i)));
        }
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (WatchServer server = WatchServer.start(new WatchServer.Sources(regions, alerts, new DeadLetterBoard(1000), metrics,
                () -> { }, () -> Map.of("state", "RUNNING", "configVersion", config.version(), "alertsHeld", alerts.size())), "localhost", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://localhost:" + server.port();
            System.out.printf("watch floor with %d regions and %,d alerts held; %d requests per path after %d warm-up%n",
                    regionCount, alerts.size(), requests, requests);
            System.out.printf("%-48s %9s %9s %9s %9s %10s%n", "path", "p50 ms", "p95 ms", "p99 ms", "max ms", "bytes");
            for (String path : List.of("/", "/app.js", "/api/status", "/api/regions", "/api/alerts", "/api/alerts?limit=1000",
                    "/api/alerts?region=R007&minLevel=3", "/api/alerts?limit=10000", "/metrics")) {
                measure(http, base + path, path, requests);
            }
        }
    }

    private static void measure(HttpClient http, String url, String path, int requests) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
        long bytes = 0;
        for (int i = 0; i < requests; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            bytes = response.body().length;
        }
        Arrays.sort(ms);
        System.out.printf("%-48s %9.2f %9.2f %9.2f %9.2f %,10d%n", path, ms[requests / 2], ms[(int) (requests * 0.95)],
                ms[(int) (requests * 0.99)], ms[requests - 1], bytes);
    }

    private static String region(int i) {
        return String.format("R%03d", i);
    }

    private static EscalationAlert alert(int i, String region, int level, Instant at) {
        IncidentRef attack = IncidentRef.newBuilder().setIncidentId("a" + i).setEventType("DRONE_ATTACK").setActorSide("IRAN_AXIS")
                .setTargetSide("US").setCountryCode("JO").setEventTime(at.minusSeconds(432_000)).build();
        IncidentRef response = IncidentRef.newBuilder().setIncidentId("r" + i).setEventType("AIR_STRIKE").setActorSide("US")
                .setTargetSide("IRAN_AXIS").setCountryCode("IQ").setEventTime(at).build();
        return EscalationAlert.newBuilder().setAlertId(region + "-" + level + "-" + i).setRegion(region).setCountries(List.of("IQ"))
                .setLevel(level).setLevelName(EscalationLevel.values()[level].name()).setPreviousLevel(0).setStatus(AlertStatus.RAISED)
                .setEventTime(at).setWindowStart(at.minusSeconds(604_800)).setWindowEnd(at).setCounts(Map.of("AIR_STRIKE", 1, "DRONE_ATTACK", 1))
                .setFatalities(16).setRetaliationChain(List.of(RetaliationLink.newBuilder().setAttack(attack).setResponse(response)
                        .setLagHours(120).build()))
                .setReasons(List.of("intensity 12.0 over 7 days is at or above HIGH (12.0)",
                        "US answered IRAN_AXIS's drone attack in JO with an air strike in IQ 120 hours later"))
                .setEvidence(Evidence.newBuilder().setIncidentIds(List.of("a" + i, "r" + i))
                        .setUrls(List.of("https://example.org/article-" + i)).build())
                .setConfigVersion("default-1").build();
    }
}
