package dev.escalation.cli;

import dev.escalation.registry.SchemaRegistryClient;
import dev.escalation.runtime.Reachability;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/** How a command reaches an existing cluster: brokers, client security settings, the schema registry. */
final class ClusterOptions {

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT[,...]", description = "Kafka bootstrap servers.")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL[,...]", description = "Confluent-compatible schema registry URL(s).")
    String registryUrl;

    @Option(names = "--client-config", paramLabel = "FILE",
            description = "A standard Kafka client properties file: security.protocol, sasl.*, ssl.*, and registry settings such as basic.auth.user.info.")
    Path clientConfig;

    @Option(names = "--connect-timeout", defaultValue = "15s", paramLabel = "DURATION",
            description = "How long a broker and the schema registry have to answer before the command gives up, naming the address (default: ${DEFAULT-VALUE}).")
    String connectTimeout = "15s"; // also when the options are built in code, not parsed

    private boolean brokerAnswered;
    private boolean registryAnswered;

    /**
     * Bootstrap servers plus every setting of the client properties file, once a broker has
     * answered (asked the first time, for --connect-timeout at most).
     */
    Map<String, Object> client() {
        Map<String, Object> settings = settings();
        if (!brokerAnswered) {
            Reachability.broker(settings, EngineOptions.duration("--connect-timeout", connectTimeout));
            brokerAnswered = true;
        }
        return settings;
    }

    private Map<String, Object> settings() {
        return settings(bootstrapServers, clientConfig);
    }

    /** Bootstrap servers laid over a --client-config file of client settings (security, registry auth). */
    static Map<String, Object> settings(String bootstrapServers, Path clientConfig) {
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

    SchemaRegistryClient registry() {
        if (registryUrl == null) {
            throw CliException.usage("--schema-registry-url is required");
        }
        Map<String, Object> settings = new HashMap<>(settings());
        settings.put(SchemaRegistryClient.URL_CONFIG, registryUrl);
        SchemaRegistryClient registry = new SchemaRegistryClient(settings);
        if (!registryAnswered) {
            Reachability.registry(registry.urls(), EngineOptions.duration("--connect-timeout", connectTimeout));
            registryAnswered = true;
        }
        return registry;
    }
}
