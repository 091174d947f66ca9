package dev.escalation.cli;

import dev.escalation.config.EngineConfig;
import dev.escalation.extract.EventCoder;
import dev.escalation.feeds.FeedReport;
import dev.escalation.runtime.Engine;
import dev.escalation.runtime.Replay;
import dev.escalation.topology.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"A historical file (or folder) into the engine's input topics, with event timestamps.",
                "Articles go to the articles topic, incidents (JSON, GDELT, ACLED) to the incidents topic, each with its",
                "event time as the record timestamp. Progress and a summary on stderr."})
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    FeedOptions feed;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--config", paramLabel = "FILE", description = "Engine configuration (YAML), for the names of the input topics.")
    Path config;

    @Option(names = "--speed", defaultValue = "max", paramLabel = "N|max",
            description = "Replay at N times real time (event time), e.g. 3600 for an hour a second; max for as fast as possible (default: ${DEFAULT-VALUE}).")
    String speed;

    @Option(names = "--from", paramLabel = "DATE", description = "Skip records before this date (YYYY-MM-DD) or instant (ISO-8601).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Skip records after this date (inclusive, YYYY-MM-DD) or instant (ISO-8601).")
    String to;

    @Mixin
    TopicOptions partitions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        EngineConfig engineConfig = EngineOptions.loadConfig(config);
        double pace = pace(speed);
        Instant fromTime = from == null ? null : time("--from", from, false);
        Instant toTime = to == null ? null : time("--to", to, true);
        Map<String, Object> client = cluster.client();
        Topics topics = Topics.create(engineConfig.topics(), cluster.registry());
        Engine.createTopics(topics, client, partitions.partitions, partitions.incidentPartitions);
        FeedReport report = new FeedReport();
        Progress progress = new Progress(err, feed.totalBytes(), System.console() != null);
        try (Replay replay = new Replay(engineConfig, topics, client, pace, fromTime, toTime)) {
            feed.read(EventCoder.withDefaultDictionaries(), report, record -> {
                try {
                    replay.send(record);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CliException("interrupted");
                }
            }, progress);
            replay.flush();
            progress.finish(feed.totalBytes());
            err.println("replay of " + feed.input + " into " + cluster.bootstrapServers + ":");
            feed.warnSkippedFolders(err);
            err.print(report.summary());
            err.printf("produced %,d record(s) (%,d acknowledged, %,d failed); %,d outside --from/--to%n",
                    replay.sent(), replay.acknowledged(), replay.failed(), replay.outsideRange());
            if (replay.failed() > 0) {
                err.println("first failure: " + replay.firstFailure());
                return ExitCodes.FAILED;
            }
            feed.requireUsable(report);
        }
        return feed.strict && report.rejected() > 0 ? ExitCodes.BAD_INPUT : 0;
    }

    /** 0 means as fast as possible. */
    private static double pace(String speed) {
        if (speed.equalsIgnoreCase("max")) {
            return 0;
        }
        try {
            double n = Double.parseDouble(speed);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CliException.usage("--speed " + speed + " is neither a positive number nor max");
    }

    /** A date means its whole day: --from its start, --to its end. */
    private static Instant time(String option, String text, boolean endOfDay) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(endOfDay ? 1 : 0);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw CliException.usage(option + " " + text + " is neither a date (2024-02-02) nor an instant (2024-02-02T10:00:00Z)");
        }
    }
}
