package dev.escalation.cli;

import dev.escalation.config.ConfigException;
import dev.escalation.config.EngineConfig;
import dev.escalation.runtime.ConfigPublisher;
import dev.escalation.topology.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
    static final String KEY = Topics.CONFIG_KEY;

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
            ConfigPublisher.publish(cluster.client(), config.topics().config(), Files.readString(file));
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
