package dev.escalation.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.escalation.config.EngineConfig;
import dev.escalation.evaluation.EpisodeScore;
import dev.escalation.model.EscalationLevel;
import dev.escalation.extract.EventCoder;
import dev.escalation.feeds.FeedReport;
import dev.escalation.feeds.RecordJson;
import dev.escalation.records.EscalationAlert;
import dev.escalation.runtime.Backtest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"A historical file in, alerts (JSON lines) out, through the engine's very topology, no broker.",
                "Alerts as JSON lines on stdout, a summary on stderr (rows read and rejected, alerts per region and level, a timeline).",
                "--compare OTHER.yaml prints instead the alerts that one configuration fires and the other does not."})
final class BacktestCommand implements Callable<Integer> {

    /** Timeline lines printed before the rest is summarised in one line. */
    private static final int TIMELINE_LINES = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    @Mixin
    FeedOptions feed;

    @Option(names = "--config", paramLabel = "FILE", description = "Engine configuration (YAML) laid over the defaults.")
    Path config;

    @Option(names = "--compare", paramLabel = "OTHER.yaml",
            description = "A second configuration: print the alerts only one of the two fires, each with a field firedBy naming its configuration.")
    Path compare;

    @Option(names = "--episodes", paramLabel = "EPISODES.json",
            description = "Real escalation episodes and quiet periods (evaluation/episodes/episodes.json): score the alerts against them.")
    Path episodes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EngineConfig base = EngineOptions.loadConfig(config);
        EngineConfig other = compare == null ? null : EngineOptions.loadConfig(compare);
        EventCoder coder = EventCoder.withDefaultDictionaries();
        FeedReport report = new FeedReport();
        // Incident feeds need the escalation pipeline only; articles need extraction too.
        boolean articles = feed.holdsArticles();
        try (Backtest first = articles ? new Backtest(base, coder) : Backtest.ofIncidents(base);
             Backtest second = other == null ? null : articles ? new Backtest(other, coder) : Backtest.ofIncidents(other)) {
            feed.read(coder, report, record -> {
                first.pipe(record);
                if (second != null) {
                    second.pipe(record);
                }
            }, null);
            err.println("backtest of " + feed.input + ":");
            feed.warnSkippedFolders(err);
            err.print(report.summary());
            feed.requireUsable(report);
            summarise(err, name(config), first);
            if (episodes != null) {
                score(err, EpisodeScore.read(episodes), first.alerts());
            }
            if (second == null) {
                first.alerts().forEach(alert -> out.println(RecordJson.write(alert)));
            } else {
                summarise(err, name(compare), second);
                printDifference(out, err, name(config), first.alerts(), name(compare), second.alerts());
            }
            out.flush();
            err.flush();
            boolean bad = report.rejected() > 0 || first.deadLetterCount() > 0 || (second != null && second.deadLetterCount() > 0);
            return feed.strict && bad ? ExitCodes.BAD_INPUT : 0;
        }
    }

    /** The configuration in {@code file} laid over the defaults; the defaults when null. */
    private static String name(Path file) {
        return file == null ? "defaults" : file.toString();
    }

    private static void summarise(PrintWriter err, String configName, Backtest run) {
        List<EscalationAlert> alerts = run.alerts();
        err.printf("config %s: %d alert(s)%n", configName, alerts.size());
        long background = Math.round(run.metricTotal("background-reports-total"));
        long belowFloor = Math.round(run.metricTotal("below-evidence-floor-total"));
        if (background + belowFloor > 0) {
            err.printf("  not counted: %,d incident(s) below their feed's evidence floor, %,d reported beyond the report horizon (background)%n",
                    belowFloor, background);
        }
        if (run.deadLetterCount() > 0) {
            err.printf("  the engine dead-lettered %,d record(s), first reasons:%n", run.deadLetterCount());
            run.deadLetterReasons().stream().limit(5).forEach(r -> err.println("    " + r));
        }
        Map<String, Map<String, Long>> byRegion = new TreeMap<>();
        for (EscalationAlert a : alerts) {
            byRegion.computeIfAbsent(a.getRegion(), r -> new TreeMap<>()).merge(a.getLevel() + " " + a.getLevelName(), 1L, Long::sum);
        }
        byRegion.forEach((region, levels) -> err.printf("  %-8s %s%n", region, levels.entrySet().stream()
                .map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", "))));
        List<EscalationAlert> timeline = alerts.stream().sorted(Comparator.comparing(EscalationAlert::getEventTime)
                .thenComparing(EscalationAlert::getRegion)).toList();
        if (!timeline.isEmpty()) {
            err.println("  timeline:");
        }
        timeline.stream().limit(TIMELINE_LINES).forEach(a -> err.printf("    %s  %-8s %-11s (was %d) %s%n",
                TIME.format(a.getEventTime()), a.getRegion(), a.getLevelName(), a.getPreviousLevel(), a.getStatus()));
        if (timeline.size() > TIMELINE_LINES) {
            err.printf("    ... and %d more, until %s%n", timeline.size() - TIMELINE_LINES,
                    TIME.format(timeline.get(timeline.size() - 1).getEventTime()));
        }
    }

    /** Each episode with the highest level its regions reached within a day of the answer, each quiet period with what broke it. */
    private static void score(PrintWriter err, EpisodeScore score, List<EscalationAlert> alerts) {
        List<EpisodeScore.EpisodeResult> found = score.episodes(alerts);
        err.println("episodes (the level reached from the day before the answer to the day after, in the episode's regions):");
        for (EpisodeScore.EpisodeResult result : found) {
            EpisodeScore.Episode e = result.episode();
            err.printf("  %-4s %-40s %-18s answer %s in %s: %s (expected %s)%n", result.found() ? "ok" : "MISS", e.id(), e.conflict(),
                    e.answer(), String.join(",", e.regions()), EscalationLevel.values()[result.reached()],
                    EscalationLevel.values()[e.expectedLevel()]);
        }
        List<EpisodeScore.QuietResult> quiet = score.quietPeriods(alerts);
        err.println("quiet periods (no alert may rise to RETALIATION or above):");
        for (EpisodeScore.QuietResult result : quiet) {
            EpisodeScore.QuietPeriod q = result.period();
            err.printf("  %-4s %-40s %s..%s in %s%s%n", result.violations().isEmpty() ? "ok" : "FAIL", q.id(), q.from(), q.to(),
                    String.join(",", q.regions()), result.violations().stream().map(a -> " " + a.getAlertId()).collect(Collectors.joining()));
        }
        long ok = found.stream().filter(EpisodeScore.EpisodeResult::found).count();
        long exact = found.stream().filter(r -> r.reached() >= r.episode().expectedLevel()).count();
        long calm = quiet.stream().filter(r -> r.violations().isEmpty()).count();
        err.printf("score: %d of %d episodes at RETALIATION or above on the day of the answer (%d at their expected level or above);"
                + " %d of %d quiet periods with no alert rising to RETALIATION or above%n", ok, found.size(), exact, calm, quiet.size());
    }

    /**
     * Alerts are matched by region, level, status and event time (what alertId and status say),
     * so the configVersion that always differs does not count as a difference.
     */
    private static void printDifference(PrintWriter out, PrintWriter err, String firstName, List<EscalationAlert> first,
                                        String secondName, List<EscalationAlert> second) {
        List<EscalationAlert> onlyFirst = minus(first, second);
        List<EscalationAlert> onlySecond = minus(second, first);
        err.printf("compare: %d alert(s) only with %s, %d only with %s, %d in both%n",
                onlyFirst.size(), firstName, onlySecond.size(), secondName, first.size() - onlyFirst.size());
        List<Fired> all = new ArrayList<>();
        onlyFirst.forEach(a -> all.add(new Fired(firstName, a)));
        onlySecond.forEach(a -> all.add(new Fired(secondName, a)));
        all.sort(Comparator.comparing((Fired f) -> f.alert().getEventTime()).thenComparing(f -> f.alert().getRegion()));
        for (Fired fired : all) {
            ObjectNode line = JsonNodeFactory.instance.objectNode().put("firedBy", fired.config());
            line.setAll(RecordJson.toJson(fired.alert()));
            out.println(line);
        }
    }

    private record Fired(String config, EscalationAlert alert) {}

    private static List<EscalationAlert> minus(List<EscalationAlert> alerts, List<EscalationAlert> others) {
        Set<String> seen = others.stream().map(BacktestCommand::identity).collect(Collectors.toSet());
        return alerts.stream().filter(a -> !seen.contains(identity(a))).toList();
    }

    private static String identity(EscalationAlert a) {
        return a.getAlertId() + "|" + a.getStatus();
    }
}
