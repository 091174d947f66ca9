package dev.escalation.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./escalation} launcher: one command per way of using the engine (DESIGN.md, command line). */
@Command(name = "escalation", mixinStandardHelpOptions = true, version = "escalation 0.1.0",
        description = "Stream-processing alert engine for escalation signals in armed conflict.",
        subcommands = {DemoCommand.class, RunCommand.class, ConfigCommand.class, AlertsCommand.class,
                BacktestCommand.class, ReplayCommand.class, ResetCommand.class, CommandLine.HelpCommand.class})
public final class Escalation {

    /** A command of the contract that later work will build. */
    record Planned(String name, String description, String comesWith) {}

    /** Commands not built yet; each says so and exits non-zero. */
    static final List<Planned> PLANNED = List.of(
            new Planned("extract", "Articles (JSON lines) in, incidents (JSON lines) out, no broker.", "the event coder (issue 3)"));

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Escalation());
        for (Planned planned : PLANNED) {
            cli.addSubcommand(planned.name(), new PlannedCommand(planned.name(), planned.comesWith()));
            cli.getSubcommands().get(planned.name()).getCommandSpec().usageMessage()
                    .description(planned.description(), "Not built yet: comes with " + planned.comesWith() + ".");
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
