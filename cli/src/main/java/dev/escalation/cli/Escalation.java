package dev.escalation.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./escalation} launcher: one command per way of using the engine (DESIGN.md, command line). */
@Command(name = "escalation", mixinStandardHelpOptions = true, version = "escalation 0.1.0",
        description = "Stream-processing alert engine for escalation signals in armed conflict.",
        subcommands = {DemoCommand.class, RunCommand.class, ConfigCommand.class, AlertsCommand.class, CommandLine.HelpCommand.class})
public final class Escalation {

    /** Commands of the contract that later work will build; each says so and exits non-zero. */
    private static final String[][] PLANNED = {
        {"extract", "Articles (JSON lines) in, incidents (JSON lines) out, no broker.", "the event coder (issue 3)"},
        {"backtest", "A historical file in, alerts (JSON lines) out, no broker.", "historical feeds (issue 5)"},
        {"replay", "A historical file into the input topics, with event timestamps.", "historical feeds (issue 5)"},
        {"reset", "Resets the engine's application state so that a replay starts clean.", "historical feeds (issue 5)"},
    };

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Escalation());
        for (String[] planned : PLANNED) {
            cli.addSubcommand(planned[0], new PlannedCommand(planned[0], planned[2]));
            cli.getSubcommands().get(planned[0]).getCommandSpec().usageMessage().description(planned[1] + " Not built yet: comes with " + planned[2] + ".");
        }
        cli.setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CliException) {
                commandLine.getErr().println("escalation " + commandLine.getCommandName() + ": " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
