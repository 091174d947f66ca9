package dev.escalation.watch;

import dev.escalation.runtime.TopicReader;
import dev.escalation.topology.Topic;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Follows a topic from its beginning on a daemon thread of its own (committed records only), until closed. */
final class Follower<K, V> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Follower.class);

    private final Thread thread;
    private volatile boolean closed;

    Follower(Topic<K, V> topic, Map<String, Object> client, Consumer<ConsumerRecord<K, V>> each) {
        thread = new Thread(() -> {
            try {
                TopicReader.followRecords(topic, client, true, null, () -> { }, record -> {
                    try {
                        each.accept(record);
                    } catch (RuntimeException e) {
                        LOG.warn("watch floor: record {}-{}@{} skipped: {}", record.topic(), record.partition(), record.offset(), e.toString());
                    }
                }, () -> { }, () -> closed);
            } catch (RuntimeException e) {
                LOG.error("watch floor: stopped following {}: {}", topic.name(), e.toString());
            }
        }, "watch-" + topic.name());
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
