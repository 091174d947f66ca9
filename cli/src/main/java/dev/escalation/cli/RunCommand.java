package dev.escalation.cli;

import dev.escalation.config.EngineConfig;
import dev.escalation.runtime.Engine;
import dev.escalation.topology.Topics;
import dev.escalation.watch.Watch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
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

    @Option(names = "--close-timeout", defaultValue = "10s", paramLabel = "DURATION",
            description = "On SIGINT or SIGTERM, how long the engine has to commit and leave its group before the process exits anyway (default: ${DEFAULT-VALUE}).")
    String closeTimeout;

    @Option(names = "--health-file", paramLabel = "FILE",
            description = "Write the engine's state (RUNNING, REBALANCING, ERROR, ...) to FILE every 5 s, and delete it on stop: a container healthcheck reads it (cli/Dockerfile).")
    Path healthFile;

    private Duration closeTimeout() {
        return EngineOptions.duration("--close-timeout", closeTimeout);
    }

    @Spec
    CommandSpec spec;

    /** The state in one line, written whole (a reader never sees half a word), its modification time the heartbeat. */
    private void writeHealth(String state) {
        try {
            Path tmp = healthFile.resolveSibling(healthFile.getFileName() + ".tmp");
            Files.writeString(tmp, state + "\n");
            Files.move(tmp, healthFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("escalation run: cannot write --health-file " + healthFile + ": " + e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        closeTimeout();
        HttpOptions.check(httpPort); // bad option values first, before any address is tried
        EngineConfig config = engine.engineConfig();
        Map<String, Object> client = cluster.client();
        Topics topics = Topics.create(config.topics(), cluster.registry());
        Map<String, Object> streams = new HashMap<>();
        streams.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        if (stateDir != null) {
            streams.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        }
        if (httpPort != null && httpPort > 0) {
            streams.put(StreamsConfig.APPLICATION_SERVER_CONFIG, http.applicationServer(httpPort));
        }
        Engine running = Engine.start(config, topics, engine.settings(client, streams));
        Watch watch = httpPort == null ? null : http.start(running, config, topics, client, httpPort);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Engine " + applicationId + " running against " + cluster.bootstrapServers
                + " (config " + config.version() + "); Ctrl-C to stop.");
        if (watch != null) {
            out.println("Watch floor: " + watch.url());
        }
        out.flush();
        // SIGINT and SIGTERM run the shutdown hooks: the engine commits what it has and leaves its group,
        // within the close timeout whatever the load; the JVM then exits (130 or 143).
        CountDownLatch stopped = new CountDownLatch(1);
        // Every 5 s: the state into the health file; an engine that has failed for good (ERROR: its
        // threads are gone) ends the process, exit 1, so that a supervisor restarts it.
        ScheduledExecutorService health = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "escalation-health");
            t.setDaemon(true);
            return t;
        });
        health.scheduleWithFixedDelay(() -> {
            KafkaStreams.State state = running.streams().state();
            if (healthFile != null) {
                writeHealth(state.name());
            }
            if (state == KafkaStreams.State.ERROR) {
                System.err.println("escalation run: the engine failed (state ERROR); see the log above");
                System.exit(ExitCodes.FAILED);
            }
        }, 0, 5, TimeUnit.SECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            health.shutdownNow();
            if (watch != null) {
                watch.close();
            }
            if (healthFile != null) {
                writeHealth("STOPPING");
            }
            long start = System.nanoTime();
            System.err.println("Stopping the engine (at most " + closeTimeout().toSeconds() + " s) ...");
            boolean clean = running.close(closeTimeout());
            System.err.printf("Engine %s %s in %.1f s.%n", applicationId, clean ? "stopped and left its group" : "did not stop in time; exiting",
                    (System.nanoTime() - start) / 1e9);
            if (healthFile != null) {
                try {
                    Files.deleteIfExists(healthFile);
                } catch (IOException ignored) {
                    // the process ends: a stale file is judged by its age
                }
            }
            stopped.countDown();
        }, "escalation-shutdown"));
        stopped.await();
        return 0;
    }
}
