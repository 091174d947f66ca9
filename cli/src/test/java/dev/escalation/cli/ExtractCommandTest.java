package dev.escalation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./escalation extract}: articles in, incidents as JSON lines out, bad lines named and skipped. */
class ExtractCommandTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STRIKE = "US forces carried out air strikes on Iran-backed militias in Iraq's Anbar province "
            + "overnight, killing at least 16 people, officials said.";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Escalation.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private List<JsonNode> incidents() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static String article(String id, String dateField, String date, String bodyField, String body) throws Exception {
        return JSON.createObjectNode().put("id", id).put(dateField, date).put(bodyField, body).toString();
    }

    @Test
    void theSeedArticlesGiveTheUsStrikesInIraqAndSyria() throws Exception {
        assertEquals(0, run("extract", SEEDS.resolve("article-2021-06-27-us-strikes-iraq-syria.txt").toString(),
                SEEDS.resolve("article-2024-02-03-us-strikes-iraq-syria.txt").toString()));

        List<JsonNode> incidents = incidents();
        for (String country : List.of("IQ", "SY")) {
            JsonNode strike = incidents.stream().filter(i -> i.get("eventType").asText().equals("AIR_STRIKE")
                    && i.get("countryCode").asText().equals(country) && i.get("eventDate").asText().equals("2024-02-02"))
                    .findFirst().orElseThrow(() -> new AssertionError("no 2024 strike in " + country + ": " + out));
            assertEquals("article-2024-02-03-us-strikes-iraq-syria", strike.get("articleId").asText());
            assertEquals("US", strike.get("actorSide").asText());
            assertEquals("IRAN_AXIS", strike.get("targetSide").asText());
            assertTrue(strike.get("isRetaliation").asBoolean());
        }
        assertTrue(incidents.stream().anyMatch(i -> i.get("eventType").asText().equals("THREAT")), out.toString());
        assertTrue(err.toString().startsWith("articles read 2; incidents " + incidents.size() + " "), err.toString());
    }

    @Test
    void badLinesAreNamedAndSkippedAndFailTheRunOnlyUnderStrict(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, String.join("\n",
                article("good", "publishedAt", "2024-02-03T08:00:00Z", "body", STRIKE),
                "{\"id\": \"broken\", \"body\": ",
                "{\"id\": \"no-body\", \"publishedAt\": \"2024-02-03\"}",
                "\u0000\u0001\u00ff\u00fe binary",
                article("no-date", "published_at", null, "text", "US air strikes hit Iran-backed militias in Syria on 12 January 2024."),
                article("huge", "date", "2024-02-03", "content", "x".repeat(1_000_001)),
                article("garbage", "pub_date", "2024-02-03", "body", "\u0001\u0002\u0003\u0004 not text at all \u0005\u0006"),
                article("quiet", "date", "2024-02-03", "body", "The editorial calls for diplomacy."),
                ""));

        assertEquals(0, run("extract", file.toString()));
        List<JsonNode> incidents = incidents();
        assertEquals(List.of("good", "no-date"), incidents.stream().map(i -> i.get("articleId").asText()).toList());
        JsonNode undated = incidents.get(1);
        assertEquals("2024-01-12", undated.get("eventDate").asText(), "an absolute date still resolves");
        assertTrue(undated.get("evidence").asText().contains("publication date unknown"), undated.toString());
        assertTrue(undated.get("confidence").asDouble() < incidents.get(0).get("confidence").asDouble());

        String summary = err.toString();
        assertTrue(summary.startsWith("articles read 3; incidents 2 (0 further reports merged into them); articles with none 1; rejected 5"), summary);
        assertTrue(summary.contains(file + ":2: not valid JSON"), summary);
        assertTrue(summary.contains(file + ":3: no article text (body, text or content)"), summary);
        assertTrue(summary.contains(file + ":4: not valid JSON"), summary);
        assertTrue(summary.contains(file + ":6: article huge has a body of 1000001 bytes, over extraction.maxBodyBytes (1000000)"), summary);
        assertTrue(summary.contains(file + ":7: article garbage has a body that is not text"), summary);

        assertEquals(ExitCodes.BAD_INPUT, run("extract", "--strict", file.toString()));
    }

    @Test
    void reportsOfOneStrikeInSeveralArticlesAreOneIncident() throws Exception {
        String lines = article("wire", "publishedAt", "2024-02-03T08:00:00Z", "body", STRIKE) + "\n"
                + article("daily", "publishedAt", "2024-02-03T15:00:00Z", "body",
                "American warplanes struck Kataib Hezbollah positions near al-Qaim in western Iraq on Friday. "
                        + "At least 18 fighters were killed.") + "\n";
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, run("extract", "-"));
        } finally {
            System.setIn(stdin);
        }
        List<JsonNode> incidents = incidents();
        assertEquals(1, incidents.size(), out.toString());
        JsonNode strike = incidents.get(0);
        assertEquals("wire", strike.get("articleId").asText());
        assertEquals(2, strike.get("corroboration").asInt());
        assertEquals("[\"wire\",\"daily\"]", strike.get("sourceIds").toString());
        assertEquals(18, strike.get("fatalities").asInt());
        assertTrue(err.toString().contains("incidents 1 (1 further reports merged into them)"), err.toString());
    }

    @Test
    void aPlainTextFileNeedsAPublicationDate(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("story.md"), STRIKE);
        assertEquals(0, run("extract", "--published", "2024-02-03", text.toString()));
        assertEquals("2024-02-02", incidents().get(0).get("eventDate").asText());

        assertEquals(ExitCodes.USAGE, run("extract", "--published", "yesterday", text.toString()));
        assertTrue(err.toString().contains("escalation extract: --published: 'yesterday' is not a date such as 2024-02-03"), err.toString());
    }

    /** A name that is not there is a mistake in the command, not bad input: nothing is read, exit 1. */
    @Test
    void aMissingFileFailsTheRunBeforeAnythingIsRead() throws Exception {
        assertEquals(ExitCodes.FAILED, run("extract", "no-such.jsonl", SEEDS.resolve("article-2024-02-03-us-strikes-iraq-syria.txt").toString()));
        assertEquals("escalation extract: no-such.jsonl: no such file", err.toString().trim());
        assertEquals("", out.toString());
    }

    /** Every line rejected: the summary names them, and the run exits 4, not 0, strict or not. */
    @Test
    void inputWithNoUsableArticleExitsFour(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{not json\n{\"title\": \"no body\"}\n");
        assertEquals(ExitCodes.NOTHING_USABLE, run("extract", file.toString()));
        assertTrue(err.toString().contains("escalation extract: nothing usable: no article read (2 rejected)"), err.toString());
    }
}
