package dev.escalation.cli;

import dev.escalation.config.EngineConfig;
import dev.escalation.runtime.Engine;
import dev.escalation.topology.Topics;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the engine against an existing Kafka cluster and schema registry, until interrupted.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--application-id", defaultValue = "escalation-engine", paramLabel = "ID",
            description = "Kafka Streams application id; instances with the same id share the work (default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Where local state stores live (default: Kafka Streams' own).")
    Path stateDir;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EngineConfig config = engine.engineConfig();
        Map<String, Object> client = cluster.client();
        Topics topics = Topics.create(config.topics(), cluster.registry());
        Map<String, Object> streams = new HashMap<>();
        streams.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        if (stateDir != null) {
            streams.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (Engine running = Engine.start(config, topics, engine.settings(client, streams))) {
            spec.commandLine().getOut().println("Engine " + applicationId + " running against " + cluster.bootstrapServers
                    + " (config " + config.version() + "); Ctrl-C to stop.");
            spec.commandLine().getOut().flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.close();
                stopped.countDown();
            }));
            stopped.await();
        }
        return 0;
    }
}
