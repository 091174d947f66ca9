package dev.escalation.runtime;

import dev.escalation.config.EngineConfig;
import dev.escalation.feeds.FeedRecord;
import dev.escalation.records.Incident;
import dev.escalation.topology.Topic;
import dev.escalation.topology.Topics;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces feed records into the engine's input topics (articles or incidents), each with its
 * event time as the record timestamp, through one idempotent producer so that retries neither
 * lose nor repeat a record. Paced at {@code speed} times real time, or as fast as it goes.
 */
public final class Replay implements AutoCloseable {

    private final EngineConfig config;
    private final Topics topics;
    private final double speed;
    private final Instant from;
    private final Instant to;
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicLong acked = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private long sent;
    private long outsideRange;
    private long firstEventMillis = -1;
    private long startNanos;

    /**
     * @param speed how many times real time to replay at; 0 for as fast as possible
     * @param from  records with an earlier event time are skipped (null: no bound)
     * @param to    records with a later event time are skipped (null: no bound)
     */
    public Replay(EngineConfig config, Topics topics, Map<String, Object> client, double speed, Instant from, Instant to) {
        this.config = config;
        this.topics = topics;
        this.speed = speed;
        this.from = from;
        this.to = to;
        Map<String, Object> props = new HashMap<>(client);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // Throughput for a bulk load: larger batches, a short linger, cheap compression.
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends one record (after waiting its turn when paced); false when it lies outside --from/--to. */
    public boolean send(FeedRecord record) throws InterruptedException {
        Instant time = record.eventTime();
        if (time != null && ((from != null && time.isBefore(from)) || (to != null && time.isAfter(to)))) {
            outsideRange++;
            return false;
        }
        if (time != null && speed > 0) {
            pace(time.toEpochMilli());
        }
        Topic<String, ? extends SpecificRecord> topic = record.value() instanceof Incident ? topics.incidents() : topics.articles();
        byte[] value = serialize(topic, record.value());
        producer.send(new ProducerRecord<>(topic.name(), null, record.timestamp(), record.key(config), value), (metadata, error) -> {
            if (error == null) {
                acked.incrementAndGet();
            } else {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, error.getMessage());
            }
        });
        sent++;
        return true;
    }

    @SuppressWarnings("unchecked")
    private static <V extends SpecificRecord> byte[] serialize(Topic<String, V> topic, SpecificRecord value) {
        return topic.valueSerde().serializer().serialize(topic.name(), (V) value);
    }

    /** Waits until the wall clock has moved as far, at {@code speed}, as event time has since the first record. */
    private void pace(long eventMillis) throws InterruptedException {
        if (firstEventMillis < 0) {
            firstEventMillis = eventMillis;
            startNanos = System.nanoTime();
            return;
        }
        long dueNanos = startNanos + (long) ((eventMillis - firstEventMillis) * 1_000_000L / speed);
        long waitNanos = dueNanos - System.nanoTime();
        if (waitNanos > 0) {
            Thread.sleep(waitNanos / 1_000_000L, (int) (waitNanos % 1_000_000L));
        }
    }

    /** Waits until every record sent is acknowledged or has failed. */
    public void flush() {
        producer.flush();
    }

    public long sent() {
        return sent;
    }

    public long acknowledged() {
        return acked.get();
    }

    public long failed() {
        return failed.get();
    }

    public String firstFailure() {
        return firstFailure.get();
    }

    public long outsideRange() {
        return outsideRange;
    }

    @Override
    public void close() {
        producer.close();
    }
}
