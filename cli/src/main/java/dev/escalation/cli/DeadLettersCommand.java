package dev.escalation.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.config.EngineConfig;
import dev.escalation.runtime.DeadLetter;
import dev.escalation.runtime.TopicReader;
import dev.escalation.topology.Topic;
import dev.escalation.topology.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "dead-letters", mixinStandardHelpOptions = true,
        description = {"Reads the dead-letter topic: why each record was rejected, where it came from (topic, partition,",
                "offset) and a preview of its bytes (anything but printable ASCII shown as \\xNN)."})
final class DeadLettersCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String HEADER = String.format("%-20s  %-28s %s%n%s", "REJECTED AT", "SOURCE (TOPIC/PART@OFFSET)", "REASON", "    SIZE: BYTES (PREVIEW)");

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--config", paramLabel = "FILE", description = "Engine configuration, for the dead-letter topic's name (default: dead-letters).")
    Path config;

    @Option(names = "--from-beginning", description = "Start with the oldest dead letter the topic holds, not with new ones.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after printing N dead letters.")
    Integer max;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Stop after this long (e.g. 30s, 5m); default: until Ctrl-C.")
    String timeout;

    @Option(names = "--json", description = "One JSON object per dead letter (reason, exception, sourceTopic, sourcePartition, sourceOffset, size, preview).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (max != null && max < 1) {
            throw new CliException("--max " + max + " is not a count of 1 or more");
        }
        EngineConfig engine = EngineOptions.loadConfig(config);
        Duration stopAfter = timeout == null ? null : EngineOptions.duration("--timeout", timeout);
        Topic<byte[], byte[]> topic = Topics.create(engine.topics(), cluster.registry()).deadLetters();
        PrintWriter out = spec.commandLine().getOut();
        int[] printed = {0};
        TopicReader.followRecords(topic, cluster.client(), fromBeginning, stopAfter, () -> {
            if (!json) {
                out.println(HEADER);
                out.flush();
            }
        }, record -> {
            if (max == null || printed[0] < max) {
                out.println(json ? json(DeadLetter.of(record)) : row(DeadLetter.of(record)));
                printed[0]++;
            }
        }, out::flush, () -> max != null && printed[0] >= max);
        return 0;
    }

    /** Two lines: when, where from and why; then the size and the escaped preview of the bytes. */
    static String row(DeadLetter letter) {
        return String.format("%-20s  %-28s %s%n    %d B: %s", TIME.format(letter.timestamp()), letter.source(),
                letter.reason().replaceAll("\\s+", " "), letter.size(), letter.preview());
    }

    private static String json(DeadLetter letter) {
        try {
            return JSON.writeValueAsString(letter.toMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
