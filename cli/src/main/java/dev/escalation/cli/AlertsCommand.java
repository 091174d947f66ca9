package dev.escalation.cli;

import dev.escalation.config.EngineConfig;
import dev.escalation.feeds.RecordJson;
import dev.escalation.records.EscalationAlert;
import dev.escalation.runtime.TopicReader;
import dev.escalation.topology.Topic;
import dev.escalation.topology.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Subscribes to the alert topic (committed alerts only) and prints alerts as they arrive.")
final class AlertsCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--config", paramLabel = "FILE", description = "Engine configuration, for the alert topic's name (default: escalation-alerts).")
    Path config;

    @Option(names = "--region", paramLabel = "REGION", split = ",", description = "Only these regions (repeat or comma-separate).")
    Set<String> regions;

    @Option(names = "--min-level", defaultValue = "0", paramLabel = "N", description = "Only alerts at this level or above, 0-5 (default: ${DEFAULT-VALUE}).")
    int minLevel;

    @Option(names = "--from-beginning", description = "Start with the oldest alert the topic holds, not with new ones.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after printing N alerts.")
    Integer max;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Stop after this long (e.g. 30s, 5m); default: until Ctrl-C.")
    String timeout;

    @Option(names = "--json", description = "One JSON object per alert (EscalationAlert field names, ISO-8601 times) instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (minLevel < 0 || minLevel > 5) {
            throw new CliException("--min-level " + minLevel + " is not a level from 0 to 5");
        }
        if (max != null && max < 1) {
            throw new CliException("--max " + max + " is not a count of 1 or more");
        }
        EngineConfig engine = EngineOptions.loadConfig(config);
        Duration stopAfter = timeout == null ? null : EngineOptions.duration("--timeout", timeout);
        Topic<String, EscalationAlert> alerts = Topics.create(engine.topics(), cluster.registry()).alerts();
        PrintWriter out = spec.commandLine().getOut();
        int[] printed = {0};
        TopicReader.follow(alerts, cluster.client(), fromBeginning, stopAfter, () -> {
            if (!json) {
                out.println(AlertText.HEADER);
                out.flush();
            }
        }, alert -> {
            if (alert.getLevel() >= minLevel && (regions == null || regions.contains(alert.getRegion()))
                    && (max == null || printed[0] < max)) {
                out.println(json ? RecordJson.write(alert) : AlertText.row(alert));
                printed[0]++;
            }
        }, out::flush, () -> max != null && printed[0] >= max);
        return 0;
    }
}
