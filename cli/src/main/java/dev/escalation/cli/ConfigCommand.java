package dev.escalation.cli;

import dev.escalation.config.ConfigException;
import dev.escalation.config.EngineConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Checks an engine configuration file, or publishes it to a running engine.",
        subcommands = {ConfigCommand.Validate.class, ConfigCommand.Apply.class})
final class ConfigCommand {

    /** The key under which the engine reads its configuration from the config topic. */
    static final String KEY = "engine";

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks a configuration file; prints every problem (field path, value, what is allowed) and exits 1 if there is one.")
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "YAML, laid over the defaults.")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return check(file, spec.commandLine().getOut(), spec.commandLine().getErr()) == null ? 1 : 0;
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = {"Validates a configuration file and publishes it to the compacted config topic;",
                    "running engines switch to it without a restart (topic names change only with a restart)."})
    static final class Apply implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "YAML, laid over the defaults.")
        Path file;

        @Mixin
        ClusterOptions cluster;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            EngineConfig config = check(file, out, spec.commandLine().getErr());
            if (config == null) {
                return 1;
            }
            Map<String, Object> props = new HashMap<>(cluster.client());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(config.topics().config(), KEY, Files.readString(file))).get();
            } catch (ExecutionException e) {
                throw new CliException("cannot publish to " + config.topics().config() + ": " + e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CliException("interrupted");
            }
            out.println("applied version " + config.version() + " to topic " + config.topics().config());
            return 0;
        }
    }

    /** The validated config, or null after printing each problem on its own line. */
    private static EngineConfig check(Path file, PrintWriter out, PrintWriter err) {
        try {
            EngineConfig config = EngineConfig.load(file);
            out.println(file + ": valid (version " + config.version() + ")");
            return config;
        } catch (ConfigException e) {
            err.println(file + ": " + e.problems().size() + " problem(s)");
            e.problems().forEach(p -> err.println("  " + p));
            return null;
        }
    }
}
