package dev.escalation.evaluation;

import dev.escalation.extract.EventCoder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coder on the committed set of real labelled articles (evaluation/extraction/), both halves.
 * The floors sit a little under the figures reached (README, "Extraction"); they guard against a
 * regression, they are not the targets (held-out precision 0.90, recall 0.85), which are not met.
 * Only the aggregate figures of the held-out half are ever looked at.
 */
class RealArticlesEvaluationTest {
    private static final Path SET = Path.of("..", "evaluation", "extraction");

    @Test
    void bothHalvesStayAboveTheirFloors() {
        Map<ExtractionEvaluation.Half, Tally> t = scored(SET);
        Tally dev = t.get(ExtractionEvaluation.Half.DEV);
        Tally held = t.get(ExtractionEvaluation.Half.HELD_OUT);
        assertEquals(1144, dev.articles + held.articles);
        // floors lowered as unseen sets came in and scored lower (extra-m, extra-n; the newscasts of extra-t, mostly without
        // incidents; extra-w and extra-x, whose dev half scored 13/22 and 10/20 before any tuning on them; extra-y, extra-z, extra-aa; extra-aj
        // and extra-ak, Country Reports on Terrorism and embassy alerts whose dev half recalled 26/45 on arrival; extra-ao, older
        // Country Reports whose held-out half recalled 6/27 on arrival and lowered the held-out date floor to 0.92; extra-au,
        // sections of Congressional Research Service reports whose held-out half recalled 7/37 on arrival, held-out recall to 0.70;
        // extra-az, Wikinews stories of stabbings and riots whose held-out half scored precision 4/9 on arrival, to 0.77),
        // and raised a little under the figures reached (README, "Extraction")
        assertTrue(dev.precision() >= 0.86, "dev precision " + dev.precision());
        assertTrue(dev.recall() >= 0.81, "dev recall " + dev.recall());
        assertTrue(held.precision() >= 0.77, "held-out precision " + held.precision());
        assertTrue(held.recall() >= 0.70, "held-out recall " + held.recall());
        assertTrue(held.sideAccuracy() >= 0.73, "held-out side accuracy " + held.sideAccuracy());
        assertTrue(held.dateAccuracy() >= 0.92, "held-out date accuracy " + held.dateAccuracy());
    }

    @Test
    void theSplitIsFixedByTheId() {
        // first hex digit of SHA-256: 0-7 held out, 8-f dev
        assertEquals(ExtractionEvaluation.Half.DEV, ExtractionEvaluation.half("a")); // ca978112...
        assertEquals(ExtractionEvaluation.Half.HELD_OUT, ExtractionEvaluation.half("b")); // 3e23e816...
    }

    /** The written batteries (evaluation/batteries/README.md) load cleanly and keep their figures. */
    @Test
    void theBatteriesStayAboveTheirFloors() {
        Map<ExtractionEvaluation.Half, Tally> t = scored(Path.of("..", "evaluation", "batteries"));
        Tally dev = t.get(ExtractionEvaluation.Half.DEV);
        Tally held = t.get(ExtractionEvaluation.Half.HELD_OUT);
        assertEquals(810, dev.articles + held.articles);
        assertTrue(held.precision() >= 0.80, "held-out precision " + held.precision());
        assertTrue(held.recall() >= 0.75, "held-out recall " + held.recall());
    }

    /** The set's two halves as the coder scores them; a set that does not load cleanly fails here. */
    private static Map<ExtractionEvaluation.Half, Tally> scored(Path set) {
        ExtractionEvaluation evaluation = ExtractionEvaluation.read(set.resolve("labels"), set.resolve("articles"));
        Map<ExtractionEvaluation.Half, Tally> t = evaluation.run(EventCoder.withDefaultDictionaries(), null);
        System.out.print(ExtractionEvaluation.table(t));
        assertTrue(evaluation.problems().isEmpty(), String.join("\n", evaluation.problems()));
        return t;
    }
}
