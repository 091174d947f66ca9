package dev.escalation.cli;

import dev.escalation.config.EngineConfig;
import dev.escalation.feeds.AcledBaselines;
import dev.escalation.feeds.FeedReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "baselines", mixinStandardHelpOptions = true,
        description = {"Seeded baselines from ACLED monthly event counts (country, event_type, month, nrEvents):",
                "prints regions.baselines as YAML, each country's normal intensity per window under the config's weights.",
                "Lay it into an engine config so that ELEVATED, HIGH and surge are judged against what is normal there."})
final class BaselinesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ACLED-MONTHLY.csv", description = "ACLED monthly counts by country and event type.")
    Path file;

    @Option(names = "--config", paramLabel = "FILE", description = "Engine configuration whose window and weights to use.")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EngineConfig engine = EngineOptions.loadConfig(config);
        FeedReport report = new FeedReport();
        Map<String, Double> baselines = AcledBaselines.read(file, engine.escalation(), report);
        err.println("baselines from " + file + ":");
        err.print(report.summary());
        if (baselines.isEmpty()) {
            err.println("escalation baselines: no usable row in " + file);
            return 1;
        }
        out.printf("# Normal intensity per %d-day window from ACLED monthly counts in %s, weights of config %s%n",
                engine.escalation().window().toDays(), file.getFileName(), engine.version());
        out.println("regions:");
        out.println("  baselines:");
        baselines.forEach((country, normal) -> out.printf("    %s: %.1f%n", country, normal));
        out.flush();
        return 0;
    }
}
