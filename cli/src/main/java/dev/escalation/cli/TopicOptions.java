package dev.escalation.cli;

import picocli.CommandLine.Option;

/** How many partitions the topics get when a command creates them (run, demo, replay). */
final class TopicOptions {

    @Option(names = "--partitions", defaultValue = "3", paramLabel = "N",
            description = "Partitions of the engine's topics created when they are missing, but the incidents topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--incident-partitions", defaultValue = "1", paramLabel = "N",
            description = {"Partitions of the incidents topic, when it is created (default: ${DEFAULT-VALUE}).",
                    "All incidents meet in one escalation task: one partition takes them there directly; more cost a repartition hop."})
    int incidentPartitions;
}
