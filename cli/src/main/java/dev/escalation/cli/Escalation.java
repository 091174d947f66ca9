package dev.escalation.cli;

import dev.escalation.registry.SchemaRegistryException;
import dev.escalation.runtime.EngineException;
import java.io.PrintWriter;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./escalation} launcher: one command per way of using the engine (DESIGN.md, command line). */
@Command(name = "escalation", mixinStandardHelpOptions = true, version = "escalation 0.1.0",
        description = "Stream-processing alert engine for escalation signals in armed conflict.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed (a file missing, unreadable or invalid; a broker or registry unreachable; the engine failed)",
                "2:usage (an unknown option, a missing or malformed value)", "3:bad input under --strict (the rest was processed)",
                "4:nothing usable (every row rejected or skipped)"},
        subcommands = {DemoCommand.class, RunCommand.class, ExtractCommand.class, ConfigCommand.class, AlertsCommand.class, DeadLettersCommand.class,
                BacktestCommand.class, ReplayCommand.class, ResetCommand.class, BaselinesCommand.class, CommandLine.HelpCommand.class})
public final class Escalation {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line; the exit code is one of {@link ExitCodes}. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Escalation());
        cli.setOut(out).setErr(err);
        // The command line itself is wrong: one line, where to look, exit 2 (picocli's own default, stated here).
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("escalation " + command.getCommandName() + ": " + e.getMessage());
            command.getErr().println("Try 'escalation " + (command.getParent() == null ? "" : command.getCommandName() + " ") + "--help'.");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String message = oneLine(e);
            if (message == null) {
                throw e; // a bug: the stack trace is the useful report
            }
            commandLine.getErr().println("escalation " + commandLine.getCommandName() + ": " + message);
            return e instanceof CliException c ? c.exitCode() : ExitCodes.FAILED;
        });
        return cli.execute(args);
    }

    /** The one line that tells a failure the user can act on, or null for a bug. */
    private static String oneLine(Exception e) {
        if (e instanceof CliException || e instanceof EngineException) {
            return e.getMessage();
        }
        if (e instanceof SchemaRegistryException) {
            return "schema registry: " + e.getMessage();
        }
        if (e instanceof KafkaException) {
            Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
            return "Kafka: " + cause.getMessage();
        }
        return null;
    }
}
