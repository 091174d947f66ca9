package dev.escalation.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.model.EscalationLevel;
import dev.escalation.records.EscalationAlert;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores a backtest's alerts against real escalation episodes (an attack, the strike that answered
 * it, the regions where the level is expected on the day of the answer) and quiet periods (places
 * and times where nothing at RETALIATION or above may fire). The episodes are a JSON file (see
 * {@code evaluation/episodes/README.md}): {@code episodes} with {@code id}, {@code conflict},
 * {@code answer.date}, {@code answer.countries}, {@code expectedLevel} and optional {@code regions};
 * {@code quietPeriods} with {@code id}, {@code from}, {@code to} and {@code countries}, where no alert
 * may rise to RETALIATION or above (a level raised before and still cooling down is no alert).
 */
public final class EpisodeScore {

    /** The rung an episode must reach on the day of its answer, within a day, and that a quiet period must never reach. */
    public static final int RETALIATION = EscalationLevel.RETALIATION.ordinal();

    public record Episode(String id, String conflict, LocalDate answer, List<String> regions, int expectedLevel) {}

    public record QuietPeriod(String id, String conflict, LocalDate from, LocalDate to, List<String> regions) {}

    /** An episode with the highest level its regions reached from the day before the answer to the day after. */
    public record EpisodeResult(Episode episode, int reached) {
        public boolean found() {
            return reached >= RETALIATION;
        }
    }

    /** A quiet period with the alerts that rose to RETALIATION or above in it. */
    public record QuietResult(QuietPeriod period, List<EscalationAlert> violations) {}

    private final List<Episode> episodes;
    private final List<QuietPeriod> quiet;

    public EpisodeScore(List<Episode> episodes, List<QuietPeriod> quiet) {
        this.episodes = episodes;
        this.quiet = quiet;
    }

    public static EpisodeScore read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the episodes file " + file + ": " + e.getMessage(), e);
        }
        List<Episode> episodes = new ArrayList<>();
        for (JsonNode e : root.path("episodes")) {
            JsonNode regions = e.has("regions") ? e.get("regions") : e.path("answer").path("countries");
            episodes.add(new Episode(e.path("id").asText(), e.path("conflict").asText(), LocalDate.parse(e.path("answer").path("date").asText()),
                    texts(regions), e.path("expectedLevel").asInt(RETALIATION)));
        }
        List<QuietPeriod> quiet = new ArrayList<>();
        for (JsonNode q : root.path("quietPeriods")) {
            quiet.add(new QuietPeriod(q.path("id").asText(), q.path("conflict").asText(), LocalDate.parse(q.path("from").asText()),
                    LocalDate.parse(q.path("to").asText()), texts(q.path("countries"))));
        }
        return new EpisodeScore(episodes, quiet);
    }

    public List<EpisodeResult> episodes(List<EscalationAlert> alerts) {
        List<EpisodeResult> results = new ArrayList<>();
        for (Episode episode : episodes) {
            int reached = 0;
            for (String region : episode.regions()) {
                reached = Math.max(reached, highest(alerts, region, start(episode.answer().minusDays(1)), start(episode.answer().plusDays(2))));
            }
            results.add(new EpisodeResult(episode, reached));
        }
        return results;
    }

    public List<QuietResult> quietPeriods(List<EscalationAlert> alerts) {
        List<QuietResult> results = new ArrayList<>();
        for (QuietPeriod period : quiet) {
            Instant from = start(period.from());
            Instant to = start(period.to().plusDays(1));
            // A rise to RETALIATION or above in the period; a level still cooling down from before it is no alert.
            List<EscalationAlert> violations = alerts.stream().filter(a -> period.regions().contains(a.getRegion())
                    && a.getLevel() >= RETALIATION && a.getLevel() > a.getPreviousLevel()
                    && !a.getEventTime().isBefore(from) && a.getEventTime().isBefore(to)).toList();
            results.add(new QuietResult(period, violations));
        }
        return results;
    }

    /** The highest level the region held at any instant of [from, to). */
    private static int highest(List<EscalationAlert> alerts, String region, Instant from, Instant to) {
        EscalationAlert before = latestBefore(alerts, region, from);
        int highest = before == null ? 0 : before.getLevel();
        for (EscalationAlert alert : alerts) {
            if (alert.getRegion().equals(region) && !alert.getEventTime().isBefore(from) && alert.getEventTime().isBefore(to)) {
                highest = Math.max(highest, alert.getLevel());
            }
        }
        return highest;
    }

    /** The region's latest alert dated before the instant: the level it held then. */
    private static EscalationAlert latestBefore(List<EscalationAlert> alerts, String region, Instant instant) {
        return alerts.stream().filter(a -> a.getRegion().equals(region) && a.getEventTime().isBefore(instant))
                .max(Comparator.comparing(EscalationAlert::getEventTime)).orElse(null);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
