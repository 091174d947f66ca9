package dev.escalation.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A command of the contract that is not built yet: it says so, by name, and exits 2. */
@Command(mixinStandardHelpOptions = true)
final class PlannedCommand implements Callable<Integer> {
    static final int NOT_BUILT = 2;

    private final String name;
    private final String comesWith;

    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> ignored;

    PlannedCommand(String name, String comesWith) {
        this.name = name;
        this.comesWith = comesWith;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("escalation " + name + ": not built yet; it comes with " + comesWith + ".");
        return NOT_BUILT;
    }
}
