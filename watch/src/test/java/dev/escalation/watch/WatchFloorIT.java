package dev.escalation.watch;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.config.EngineConfig;
import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.feeds.FeedRecord;
import dev.escalation.feeds.TextArticles;
import dev.escalation.registry.RegistryServer;
import dev.escalation.registry.SchemaRegistryClient;
import dev.escalation.runtime.Engine;
import dev.escalation.runtime.EngineSettings;
import dev.escalation.runtime.Replay;
import dev.escalation.topology.Topics;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch floor's HTTP contract on the real stack: one embedded broker and registry for the
 * class, the engine, the seed articles replayed, then each path asked as a client would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchFloorIT {

    static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    final EngineConfig config = EngineConfig.defaults();
    EmbeddedKafka kafka;
    RegistryServer registry;
    Topics topics;
    Engine engine;
    Watch watch;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start(@TempDir Path stateDir) throws Exception {
        kafka = EmbeddedKafka.start(0, TIMEOUT);
        registry = RegistryServer.start(kafka.bootstrapServers(), 0);
        topics = Topics.create(config.topics(), new SchemaRegistryClient(registry.url()));
        engine = Engine.start(config, topics, EngineSettings.of(kafka.clientConfig())
                .withStreams(Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString())).withTimeout(TIMEOUT));
        watch = Watch.start(engine, config, topics, kafka.clientConfig(), "localhost", 0);
        Path seeds = Path.of("..", "seeds");
        try (Replay replay = new Replay(config, topics, kafka.clientConfig(), 0, null, null);
             Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                replay.send(new FeedRecord(seeds.toString(), 0, TextArticles.read(file)));
            }
        }
        // Not Avro: the engine dead-letters it and goes on.
        try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(kafka.clientConfig(), new ByteArraySerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(topics.articles().name(), "garbage".getBytes(StandardCharsets.UTF_8),
                    "not avro\u0000\u0001<script>".getBytes(StandardCharsets.UTF_8))).get();
        }
        await().atMost(TIMEOUT).until(() -> regionLevel("IQ") == 3 && regionLevel("SY") == 3
                && watch.alertBoard().byId("SY-3-20240202T000000Z").isPresent() && watch.alertBoard().byId("IQ-3-20240202T000000Z").isPresent());
    }

    @AfterAll
    void stop() {
        if (watch != null) watch.close();
        if (engine != null) engine.close();
        if (registry != null) registry.close();
        if (kafka != null) kafka.close();
    }

    String base() {
        return "http://localhost:" + watch.port();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    int regionLevel(String region) throws Exception {
        for (JsonNode r : json("/api/regions")) {
            if (r.get("region").asText().equals(region)) {
                return r.get("level").asInt();
            }
        }
        return -1;
    }

    /**
     * A real browser (Debian's chromium and chromedriver, headless) on the live page: the map and
     * the feed show the seeds' retaliation, a click explains it, a config apply shows without a
     * reload. Runs first: the SSE test below adds an alert of its own to the board.
     */
    @Test
    @Order(1)
    void theLivePageShowsTheMapTheFeedTheChainAndUpdatesWithoutAReload(@TempDir Path profile) throws Exception {
        Path chromium = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
        assertTrue(Files.isExecutable(chromium) && Files.isExecutable(chromedriver),
                "the browser test needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1920,1300", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(base() + "/");
            // The map: each country of a region coloured by the region's level.
            for (String region : List.of("IQ", "SY")) {
                await().atMost(TIMEOUT).until(() -> !browser.findElements(
                        By.cssSelector("#map path[data-country='" + region + "'][data-level='3']")).isEmpty());
            }
            // The feed lists both retaliations.
            for (String region : List.of("IQ", "SY")) {
                await().atMost(TIMEOUT).until(() -> browser.findElements(By.cssSelector("#feed button[data-region='" + region + "']"))
                        .stream().anyMatch(b -> b.getText().contains("3 RETALIATION")));
            }
            await().atMost(TIMEOUT).until(() -> browser.findElement(By.id("live")).getText().contains("on"));
            // A click on Iraq explains its level: the chain, with its lag, and the evidence.
            browser.findElement(By.cssSelector("#map path[data-country='IQ']")).click();
            await().atMost(TIMEOUT).until(() -> !browser.findElements(By.cssSelector("#detail .chain li")).isEmpty());
            String chain = browser.findElement(By.cssSelector("#detail .chain")).getText();
            assertTrue(chain.matches("(?s).*DRONE_ATTACK .* in JO answered by AIR_STRIKE .* in IQ after 120 h.*"), chain);
            assertTrue(browser.findElement(By.cssSelector("#detail .evidence")).getText().contains("article-2024-02-03"),
                    browser.findElement(By.id("detail")).getText());
            assertTrue(!browser.findElements(By.cssSelector("#detail svg.history path")).isEmpty(), "the level over time");
            // A config apply shows on the page without a reload.
            String next = "watch-floor-2";
            dev.escalation.runtime.ConfigPublisher.publish(kafka.clientConfig(), topics.config().name(), "version: " + next + "\n");
            await().atMost(TIMEOUT).until(() -> browser.findElement(By.id("config-version")).getText().equals(next));
            // The filters: RETALIATION and above leaves JO's ELEVATED out of the region list.
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter-level"))).selectByValue("3");
            await().atMost(TIMEOUT).until(() -> browser.findElements(By.cssSelector("#regions button[data-region='JO']")).isEmpty());
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter-level"))).selectByValue("0");
            await().atMost(TIMEOUT).until(() -> !browser.findElements(By.cssSelector("#regions button[data-region='JO']")).isEmpty());
            browser.findElement(By.cssSelector("#map path[data-country='IQ']")).click();
            await().atMost(TIMEOUT).until(() -> !browser.findElements(By.cssSelector("#detail .chain li")).isEmpty());
            Path shot = Path.of("target", "watch-floor.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }

    @Test
    void healthSaysLiveAndReady() throws Exception {
        assertEquals(200, get("/health/live").statusCode());
        HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
    }

    @Test
    void regionsAnswerFromTheEngineStateWithTheAlertThatSetTheLevel() throws Exception {
        JsonNode iq = null;
        for (JsonNode r : json("/api/regions")) {
            if (r.get("region").asText().equals("IQ")) {
                iq = r;
            }
        }
        assertEquals("RETALIATION", iq.get("levelName").asText(), iq.toString());
        assertEquals("2024-02-02T00:00:00Z", iq.get("since").asText());
        assertEquals("IQ-3-20240202T000000Z", iq.get("alertId").asText());
        assertEquals("[\"IQ\"]", iq.get("countries").toString());
    }

    @Test
    void alertsFilterByRegionLevelAndTimeAndRefuseBadValues() throws Exception {
        JsonNode sy = json("/api/alerts?region=SY&minLevel=3&from=2024-01-01T00:00:00Z&limit=5");
        assertEquals(1, sy.size(), sy.toString());
        assertEquals("SY-3-20240202T000000Z", sy.get(0).get("alertId").asText());
        assertEquals("2024-02-02T00:00:00Z", sy.get(0).get("eventTime").asText(), "the alerts --json shape");
        JsonNode all = json("/api/alerts");
        assertTrue(all.size() >= 4, all.toString());
        assertEquals(2, json("/api/alerts?limit=2").size());
        for (String bad : List.of("minLevel=9", "limit=-1", "limit=x", "from=yesterday")) {
            HttpResponse<String> response = get("/api/alerts?" + bad);
            assertEquals(400, response.statusCode(), bad);
            assertTrue(JSON.readTree(response.body()).has("error"), response.body());
        }
    }

    @Test
    void alertStreamSendsNewAlertsAsServerSentEvents() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpURLConnection connection = (HttpURLConnection) URI.create(base() + "/api/alerts/stream").toURL().openConnection();
        connection.setReadTimeout((int) TIMEOUT.toMillis());
        connection.setRequestProperty("Accept", "text/event-stream");
        assertEquals(200, connection.getResponseCode());
        assertTrue(connection.getContentType().startsWith("text/event-stream"), connection.getContentType());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (Exception closed) {
                // the test is over
            }
        });
        reader.setDaemon(true);
        reader.start();
        // A subscriber hears of the alerts added after it subscribed (here straight onto the board the follower fills).
        await().atMost(TIMEOUT).until(() -> lines.stream().anyMatch(l -> l.startsWith(":")));
        watch.alertBoard().add(dev.escalation.records.EscalationAlert.newBuilder(
                        watch.alertBoard().byId("IQ-3-20240202T000000Z").orElseThrow().alert())
                .setAlertId("IQ-4-20240203T000000Z").setLevel(4).setLevelName("CYCLE").build());
        await().atMost(TIMEOUT).until(() -> lines.contains("event: alert") && lines.stream().anyMatch(l -> l.contains("IQ-4-20240203T000000Z")));
        connection.disconnect();
    }

    @Test
    void deadLettersShowTheReasonSourceAndAnEscapedPreview() throws Exception {
        await().atMost(TIMEOUT).until(() -> json("/api/dead-letters").size() >= 1);
        JsonNode letter = json("/api/dead-letters?limit=1").get(0);
        assertTrue(letter.get("reason").asText().contains("magic byte"), letter.toString());
        assertEquals(topics.articles().name(), letter.get("sourceTopic").asText(), letter.toString());
        assertEquals(0, letter.get("sourceOffset").asInt() >= 0 ? 0 : 1, letter.toString());
        assertTrue(letter.get("preview").asText().startsWith("not avro\\x00\\x01<script>"), letter.toString());
        assertEquals(400, get("/api/dead-letters?limit=0").statusCode());
    }

    @Test
    void metricsAreInPrometheusTextFormat() throws Exception {
        await().atMost(TIMEOUT).until(() -> get("/metrics").body().contains("escalation_dead_letters_total"));
        HttpResponse<String> metrics = get("/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.headers().firstValue("content-type").orElse("").startsWith("text/plain"));
        String body = metrics.body();
        List<String> missing = new ArrayList<>();
        for (String name : List.of("escalation_alerts_total{level=\"RETALIATION\",status=\"RAISED\"}",
                "escalation_dead_letters_total{reason=", "escalation_incidents_total{feed=\"ARTICLE\"}",
                "escalation_event_time_lag_seconds ", "escalation_config_version{version=\"",
                "kafka_stream_alive_stream_threads", "jvm_memory_used_bytes")) {
            if (!body.contains(name)) {
                missing.add(name);
            }
        }
        assertTrue(missing.isEmpty(), "missing " + missing);
    }
}
