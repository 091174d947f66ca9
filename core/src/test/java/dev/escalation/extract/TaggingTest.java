package dev.escalation.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.extract.Tagged.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The part-of-speech and chunk stage on real news sentences, tokenized by the coder's own Tokenizer. */
class TaggingTest {

    private static final Tagging TAGGING = Tagging.standard();

    static Tagged tag(Tagging tagging, String sentence) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        return tagging.tag(tokens, 0, tokens.size(), sentence, true);
    }

    static Tagged tag(String sentence) {
        return tag(TAGGING, sentence);
    }

    static int at(Tagged t, String word) {
        for (int i = 0; i < t.size(); i++) {
            if (t.word(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " is not in " + t);
    }

    static String text(Tagged t, Chunk c) {
        StringBuilder b = new StringBuilder();
        for (int i = c.start(); i < c.end(); i++) {
            b.append(i > c.start() ? " " : "").append(t.word(i));
        }
        return b.toString();
    }

    static List<String> nps(Tagged t) {
        List<String> out = new ArrayList<>();
        for (Chunk c : t.nps()) {
            out.add(text(t, c));
        }
        return out;
    }

    @Test
    void passiveVoiceAndTheReducedRelativesAfterIt() {
        Tagged t = tag("Three American soldiers were killed in Jordan by a drone launched by militant groups backed by Iran.");
        int killed = at(t, "killed");
        int launched = at(t, "launched");
        assertEquals("VBN", t.tag(killed), t.toString());
        assertEquals("VBN", t.tag(launched), t.toString());
        Sentence s = TestArticles.sentence("2024-02-03", "Three American soldiers were killed in Jordan by a drone launched by militant groups backed by Iran.");
        assertTrue(s.isPassiveParticiple(killed), "were killed");
        assertTrue(t.isVerb(killed));
        assertTrue(s.isParticiple(launched));
        assertFalse(s.isPassiveParticiple(launched), "a reduced relative has no auxiliary");

        assertEquals(List.of("Three American soldiers", "Jordan", "a drone", "militant groups", "Iran"), nps(t));
        Chunk drone = t.npAt(at(t, "drone"));
        assertNotNull(drone);
        assertEquals(at(t, "a"), drone.start());
        assertEquals(at(t, "drone"), drone.head());
        assertEquals(at(t, "groups"), t.npAt(at(t, "militant")).head());
        assertNull(t.npAt(launched), "launched is a verb group, not a noun phrase");
        assertEquals("VP", t.chunkAt(launched).type());
    }

    @Test
    void passiveWithAdverbsAndPerfect() {
        String passive = "The base was repeatedly attacked and two convoys have been struck since October.";
        Tagged t = tag(passive);
        Sentence s = TestArticles.sentence("2024-02-03", passive);
        assertTrue(s.isPassiveParticiple(at(t, "attacked")), t.toString());
        assertTrue(s.isPassiveParticiple(at(t, "struck")), t.toString());
        String activeText = "Militants attacked the base and struck two convoys.";
        Tagged active = tag(activeText);
        Sentence a = TestArticles.sentence("2024-02-03", activeText);
        assertFalse(a.isPassiveParticiple(at(active, "attacked")), active.toString());
        assertFalse(a.isPassiveParticiple(at(active, "struck")), active.toString());
        assertTrue(a.isVerb(at(active, "attacked")));
    }

    @Test
    void strikesIsANounOrAVerbByContext() {
        Tagged noun = tag("The strikes hit a weapons depot.");
        int strikes = at(noun, "strikes");
        assertEquals("NNS", noun.tag(strikes), noun.toString());
        assertFalse(noun.isVerb(strikes));
        assertTrue(noun.isVerb(at(noun, "hit")));
        assertEquals(List.of("The strikes", "a weapons depot"), nps(noun));

        Tagged verb = tag("Israel strikes Gaza.");
        assertEquals("VBZ", verb.tag(at(verb, "strikes")), verb.toString());
        assertTrue(verb.isVerb(at(verb, "strikes")));
        assertEquals(List.of("Israel", "Gaza"), nps(verb));
    }

    @Test
    void chunksOfACommunique() {
        Tagged t = tag("U.S. military forces struck targets at facilities in Iraq and Syria.");
        assertEquals(List.of("U.S. military forces", "targets", "facilities", "Iraq and Syria"), nps(t), t.toString());
        assertEquals(at(t, "forces"), t.npAt(at(t, "U.S.")).head());
        assertEquals("VP", t.chunkAt(at(t, "struck")).type());
        assertEquals("PP", t.chunkAt(at(t, "at")).type());
        assertNull(t.chunkAt(t.size() - 1), "the period is in no chunk");
    }

    @Test
    void aHyphenatedCompoundStaysInsideItsNounPhrase() {
        // The tokenizer splits "Iranian-backed"; the stage reads the pair as an adjective, not a verb.
        Tagged t = tag("U.S. forces conducted airstrikes against infrastructure utilized by Iranian-backed militant groups in eastern Syria.");
        int backed = at(t, "backed");
        assertFalse(t.isVerb(backed), t.toString());
        assertTrue(nps(t).contains("Iranian backed militant groups"), t.toString());
        assertEquals("VBN", t.tag(at(t, "utilized")));

        Tagged led = tag("A U.S.-led coalition spokesman said the base was attacked.");
        assertTrue(nps(led).contains("A U.S. led coalition spokesman"), led.toString());
        assertTrue(TestArticles.sentence("2024-02-03", "A U.S.-led coalition spokesman said the base was attacked.")
                .isPassiveParticiple(at(led, "attacked")));
    }

    @Test
    void tokensAreMappedToPennFormsOneToOne() {
        assertEquals("``", Tagging.modelWord("\u201c"));
        assertEquals("''", Tagging.modelWord("\u201d"));
        assertEquals("--", Tagging.modelWord("\u2014"));
        assertEquals("U.S.", Tagging.modelWord("U.S"));
        assertEquals("did", Tagging.modelWord("didn't"));
        assertEquals("will", Tagging.modelWord("won't"));
        assertEquals("strikes", Tagging.modelWord("strikes"));

        Tagged t = tag("\u201cWe didn't see it coming,\u201d the spokesman said \u2014 the drone was shot down.");
        assertEquals(t.size(), Tokenizer.tokenize("\u201cWe didn't see it coming,\u201d the spokesman said \u2014 the drone was shot down.").size());
        assertEquals("didn't", t.word(at(t, "didn't")), "the caller's words are kept");
        assertTrue(t.isVerb(at(t, "didn't")), t.toString());
        assertEquals("VBN", t.tag(at(t, "shot")), t.toString());
    }

    @Test
    void greedyDecodingAgreesWithTheStockBeamsOnNewsSentences() {
        assertSameReading(new Tagging(Tagging.Decoding.STOCK), List.of(
                "Three American soldiers were killed in Jordan by a drone launched by militant groups backed by Iran.",
                "U.S. military forces struck targets at facilities in Iraq and Syria.",
                "Houthi forces fired two anti-ship ballistic missiles into the Gulf of Aden on Tuesday, the command said.",
                "Russian shelling killed four civilians in Kherson overnight, regional officials said."));
    }

    @Test
    void theFlatGreedyLoopDecodesAsOpenNlpsBeamOfOne() {
        // Tagging's own loop (flat weights, no normalisation) against OpenNLP's BeamSearch of size 1 on its models.
        assertSameReading(new Tagging(new Tagging.Decoding(1, 1)), List.of(
                "At President Biden's direction, U.S. military forces earlier this evening conducted airstrikes against"
                        + " infrastructure utilized by Iranian-backed militant groups in eastern Syria.",
                "These strikes were authorized in response to recent attacks against American and Coalition personnel in Iraq.",
                "The Houthis claimed responsibility, saying they had targeted the ship with naval missiles and a drone.",
                "Ukraine's air force said it shot down 31 of the 40 drones launched overnight from Russia's Kursk region."));
    }

    /** The standard (greedy) stage reads each sentence as {@code other} does: the same tags and chunks. */
    private static void assertSameReading(Tagging other, List<String> sentences) {
        for (String s : sentences) {
            Tagged greedy = tag(s);
            Tagged expected = tag(other, s);
            assertArrayEquals(expected.tags(), greedy.tags(), s);
            assertEquals(expected.chunks(), greedy.chunks(), s);
        }
    }

    @Test
    void oneStageServesManyThreads() throws Exception {
        List<String> sentences = List.of(
                "Three American soldiers were killed in Jordan by a drone launched by militant groups backed by Iran.",
                "The strikes hit a weapons depot.",
                "Israel strikes Gaza.",
                "U.S. military forces struck targets at facilities in Iraq and Syria.");
        List<String> expected = new ArrayList<>();
        for (String s : sentences) {
            expected.add(tag(s).toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int offset = w;
                runs.add(pool.submit(() -> {
                    for (int k = 0; k < 200; k++) {
                        int i = (k + offset) % sentences.size();
                        if (!tag(sentences.get(i)).toString().equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
