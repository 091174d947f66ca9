package dev.escalation.cli;

import dev.escalation.config.EngineConfig;
import dev.escalation.registry.SchemaRegistryClient;
import dev.escalation.topology.Topics;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
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

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT[,...]", description = "Kafka bootstrap servers.")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", required = true, paramLabel = "URL[,...]", description = "Confluent-compatible schema registry URL(s).")
    String registryUrl;

    @Option(names = "--client-config", paramLabel = "FILE",
            description = "A standard Kafka client properties file: security.protocol, sasl.*, ssl.*, and registry settings such as basic.auth.user.info.")
    Path clientConfig;

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
        Map<String, Object> client = clientSettings();
        Map<String, Object> registrySettings = new HashMap<>(client);
        registrySettings.put("schema.registry.url", registryUrl);
        Topics topics = Topics.create(config.topics(), new SchemaRegistryClient(registrySettings));
        Map<String, Object> streams = new HashMap<>();
        streams.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        if (stateDir != null) {
            streams.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (Engine running = Engine.start(config, topics, client, streams, engine.partitions, engine.timeout())) {
            spec.commandLine().getOut().println("Engine " + applicationId + " running against " + bootstrapServers
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

    private Map<String, Object> clientSettings() {
        Map<String, Object> settings = new HashMap<>();
        if (clientConfig != null) {
            Properties file = new Properties();
            try (Reader in = Files.newBufferedReader(clientConfig)) {
                file.load(in);
            } catch (IOException e) {
                throw new CliException("cannot read --client-config " + clientConfig + ": " + e.getMessage());
            }
            file.forEach((k, v) -> settings.put(k.toString(), v));
        }
        settings.put("bootstrap.servers", bootstrapServers);
        return settings;
    }
}
