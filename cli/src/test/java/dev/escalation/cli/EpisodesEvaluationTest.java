package dev.escalation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The engine's rules on real history: the hand-coded incidents of real escalation episodes from
 * eleven conflicts (evaluation/episodes/, every fact with its sources) backtested with the default
 * configuration, scored as {@code backtest --episodes} scores them.
 */
class EpisodesEvaluationTest {

    private static final Path EPISODES = Path.of("..", "evaluation", "episodes");

    @Test
    void everyRealEpisodeReachesRetaliationOnTheDayOfTheAnswerAndNoQuietPeriodDoes() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Escalation.run(new String[] {"backtest", EPISODES.resolve("incidents.jsonl").toString(),
                "--episodes", EPISODES.resolve("episodes.json").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        Matcher score = Pattern.compile("score: (\\d+) of (\\d+) episodes .*?; (\\d+) of (\\d+) quiet periods").matcher(err.toString());
        assertTrue(score.find(), err.toString());
        assertTrue(Integer.parseInt(score.group(2)) >= 15, "at least 15 episodes");
        assertEquals(score.group(2), score.group(1), "every episode at RETALIATION or above within a day of the answer:\n" + err);
        assertEquals(score.group(4), score.group(3), "no quiet period with an alert rising to RETALIATION or above:\n" + err);
    }
}
