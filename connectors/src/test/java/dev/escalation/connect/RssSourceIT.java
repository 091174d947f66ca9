package dev.escalation.connect;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.connect.rss.RssSourceConnector;
import dev.escalation.records.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The RSS/Atom source in a real Connect worker, polling feeds served by a local HTTP server. */
class RssSourceIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String TOPIC = "news-articles";

    private static ConnectCluster cluster;
    private static LogCapture log;
    private static FeedServer server;

    @BeforeAll
    static void start() {
        cluster = ConnectCluster.start();
        log = LogCapture.attach();
        server = new FeedServer();
        server.serve("/news.rss", "application/rss+xml", Fixtures.bytes("news.rss.xml"));
        server.serve("/news.atom", "application/atom+xml", Fixtures.bytes("news.atom.xml"));
        server.serve("/page.html", "text/html", "<!DOCTYPE html>\n<html><head><title>Moved</title></head><body>Our feed moved.</body></html>");
        cluster.createTopics(TOPIC);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        cluster.close();
    }

    private static Map<String, String> config(String... urls) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", RssSourceConnector.class.getName());
        config.put("feed.urls", String.join(",", urls));
        config.put("schema.registry.url", cluster.registryUrl());
        config.put("articles.topic", TOPIC);
        config.put("poll.interval.ms", "200");
        config.put("retry.backoff.initial.ms", "50");
        config.put("retry.backoff.max.ms", "200");
        config.put("max.consecutive.failures", "3");
        return config;
    }

    @Test
    void itemsOfRssAndAtomFeedsBecomeArticlesOnce() throws Exception {
        String rss = server.url("/news.rss");
        String atom = server.url("/news.atom");
        cluster.worker().createConnector("news", config(rss, atom));

        await().atMost(TIMEOUT).until(() -> cluster.count(TOPIC) == 5);
        Map<String, ConnectCluster.Read<Article>> byUrl = cluster.read(TOPIC, Article.class).stream()
                .collect(Collectors.toMap(r -> r.value().getUrl(), Function.identity()));

        ConnectCluster.Read<Article> strikes = byUrl.get("https://example.org/2024/02/03/us-strikes");
        Article article = strikes.value();
        assertEquals(uuid("example-wire-1002"), article.getId());
        assertEquals(article.getId(), strikes.key());
        assertEquals("Example Wire", article.getSource());
        assertEquals("US strikes targets in Iraq and Syria", article.getTitle());
        assertEquals("US strikes targets in Iraq and Syria\n\nUS forces carried out air strikes on Kataib Hezbollah in Al Qaim, Iraq & in Syria on Friday.",
                article.getBody());
        assertEquals(Instant.parse("2024-02-03T10:00:00Z"), article.getPublishedAt());
        assertEquals(article.getPublishedAt().toEpochMilli(), strikes.timestamp(), "stamped with its publication time");
        assertEquals("en", article.getLanguage());
        assertEquals(uuid("https://example.org/2024/01/30/erbil"), byUrl.get("https://example.org/2024/01/30/erbil").value().getId(),
                "an item without a guid is known by its link");

        Article redSea = byUrl.get("https://example.net/red-sea").value();
        assertEquals(uuid("tag:example.net,2024:red-sea"), redSea.getId());
        assertEquals("Example Atom Desk", redSea.getSource());
        assertEquals("Houthis fire missiles at ships in the Red Sea\n\nThe Houthis fired anti-ship missiles at a tanker in the Red Sea.", redSea.getBody());
        assertEquals(Instant.parse("2024-02-04T09:30:00Z"), redSea.getPublishedAt());
        Article liban = byUrl.get("https://example.net/liban").value();
        assertEquals(Instant.parse("2024-02-03T19:00:00Z"), liban.getPublishedAt(), "an entry without published is dated by updated");
        assertEquals("fr", liban.getLanguage());
        assertTrue(log.has(rss + ": item example-wire-bad-date: bad date 'last Tuesday'"), "a bad item is reported with its feed: " + log.lines());
        assertEquals(1.0, ConnectCluster.taskMetric("news", "rows-rejected-total"), "the bad item is counted");

        // Polled again: nothing new.
        awaitPolls(rss, atom);
        assertEquals(5, cluster.count(TOPIC));

        // A new item, and only it.
        String newer = new String(Fixtures.bytes("news.rss.xml"), StandardCharsets.UTF_8).replace("<language>en-us</language>", """
                <language>en-us</language>
                <item><title>Jordan condemns the attack</title><link>https://example.org/2024/02/04/jordan</link>
                  <description>Jordan condemned the drone attack.</description><pubDate>Sun, 04 Feb 2024 07:00:00 GMT</pubDate>
                  <guid>example-wire-1003</guid></item>""");
        server.serve("/news.rss", "application/rss+xml", newer);
        await().atMost(TIMEOUT).until(() -> cluster.count(TOPIC) == 6);

        // Restarted, the source remembers what it emitted.
        cluster.worker().stopAndWait("news", TIMEOUT);
        cluster.worker().resume("news");
        awaitPolls(rss, atom);
        assertEquals(6, cluster.count(TOPIC));
        cluster.worker().delete("news");
    }

    @Test
    void anHtmlPageInsteadOfAFeedFailsTheTaskAfterItsRetries() {
        String page = server.url("/page.html");
        cluster.worker().createConnector("news-html", config(page));

        String trace = cluster.worker().awaitFailed("news-html", TIMEOUT);
        assertTrue(trace.contains("giving up on " + page + " after 3 failures in a row"), trace);
        assertTrue(trace.contains("returned an HTML page, not an RSS or Atom feed"), trace);
        assertTrue(log.has(page + " returned an HTML page", "(failure 1 of 3 in a row; retrying in 50 ms)"), log.lines().toString());
        assertTrue(log.has(page + " returned an HTML page", "(failure 2 of 3 in a row; retrying in 100 ms)"), "backoff doubles: " + log.lines());
        cluster.worker().delete("news-html");
    }

    @Test
    void anUnreachableFeedFailsTheTaskAfterItsRetries() {
        String dead = FeedServer.deadUrl("/news.rss");
        cluster.worker().createConnector("news-dead", config(dead));

        String trace = cluster.worker().awaitFailed("news-dead", TIMEOUT);
        assertTrue(trace.contains("giving up on " + dead + " after 3 failures in a row"), trace);
        assertTrue(trace.contains("GET " + dead + " failed"), trace);
        cluster.worker().delete("news-dead");
    }

    /** Waits until each feed has been fetched twice more: a whole poll has happened since. */
    private static void awaitPolls(String... urls) {
        Map<String, Integer> before = Arrays.stream(urls).collect(Collectors.toMap(u -> u, u -> server.hits(path(u))));
        await().atMost(TIMEOUT).until(() -> before.entrySet().stream().allMatch(e -> server.hits(path(e.getKey())) >= e.getValue() + 2));
    }

    private static String path(String url) {
        return url.substring(url.indexOf('/', "http://".length()));
    }

    private static String uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
