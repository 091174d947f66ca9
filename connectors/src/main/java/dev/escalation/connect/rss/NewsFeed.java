package dev.escalation.connect.rss;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An RSS 2.0 or Atom 1.0 news feed, read with the JDK's XML parser with DTDs and external entities
 * refused (a feed is untrusted input). Item text is plain: HTML tags in descriptions are dropped.
 *
 * @param title    the channel's or feed's title, null when absent
 * @param language the feed's language (ISO 639-1), null when absent
 * @param items    the items in document order
 */
public record NewsFeed(String title, String language, List<Item> items) {

    /**
     * One item or entry, its fields as the feed spells them.
     *
     * @param guid      RSS guid or Atom id; null when absent
     * @param link      the article's address; null when absent
     * @param published RSS pubDate, or Atom published (else updated); null when absent
     * @param language  the entry's own language (Atom xml:lang), null when absent
     */
    public record Item(String guid, String link, String title, String text, String published, String language) {}

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");

    /**
     * Parses a fetched document.
     *
     * @throws IOException naming {@code url} when it is an HTML page, not well-formed XML, or XML of another kind
     */
    public static NewsFeed parse(byte[] document, String url) throws IOException {
        String start = new String(document, 0, Math.min(document.length, 512), StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            throw new IOException(url + " returned an HTML page, not an RSS or Atom feed");
        }
        Element root;
        try {
            root = builder().parse(new ByteArrayInputStream(document)).getDocumentElement();
        } catch (SAXException e) {
            throw new IOException(url + " did not return a well-formed RSS or Atom feed: " + e.getMessage(), e);
        }
        return switch (root.getLocalName()) {
            case "rss" -> rss(root);
            case "feed" -> atom(root);
            case "html" -> throw new IOException(url + " returned an HTML page, not an RSS or Atom feed");
            default -> throw new IOException(url + " returned XML whose root is <" + root.getLocalName() + ">, not RSS <rss> or Atom <feed>");
        };
    }

    private static NewsFeed rss(Element root) {
        Element channel = child(root, "channel");
        if (channel == null) {
            return new NewsFeed(null, null, List.of());
        }
        List<Item> items = new ArrayList<>();
        for (Element item : children(channel, "item")) {
            items.add(new Item(text(item, "guid"), text(item, "link"), plain(text(item, "title")), plain(text(item, "description")),
                    text(item, "pubDate"), null));
        }
        return new NewsFeed(text(channel, "title"), language(text(channel, "language")), items);
    }

    private static NewsFeed atom(Element feed) {
        List<Item> items = new ArrayList<>();
        for (Element entry : children(feed, "entry")) {
            String summary = text(entry, "summary");
            String published = text(entry, "published");
            items.add(new Item(text(entry, "id"), atomLink(entry), plain(text(entry, "title")),
                    plain(summary != null ? summary : text(entry, "content")),
                    published != null ? published : text(entry, "updated"), language(lang(entry))));
        }
        return new NewsFeed(text(feed, "title"), language(lang(feed)), items);
    }

    /** The entry's alternate link (a link with no rel is one). */
    private static String atomLink(Element entry) {
        for (Element link : children(entry, "link")) {
            String rel = link.getAttribute("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                return blankToNull(link.getAttribute("href"));
            }
        }
        return null;
    }

    private static String lang(Element element) {
        return blankToNull(element.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
    }

    /** ISO 639-1 from a language tag such as en-us. */
    private static String language(String tag) {
        return tag == null ? null : tag.split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    /** Text without HTML tags and entities, whitespace collapsed; null when nothing is left. */
    static String plain(String html) {
        if (html == null) {
            return null;
        }
        String text = TAG.matcher(html).replaceAll(" ");
        Matcher entity = ENTITY.matcher(text);
        text = entity.replaceAll(m -> Matcher.quoteReplacement(unescape(m.group(1))));
        return blankToNull(text.replaceAll("\\s+", " ").strip());
    }

    private static String unescape(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> Character.toString(entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1)));
        };
    }

    private static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // No DTDs at all: they are how entity-expansion and external-entity attacks come in.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // fatal errors are thrown, not also printed to stderr
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IOException("the JDK's XML parser refuses secure settings: " + e.getMessage(), e);
        }
    }

    /** The child elements named {@code name} (local name; RSS has no namespace, Atom elements are in the Atom one). */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName()) && (e.getNamespaceURI() == null || ATOM.equals(e.getNamespaceURI()))) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : blankToNull(e.getTextContent().strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
