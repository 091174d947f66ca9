package dev.escalation.cli;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Consumer lag of the engine: how the demo and the tests know that everything produced has been processed. */
final class Lag {
    private Lag() {}

    /**
     * True when the group has committed past every record in {@code topics}. Give topics upstream
     * first: with exactly-once, an upstream commit makes its outputs visible downstream at once.
     */
    static boolean caughtUp(Admin admin, String groupId, List<String> topics) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
        for (String topic : topics) {
            Collection<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata position = committed.get(end.getKey());
                if (end.getValue().offset() > 0 && (position == null || position.offset() < end.getValue().offset())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Waits until {@link #caughtUp} holds, or fails with a one-line error after {@code timeout}. */
    static void awaitCaughtUp(Admin admin, String groupId, List<String> topics, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!caughtUp(admin, groupId, topics)) {
                if (System.nanoTime() > deadline) {
                    throw new CliException("the engine did not process its input within " + timeout.toSeconds() + " s");
                }
                Thread.sleep(100); // polling a broker, not waiting for a result: this is the wait's tick
            }
        } catch (ExecutionException e) {
            throw new CliException("cannot read the engine's progress: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }
}
