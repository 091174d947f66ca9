package dev.escalation.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.records.AlertStatus;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Evidence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpisodeScoreTest {

    private static final EpisodeScore SCORE = new EpisodeScore(
            List.of(new EpisodeScore.Episode("tower-22", "us-iran", LocalDate.parse("2024-02-02"), List.of("IQ", "SY"), 3),
                    new EpisodeScore.Episode("missed", "us-iran", LocalDate.parse("2024-03-10"), List.of("IQ"), 3)),
            List.of(new EpisodeScore.QuietPeriod("quiet-jan", "us-iran", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-20"), List.of("IQ")),
                    new EpisodeScore.QuietPeriod("held-over", "us-iran", LocalDate.parse("2024-02-03"), LocalDate.parse("2024-02-04"), List.of("SY"))));

    @Test
    void anEpisodeIsFoundWhenOneOfItsRegionsIsAtRetaliationWithinADayOfTheAnswer() {
        List<EscalationAlert> alerts = List.of(alert("IQ", 1, "2024-01-28T00:00:00Z"), alert("SY", 3, "2024-02-03T06:00:00Z"));
        List<EpisodeScore.EpisodeResult> results = SCORE.episodes(alerts);
        assertEquals(3, results.get(0).reached());
        assertTrue(results.get(0).found());
        assertFalse(results.get(1).found(), "IQ held ELEVATED only");
    }

    @Test
    void aQuietPeriodIsBrokenOnlyByARiseToRetaliationOrAboveInIt() {
        List<EscalationAlert> alerts = List.of(alert("IQ", 2, "2024-01-05T00:00:00Z"), alert("IQ", 3, "2024-01-21T00:00:00Z"),
                alert("SY", 3, "2024-02-02T00:00:00Z"), alert("SY", 4, "2024-02-04T00:00:00Z"));
        List<EpisodeScore.QuietResult> results = SCORE.quietPeriods(alerts);
        assertEquals(List.of(), results.get(0).violations(), "HIGH is allowed in a quiet period, and a rise the day after it");
        assertEquals(List.of("SY-4"), results.get(1).violations().stream().map(EscalationAlert::getAlertId).toList(),
                "a level held from before the period is no alert; a rise in it is");
    }

    private static EscalationAlert alert(String region, int level, String at) {
        Instant time = Instant.parse(at);
        return EscalationAlert.newBuilder().setAlertId(region + "-" + level).setRegion(region).setLevel(level).setLevelName("L" + level)
                .setPreviousLevel(level - 1).setStatus(AlertStatus.RAISED).setEventTime(time).setWindowStart(time).setWindowEnd(time)
                .setEvidence(Evidence.newBuilder().build()).setConfigVersion("test").build();
    }
}
