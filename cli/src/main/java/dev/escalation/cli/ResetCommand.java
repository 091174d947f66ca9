package dev.escalation.cli;

import dev.escalation.config.EngineConfig;
import dev.escalation.topology.StreamsSettings;
import dev.escalation.runtime.Reachability;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.tools.StreamsResetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reset", mixinStandardHelpOptions = true,
        description = {"Resets the engine's application state so that a replay starts clean.",
                "With Kafka's own streams reset tool: the engine's internal topics (repartition, state changelogs) are deleted and its input",
                "offsets moved to the end (or, with --reprocess, to the start); then its local state is deleted.",
                "Stop every engine instance of the application first."})
final class ResetCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", defaultValue = "localhost:9092", paramLabel = "HOST:PORT[,...]",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    String bootstrapServers;

    @Option(names = "--client-config", paramLabel = "FILE", description = "A standard Kafka client properties file: security.protocol, sasl.*, ssl.*.")
    Path clientConfig;

    @Option(names = "--application-id", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID, paramLabel = "ID",
            description = "The engine's Kafka Streams application id (default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--config", paramLabel = "FILE", description = "Engine configuration (YAML), for the names of the input topics.")
    Path config;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "The engine's local state folder (default: Kafka Streams' own).")
    Path stateDir;

    @Option(names = "--reprocess", description = "Move the input offsets to the start, so that the engine processes again what the topics hold, instead of to the end.")
    boolean reprocess;

    @Option(names = "--force", description = "Remove members the stopped engine left in its consumer group, which otherwise block the reset until their session times out.")
    boolean force;

    @Option(names = "--dry-run", description = "Show what would be reset and deleted, and change nothing (with --force: the members it would remove).")
    boolean dryRun;

    @Option(names = "--connect-timeout", defaultValue = "15s", paramLabel = "DURATION",
            description = "How long a broker has to answer before the reset gives up, naming the address (default: ${DEFAULT-VALUE}).")
    String connectTimeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EngineConfig engineConfig = EngineOptions.loadConfig(config);
        List<String> args = new ArrayList<>(List.of("--bootstrap-server", bootstrapServers, "--application-id", applicationId,
                "--input-topics", engineConfig.topics().articles() + "," + engineConfig.topics().incidents(),
                reprocess ? "--to-earliest" : "--to-latest"));
        if (clientConfig != null) {
            args.addAll(List.of("--command-config", clientConfig.toString()));
        }
        Map<String, Object> client = client();
        Reachability.broker(client, EngineOptions.duration("--connect-timeout", connectTimeout));
        if (dryRun) {
            // Kafka's tool removes the members under --force even in a dry run: never hand it --force then.
            List<String> members = members(client);
            if (!members.isEmpty()) {
                out.println((force ? "Would remove " : "Cannot reset while the group has ") + members.size() + " active member(s) of "
                        + applicationId + ": " + String.join(", ", members));
                out.println("Would reset the input offsets of " + engineConfig.topics().articles() + ", " + engineConfig.topics().incidents()
                        + (reprocess ? " to the start" : " to the end") + " and delete the internal topics of " + applicationId
                        + " (Kafka's tool shows its plan once the group is empty)");
                out.flush();
                if (!force) {
                    throw new CliException("the group " + applicationId + " has active members: stop every engine instance, or add --force");
                }
                printLocalState(out);
                return ExitCodes.OK;
            }
            args.add("--dry-run");
        } else if (force) {
            args.add("--force");
        }
        out.flush();
        int exit = new StreamsResetter().execute(args.toArray(String[]::new));
        if (exit != 0) {
            throw new CliException("Kafka's streams reset tool failed (exit " + exit + "); see its message above."
                    + " Are all engine instances of " + applicationId + " stopped?");
        }
        printLocalState(out);
        return ExitCodes.OK;
    }

    private void printLocalState(PrintWriter out) {
        Path local = localState();
        if (Files.exists(local)) {
            out.println((dryRun ? "Would delete" : "Deleting") + " local state " + local);
            if (!dryRun) {
                delete(local);
            }
        } else {
            out.println("No local state at " + local);
        }
    }

    /** The client settings: bootstrap servers and the --client-config file. */
    private Map<String, Object> client() {
        return ClusterOptions.settings(bootstrapServers, clientConfig);
    }

    /** The active members of the application's consumer group, as "client id (host)". */
    private List<String> members(Map<String, Object> client) {
        try (Admin admin = Admin.create(client)) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(applicationId)).all().get().get(applicationId);
            return group == null ? List.of() : group.members().stream().map(m -> m.clientId() + " (" + m.host() + ")").sorted().toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.GroupIdNotFoundException) {
                return List.of();
            }
            throw new CliException("cannot describe the group " + applicationId + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }

    /** The folder Kafka Streams keeps this application's stores in. */
    private Path localState() {
        String dir = stateDir != null ? stateDir.toString()
                : new StreamsConfig(Map.of(StreamsConfig.APPLICATION_ID_CONFIG, applicationId,
                        StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers)).getString(StreamsConfig.STATE_DIR_CONFIG);
        return Path.of(dir, applicationId);
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new CliException("cannot delete local state " + folder + ": " + e.getMessage());
        }
    }
}
