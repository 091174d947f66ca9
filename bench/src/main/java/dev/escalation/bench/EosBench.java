package dev.escalation.bench;

import dev.escalation.records.Incident;
import dev.escalation.topology.PayloadTimestamp;
import dev.escalation.topology.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/**
 * The engine's throughput against a pass-through Streams application, measured in one run on one
 * embedded broker: the same incidents (Avro through the registry) in the input topic (one
 * partition, as the engine creates it; {@code -Dbench.incident.partitions}), the same serdes, timestamp extractor and settings ({@code StreamsSettings}:
 * exactly_once_v2, Streams' default commit interval for it, one stream thread). The pass-through
 * copies every incident to a topic; the engine is {@code EngineTopology.build}. Each run is a fresh
 * application id reading the topic from the start, timed from the moment it runs until its group has
 * committed past the end of every topic it reads (for the engine, its repartition topics too).
 * Warm-up rounds of each come first ({@code -Dbench.warmups}, default 2), not counted; then rounds alternate which goes first;
 * medians are reported, and the median of the rounds' ratios.
 * Sizes: {@code -Dbench.eos.incidents} (default the year, {@value BenchIncidents#YEAR}), {@code -Dbench.rounds} (default 3),
 * {@code -Dbench.warmups} (default 2).
 */
final class EosBench {

    private static final Duration TIMEOUT = Duration.ofHours(1);

    private EosBench() {}

    static void run() throws Exception {
        long count = Timed.count("bench.eos.incidents", BenchIncidents.YEAR);
        int rounds = (int) Timed.count("bench.rounds", 3);
        List<Incident> incidents = new ArrayList<>();
        new BenchIncidents(count).forEachRemaining(incidents::add);
        try (BenchBroker broker = BenchBroker.start()) {
            broker.produce(incidents);
            Topic<String, Incident> copies = new Topic<>("incident-copies", broker.topics.incidents().keySerde(), broker.topics.incidentSerde());
            broker.createTopics(List.of(copies));
            System.out.printf("eos: %,d incidents in topic %s (%d partition(s)), exactly_once_v2, %d rounds%n",
                    count, broker.topics.incidents().name(), broker.incidentPartitions, rounds);
            // Rounds of each first, not measured: the JIT compiles the broker's and the clients' paths, which on two cores
            // otherwise takes as much CPU as the applications themselves, and makes the first rounds several times slower.
            int warmUps = (int) Timed.count("bench.warmups", 2);
            for (int round = 0; round < warmUps; round++) {
                rate(broker, "pass-through", passThrough(broker, copies), "bench-warm-up-pass-through-" + round,
                        List.of(broker.topics.incidents().name()), count);
                String id = "bench-warm-up-engine-" + round;
                rate(broker, "engine", broker.engine(), id, broker.engineSources(id), count);
            }
            System.out.printf("  (%d warm-up round(s) above, not counted)%n", warmUps);
            double[] passThrough = new double[rounds];
            double[] engine = new double[rounds];
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                // Alternate the order, so that neither always meets the broker busier or its caches warmer.
                for (int turn = 0; turn < 2; turn++) {
                    if ((turn + round) % 2 == 0) {
                        String id = "bench-pass-through-" + round;
                        passThrough[round] = rate(broker, "pass-through", passThrough(broker, copies), id,
                                List.of(broker.topics.incidents().name()), count);
                    } else {
                        String id = "bench-engine-" + round;
                        long deadLetters = broker.committedRecords(broker.topics.deadLetters().name());
                        engine[round] = rate(broker, "engine", broker.engine(), id, broker.engineSources(id), count);
                        System.out.printf("    (the engine dead-lettered %,d incidents)%n",
                                broker.committedRecords(broker.topics.deadLetters().name()) - deadLetters);
                    }
                }
                ratios[round] = engine[round] / passThrough[round];
                System.out.printf("  round %d: engine / pass-through = %.1f%%%n", round + 1, 100 * ratios[round]);
            }
            System.out.printf("  median: pass-through %,.0f/s, engine %,.0f/s; engine / pass-through %.1f%% (median of the rounds' ratios)%n",
                    Timed.median(passThrough), Timed.median(engine), 100 * Timed.median(ratios));
        }
    }

    /** Incidents in, the same incidents out, through the engine's serde and timestamp extractor. */
    private static Topology passThrough(BenchBroker broker, Topic<String, Incident> copies) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(broker.topics.incidents().name(), broker.topics.incidents().consumed(new PayloadTimestamp()))
                .to(copies.name(), copies.produced());
        return builder.build();
    }

    /**
     * Runs the application over the whole topic; its rate is taken from the moment it runs (its
     * tasks assigned) until its group has committed past the end of every topic it reads: start-up
     * (creating internal topics, the first rebalance) is reported apart.
     */
    private static double rate(BenchBroker broker, String name, Topology topology, String applicationId,
                               List<String> sourceTopics, long count) throws Exception {
        KafkaStreams streams = broker.app(topology, applicationId);
        long start = System.nanoTime();
        streams.start();
        BenchBroker.awaitRunning(streams, Duration.ofMinutes(2));
        long running = System.nanoTime();
        broker.awaitCaughtUp(applicationId, sourceTopics, TIMEOUT);
        double seconds = (System.nanoTime() - running) / 1e9;
        broker.remove(streams, applicationId);
        System.out.printf("    %-12s %,9.0f incidents/s (%.1f s, after %.1f s starting up)%n", name, count / seconds, seconds,
                (running - start) / 1e9);
        return count / seconds;
    }
}
