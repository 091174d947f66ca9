package dev.escalation.evaluation;

import dev.escalation.extract.EventCoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evaluation says why the coder errs, not only how often: each false incident by its cause,
 * missed labels of silent articles, and wrong sides as "label side > coded side". Three articles,
 * each held out or not by its id, written so that each cause occurs once.
 */
class ErrorBreakdownTest {
    @Test
    void falseIncidentsMissesAndSidesAreCountedByCause(@TempDir Path dir) throws Exception {
        Path labels = Files.createDirectories(dir.resolve("labels"));
        Path articles = Files.createDirectories(dir.resolve("articles"));
        // an armed clash coded where the labeller knew a shelling; a strike in an article with no incident; a label missed
        Files.writeString(articles.resolve("set.jsonl"), String.join("\n",
                article("a1", "Militants attacked a village in Zamfara, Nigeria, on Monday, killing 12 people."),
                article("a2", "Israeli jets struck Hezbollah targets in southern Lebanon on Monday."),
                article("a3", "The ministry published its annual report on Monday.")) + "\n");
        Files.writeString(labels.resolve("set.jsonl"), String.join("\n",
                "{\"ref\":\"a1\",\"incidents\":[" + label("SHELLING", "NG", "JIHADIST", "CIVILIAN") + "]}",
                "{\"ref\":\"a2\",\"incidents\":[]}",
                "{\"ref\":\"a3\",\"incidents\":[" + label("AIR_STRIKE", "SY", "ISRAEL", "SYRIA_GOV") + "]}") + "\n");
        ExtractionEvaluation evaluation = ExtractionEvaluation.read(labels, articles);
        Map<ExtractionEvaluation.Half, Tally> t = evaluation.run(EventCoder.withDefaultDictionaries(), null);
        assertTrue(evaluation.problems().isEmpty(), evaluation.problems().toString());
        Tally all = new Tally();
        for (Tally h : t.values()) {
            all.falseInEmpty += h.falseInEmpty;
            all.falseFamily += h.falseFamily;
            all.missedArticleSilent += h.missedArticleSilent;
            h.familySwaps.forEach((k, v) -> all.familySwaps.merge(k, v, Integer::sum));
        }
        assertEquals(1, all.falseInEmpty, "the strike in the article labelled with no incident");
        assertEquals(1, all.falseFamily, "the armed clash where the label is remote fire");
        assertEquals(Map.of("armed clash > remote fire", 1), all.familySwaps);
        assertEquals(1, all.missedArticleSilent, "the air strike of the article that gave nothing");
        String table = ExtractionEvaluation.table(t);
        assertTrue(table.contains("false: a label's family off"), table);
        assertTrue(table.contains("  armed clash > remote fire"), table);
    }

    private static String article(String id, String body) {
        return "{\"id\":\"" + id + "\",\"publishedAt\":\"2024-02-06T12:00:00Z\",\"url\":\"https://example.org/" + id + "\",\"title\":\"t\",\"body\":\""
                + body + "\",\"source\":\"test\",\"language\":\"en\"}";
    }

    private static String label(String type, String country, String actor, String target) {
        return "{\"type\":\"" + type + "\",\"country\":\"" + country + "\",\"date\":\"2024-02-05\",\"actorSide\":\"" + actor
                + "\",\"targetSide\":\"" + target + "\",\"optional\":false}";
    }
}
