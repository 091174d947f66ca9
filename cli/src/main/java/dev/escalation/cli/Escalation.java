package dev.escalation.cli;

import dev.escalation.runtime.EngineException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./escalation} launcher: one command per way of using the engine (DESIGN.md, command line). */
@Command(name = "escalation", mixinStandardHelpOptions = true, version = "escalation 0.1.0",
        description = "Stream-processing alert engine for escalation signals in armed conflict.",
        subcommands = {DemoCommand.class, RunCommand.class, ExtractCommand.class, ConfigCommand.class, AlertsCommand.class, DeadLettersCommand.class,
                BacktestCommand.class, ReplayCommand.class, ResetCommand.class, BaselinesCommand.class, CommandLine.HelpCommand.class})
public final class Escalation {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Escalation());
        cli.setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CliException || e instanceof EngineException) {
                commandLine.getErr().println("escalation " + commandLine.getCommandName() + ": " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
