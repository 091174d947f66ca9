package dev.escalation.cli;

import dev.escalation.config.EngineConfig;
import dev.escalation.runtime.Engine;
import dev.escalation.topology.Topics;
import dev.escalation.watch.Watch;
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

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve the watch floor (live page, /api, /health, /metrics) on this port (default: no HTTP server).")
    Integer httpPort;

    @Mixin
    HttpOptions http;

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
        HttpOptions.check(httpPort);
        if (httpPort != null && httpPort > 0) {
            streams.put(StreamsConfig.APPLICATION_SERVER_CONFIG, http.applicationServer(httpPort));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (Engine running = Engine.start(config, topics, engine.settings(client, streams));
             Watch watch = httpPort == null ? null : http.start(running, config, topics, client, httpPort)) {
            spec.commandLine().getOut().println("Engine " + applicationId + " running against " + cluster.bootstrapServers
                    + " (config " + config.version() + "); Ctrl-C to stop.");
            if (watch != null) {
                spec.commandLine().getOut().println("Watch floor: " + watch.url());
            }
            spec.commandLine().getOut().flush();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (watch != null) {
                    watch.close();
                }
                running.close();
                stopped.countDown();
            }));
            stopped.await();
        }
        return 0;
    }
}
