package dev.escalation.runtime;

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
public final class Lag {
    private Lag() {}

    /**
     * True when the group has committed past every record in {@code topics}. Give topics upstream
     * first: with exactly-once, an upstream commit makes its outputs visible downstream at once.
     */
    public static boolean caughtUp(Admin admin, String groupId, List<String> topics) throws ExecutionException, InterruptedException {
        return endsIfCaughtUp(admin, groupId, topics) != null;
    }

    /**
     * Waits until the engine has taken its last incident: the group has caught up with
     * {@code topics} and no record has reached them for {@code quiet}, longer than it takes the
     * engine's partitions to say they have fallen idle (so that it takes the incidents it held back
     * for the slowest one). Fails with a one-line error after {@code timeout}.
     */
    public static void awaitSettled(Admin admin, String groupId, List<String> topics, Duration quiet, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> lastEnds = null;
        long unchangedSince = System.nanoTime();
        try {
            while (true) {
                Map<TopicPartition, Long> ends = endsIfCaughtUp(admin, groupId, topics);
                if (ends == null || !ends.equals(lastEnds)) {
                    lastEnds = ends;
                    unchangedSince = System.nanoTime();
                } else if (System.nanoTime() - unchangedSince >= quiet.toNanos()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new EngineException("the engine did not process its input within " + timeout.toSeconds() + " s");
                }
                Thread.sleep(100); // polling a broker, not waiting for a result: this is the wait's tick
            }
        } catch (ExecutionException e) {
            throw new EngineException("cannot read the engine's progress: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted");
        }
    }

    /** The end offsets of {@code topics} when the group has committed up to all of them; null while it has not. */
    private static Map<TopicPartition, Long> endsIfCaughtUp(Admin admin, String groupId, List<String> topics)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (String topic : topics) {
            Collection<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata position = committed.get(end.getKey());
                if (end.getValue().offset() > 0 && (position == null || position.offset() < end.getValue().offset())) {
                    return null;
                }
                ends.put(end.getKey(), end.getValue().offset());
            }
        }
        return ends;
    }
}
