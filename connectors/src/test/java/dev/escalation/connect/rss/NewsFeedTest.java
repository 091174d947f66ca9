package dev.escalation.connect.rss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.records.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewsFeedTest {

    private static final String URL = "https://example.org/feed";

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = NewsFeedTest.class.getResourceAsStream("/dev/escalation/connect/" + name)) {
            return in.readAllBytes();
        }
    }

    private static NewsFeed parse(String xml) throws IOException {
        return NewsFeed.parse(xml.getBytes(StandardCharsets.UTF_8), URL);
    }

    @Test
    void readsAnRss2Channel() throws IOException {
        NewsFeed feed = NewsFeed.parse(fixture("news.rss.xml"), URL);

        assertEquals("Example Wire", feed.title());
        assertEquals("en", feed.language(), "en-us is English");
        assertEquals(4, feed.items().size());
        NewsFeed.Item first = feed.items().get(0);
        assertEquals("example-wire-1002", first.guid());
        assertEquals("https://example.org/2024/02/03/us-strikes", first.link());
        assertEquals("US forces carried out air strikes on Kataib Hezbollah in Al Qaim, Iraq & in Syria on Friday.", first.text(),
                "HTML tags and entities are dropped");
        assertEquals("Sat, 03 Feb 2024 10:00:00 GMT", first.published());
        assertNull(feed.items().get(1).guid());
    }

    @Test
    void readsAnAtomFeed() throws IOException {
        NewsFeed feed = NewsFeed.parse(fixture("news.atom.xml"), URL);

        assertEquals("Example Atom Desk", feed.title());
        assertEquals("en", feed.language());
        NewsFeed.Item redSea = feed.items().get(0);
        assertEquals("tag:example.net,2024:red-sea", redSea.guid());
        assertEquals("https://example.net/red-sea", redSea.link(), "the alternate link, not the related one");
        assertEquals("The Houthis fired anti-ship missiles at a tanker in the Red Sea.", redSea.text());
        assertEquals("2024-02-04T09:30:00Z", redSea.published(), "published before updated");
        NewsFeed.Item liban = feed.items().get(1);
        assertEquals("2024-02-03T20:00:00+01:00", liban.published());
        assertEquals("fr", liban.language());
        assertEquals("Des avions israéliens ont frappé des cibles au sud du Liban.", liban.text(), "content when there is no summary");
    }

    @Test
    void anHtmlPageIsNamedAsSuch() {
        IOException e = assertThrows(IOException.class, () -> parse("\n  <!DOCTYPE html><html><body>Moved</body></html>"));
        assertEquals(URL + " returned an HTML page, not an RSS or Atom feed", e.getMessage());
        e = assertThrows(IOException.class, () -> parse("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"));
        assertEquals(URL + " returned an HTML page, not an RSS or Atom feed", e.getMessage());
    }

    @Test
    void otherXmlAndBrokenXmlAreRefused() {
        IOException other = assertThrows(IOException.class, () -> parse("<sitemap><url/></sitemap>"));
        assertEquals(URL + " returned XML whose root is <sitemap>, not RSS <rss> or Atom <feed>", other.getMessage());
        IOException broken = assertThrows(IOException.class, () -> parse("<rss><channel><item></channel></rss>"));
        assertTrue(broken.getMessage().startsWith(URL + " did not return a well-formed RSS or Atom feed: "), broken.getMessage());
    }

    @Test
    void entitiesAndDtdsAreRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss><channel><item><title>&secret;</title></item></channel></rss>""";
        IOException e = assertThrows(IOException.class, () -> parse(xxe));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void anItemBecomesAnArticle() throws IOException {
        NewsFeed feed = NewsFeed.parse(fixture("news.rss.xml"), URL);

        Article article = NewsArticle.of(feed.items().get(1), feed, "example.org", "en");

        assertEquals("Rockets hit Erbil airport\n\nRockets hit Erbil airport in Iraq on Monday.", article.getBody());
        assertEquals(Instant.parse("2024-01-30T08:15:00Z"), article.getPublishedAt());
        assertEquals("Example Wire", article.getSource());
        assertEquals("https://example.org/2024/01/30/erbil", NewsArticle.key(feed.items().get(1)), "no guid: known by its link");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> NewsArticle.of(feed.items().get(2), feed, "x", "en"));
        assertTrue(bad.getMessage().startsWith("bad date 'last Tuesday'"), bad.getMessage());
    }

    @Test
    void anItemWithNeitherTitleNorTextIsRefused() {
        NewsFeed feed = new NewsFeed(null, null, java.util.List.of());
        NewsFeed.Item empty = new NewsFeed.Item("g", null, null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> NewsArticle.of(empty, feed, "example.org", "en"));
    }
}
