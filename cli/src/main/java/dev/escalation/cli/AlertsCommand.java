package dev.escalation.cli;

import dev.escalation.config.EngineConfig;
import dev.escalation.feeds.RecordJson;
import dev.escalation.records.EscalationAlert;
import dev.escalation.topology.Topic;
import dev.escalation.topology.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
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
        EngineConfig engine = EngineOptions.loadConfig(config);
        Duration stopAfter = timeout == null ? null : EngineOptions.duration("--timeout", timeout);
        Topic<String, EscalationAlert> alerts = Topics.create(engine.topics(), cluster.registry()).alerts();
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> props = new HashMap<>(cluster.client());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, EscalationAlert> consumer = new KafkaConsumer<>(props,
                alerts.keySerde().deserializer(), alerts.valueSerde().deserializer())) {
            Thread main = Thread.currentThread();
            Thread hook = new Thread(() -> {
                consumer.wakeup();
                try {
                    main.join(5_000);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(hook);
            List<TopicPartition> partitions = consumer.partitionsFor(alerts.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(alerts.name(), p.partition())).toList();
            if (partitions.isEmpty()) {
                throw new CliException("topic " + alerts.name() + " does not exist on " + cluster.bootstrapServers);
            }
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            if (!json) {
                out.println(AlertText.HEADER);
                out.flush();
            }
            long deadline = stopAfter == null ? Long.MAX_VALUE : System.nanoTime() + stopAfter.toNanos();
            int printed = 0;
            try {
                while ((max == null || printed < max) && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, EscalationAlert> record : consumer.poll(Duration.ofMillis(200))) {
                        EscalationAlert alert = record.value();
                        if (alert.getLevel() >= minLevel && (regions == null || regions.contains(alert.getRegion()))
                                && (max == null || printed < max)) {
                            out.println(json ? RecordJson.write(alert) : AlertText.row(alert));
                            printed++;
                        }
                    }
                    out.flush();
                }
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (WakeupException interrupted) {
                // Ctrl-C: the JVM is shutting down; stop quietly.
            }
        }
        return 0;
    }
}
