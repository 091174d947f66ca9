package dev.escalation.bench;

import dev.escalation.model.EventTime;
import dev.escalation.records.AlertStatus;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Incident;
import dev.escalation.runtime.Replay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Incident-to-alert latency of the engine on the embedded broker (exactly_once_v2, its incidents topic
 * of one partition as the engine creates it ({@code -Dbench.incident.partitions}),
 * the engine's own settings). The year's first incidents are produced at a steady rate through
 * the CLI's replay, with the producer's default linger (5 ms) as a live feed would, first for a
 * warm-up (the JIT, the stores and the first rise of every region), then for the measured time; a
 * read_committed consumer, as every alert subscriber, takes the alerts. For each alert that raises
 * a level, latency is the time the consumer received it less the time the incident that caused it
 * was handed to the producer, both on this JVM's monotonic clock; the cause is the newest incident
 * among the alert's evidence ids (a rise cites the incident that makes it, and is dated at its
 * event time). A rise dated later than every incident it cites was caused by event time passing
 * (a baseline moving on), not by an incident: counted, not measured. Rises are reported
 * also by their cause: an incident with a time of day, or one with a date only (event time
 * midnight, so it waits until every partition has reached that midnight). Alerts that lower a
 * level are counted, not measured: event time passing lowers them, not one incident.
 * Sizes: {@code -Dbench.latency.rate} (incidents/s, default 1,000), {@code -Dbench.latency.seconds} (measured, default 120: about 100 rises),
 * {@code -Dbench.latency.warmup} (seconds, default 30).
 */
final class LatencyBench {

    private static final String APPLICATION_ID = "bench-latency";

    private LatencyBench() {}

    private record Received(EscalationAlert alert, long atNanos) {}

    private record Sent(long atNanos, long eventTime, boolean dateOnly) {}

    static void run() throws Exception {
        long rate = Timed.count("bench.latency.rate", 1_000);
        long seconds = Timed.count("bench.latency.seconds", 120);
        long warmUp = Timed.count("bench.latency.warmup", 30);
        List<Incident> incidents = new ArrayList<>();
        new BenchIncidents(rate * (warmUp + seconds)).forEachRemaining(incidents::add);
        System.out.printf("latency: %,d incidents at %,d/s (%s to %s of the year) into the engine on the embedded broker;"
                        + " alerts caused in the first %d s are not measured%n",
                incidents.size(), rate, incidents.get(0).getEventDate(), incidents.get(incidents.size() - 1).getEventDate(), warmUp);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (BenchBroker broker = BenchBroker.start()) {
            KafkaStreams engine = broker.app(broker.engine(), APPLICATION_ID);
            engine.start();
            BenchBroker.awaitRunning(engine, Duration.ofMinutes(2));
            AtomicBoolean drained = new AtomicBoolean();
            Future<List<Received>> received = reader.submit(() -> read(broker, drained));
            Map<String, Sent> sent = new HashMap<>();
            long start = System.nanoTime();
            produce(broker, incidents, rate, sent);
            double producing = (System.nanoTime() - start) / 1e9;
            broker.awaitCaughtUp(APPLICATION_ID, broker.engineSources(APPLICATION_ID), Duration.ofHours(1));
            double processing = (System.nanoTime() - start) / 1e9;
            drained.set(true);
            report(received.get(), sent, start + warmUp * 1_000_000_000L);
            System.out.printf("  %,d dead letters%n", broker.committedRecords(broker.topics.deadLetters().name()));
            System.out.printf("  produced in %.1f s (%,.0f/s); the engine had processed them all %.1f s after the first was sent%n",
                    producing, incidents.size() / producing, processing);
            engine.close(Duration.ofSeconds(30));
        } finally {
            reader.shutdownNow();
        }
    }

    /** Sends each incident at its due time on a steady schedule, noting when it was handed to the producer. */
    private static void produce(BenchBroker broker, List<Incident> incidents, long rate, Map<String, Sent> sent) throws Exception {
        Map<String, Object> client = new HashMap<>(broker.client());
        client.put(ProducerConfig.LINGER_MS_CONFIG, 5); // Kafka's default; the replay's 20 ms is for bulk loads
        try (Replay replay = new Replay(broker.config, broker.topics, client, 0, null, null)) {
            long start = System.nanoTime();
            for (int i = 0; i < incidents.size(); i++) {
                long due = start + i * 1_000_000_000L / rate;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                Incident incident = incidents.get(i);
                sent.put(incident.getId(), new Sent(System.nanoTime(), EventTime.of(incident), incident.getEventTime() == null));
                replay.send(BenchBroker.record(incident));
            }
            replay.flush();
        }
    }

    /** Reads alerts (read_committed) from the start, noting when each arrived, until the engine has drained its input and the reader has reached the end. */
    private static List<Received> read(BenchBroker broker, AtomicBoolean drained) {
        Map<String, Object> props = new HashMap<>(broker.client());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        String alerts = broker.topics.alerts().name();
        List<Received> received = new ArrayList<>();
        try (KafkaConsumer<String, EscalationAlert> consumer = new KafkaConsumer<>(props,
                broker.topics.alerts().keySerde().deserializer(), broker.topics.alerts().valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(alerts).stream().map(p -> new TopicPartition(alerts, p.partition())).toList();
            consumer.assign(partitions);
            while (!drained.get() || partitions.stream().anyMatch(p -> consumer.position(p) < consumer.endOffsets(List.of(p)).get(p))) {
                var records = consumer.poll(Duration.ofMillis(100));
                long now = System.nanoTime();
                for (ConsumerRecord<String, EscalationAlert> record : records) {
                    received.add(new Received(record.value(), now));
                }
            }
        }
        return received;
    }

    /** Latency of the rises whose cause was sent after {@code measuredFrom} (nanoTime). */
    private static void report(List<Received> received, Map<String, Sent> sent, long measuredFrom) {
        List<Double> all = new ArrayList<>();
        List<Double> timed = new ArrayList<>();
        List<Double> dateOnly = new ArrayList<>();
        long rises = 0;
        long byTime = 0;
        for (Received r : received) {
            if (r.alert().getStatus() != AlertStatus.RAISED && r.alert().getStatus() != AlertStatus.ESCALATED) {
                continue;
            }
            rises++;
            Sent cause = r.alert().getEvidence().getIncidentIds().stream().map(sent::get).filter(s -> s != null)
                    .max(Comparator.comparingLong(Sent::atNanos)).orElse(null);
            if (cause == null || cause.atNanos() < measuredFrom) {
                continue;
            }
            if (r.alert().getEventTime().toEpochMilli() != cause.eventTime()) {
                byTime++;
                continue;
            }
            double millis = (r.atNanos() - cause.atNanos()) / 1e6;
            all.add(millis);
            (cause.dateOnly() ? dateOnly : timed).add(millis);
        }
        System.out.printf("  %,d alerts, %,d of them rises; after the warm-up %,d caused by an incident, %,d by event time passing%n",
                received.size(), rises, all.size(), byTime);
        print("rises measured", all);
        print("caused by an incident with a time of day", timed);
        print("caused by an incident with a date only", dateOnly);
    }

    private static void print(String label, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("    %-42s %,5d", label, sorted.length);
        if (sorted.length > 0) {
            System.out.printf(": p50 %,.0f ms, p99 %,.0f ms, max %,.0f ms", percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]);
        }
        System.out.println();
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }
}
