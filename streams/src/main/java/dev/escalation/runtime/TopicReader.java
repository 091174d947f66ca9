package dev.escalation.runtime;

import dev.escalation.topology.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/** Reads what a topic holds now, or follows it as it grows: committed records only, without joining a consumer group. */
public final class TopicReader {
    private TopicReader() {}

    public static <K, V> List<ConsumerRecord<K, V>> readAll(Topic<K, V> topic, Map<String, Object> client, Duration timeout) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props,
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), timeout).stream()
                    .map(p -> new TopicPartition(topic.name(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            List<ConsumerRecord<K, V>> records = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(consumer, end, partitions)) {
                if (System.nanoTime() > deadline) {
                    throw new EngineException("could not read topic " + topic.name() + " to its end within " + timeout.toSeconds() + " s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /**
     * Follows {@code topic} from its oldest record or from its end, handing each record's value to
     * {@code each}, until {@code done} says so, {@code stopAfter} has passed (null: no limit) or the
     * JVM shuts down (Ctrl-C), when it stops quietly. {@code started} runs once the topic is
     * assigned, {@code polled} after every poll.
     *
     * @throws EngineException when the topic does not exist
     */
    public static <K, V> void follow(Topic<K, V> topic, Map<String, Object> client, boolean fromBeginning, Duration stopAfter,
                                     Runnable started, Consumer<V> each, Runnable polled, BooleanSupplier done) {
        followRecords(topic, client, fromBeginning, stopAfter, started, record -> each.accept(record.value()), polled, done);
    }

    /** As {@link #follow}, handing over whole records (headers, partition, offset), not only their values. */
    public static <K, V> void followRecords(Topic<K, V> topic, Map<String, Object> client, boolean fromBeginning, Duration stopAfter,
                                            Runnable started, Consumer<ConsumerRecord<K, V>> each, Runnable polled, BooleanSupplier done) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            Thread main = Thread.currentThread();
            Thread hook = new Thread(() -> {
                consumer.wakeup();
                try {
                    main.join(5_000);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(hook);
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic.name(), p.partition())).toList();
            if (partitions.isEmpty()) {
                throw new EngineException("topic " + topic.name() + " does not exist on " + client.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
            }
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            started.run();
            long deadline = stopAfter == null ? Long.MAX_VALUE : System.nanoTime() + stopAfter.toNanos();
            try {
                while (!done.getAsBoolean() && System.nanoTime() < deadline) {
                    for (ConsumerRecord<K, V> record : consumer.poll(Duration.ofMillis(200))) {
                        each.accept(record);
                    }
                    polled.run();
                }
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (WakeupException interrupted) {
                // Ctrl-C: the JVM is shutting down; stop quietly.
            }
        }
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end, List<TopicPartition> partitions) {
        for (TopicPartition p : partitions) {
            if (consumer.position(p) < end.get(p)) {
                return false;
            }
        }
        return true;
    }
}
