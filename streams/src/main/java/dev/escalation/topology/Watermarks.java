package dev.escalation.topology;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * How far in event time each partition of the incidents topic has gone, as the intake reports it in
 * the headers of the records it passes on. The escalation stage takes an incident only once every
 * partition has gone past it, so that incidents from several partitions meet in event-time order
 * however the tasks interleave. Kept in store {@value #STORE} (value: the watermark, then
 * {@code idle} when the partition has fallen idle), as a partition says it is idle only once.
 */
final class Watermarks {

    static final String STORE = "partition-watermarks";

    static final String PARTITION = "escalation.partition";
    static final String WATERMARK = "escalation.watermark";
    static final String IDLE = "escalation.idle";

    private final KeyValueStore<Integer, String> store;
    private long[] marks;
    private boolean[] heard;
    private boolean[] idle;

    /** @param partitions how many partitions the incidents topic has: each must be heard from before anything is taken */
    Watermarks(int partitions, KeyValueStore<Integer, String> store) {
        this.store = store;
        marks = new long[partitions];
        heard = new boolean[partitions];
        idle = new boolean[partitions];
        try (KeyValueIterator<Integer, String> stored = store.all()) {
            stored.forEachRemaining(entry -> {
                String[] parts = entry.value.split(" ");
                set(entry.key, Long.parseLong(parts[0]), parts.length > 1);
            });
        }
    }

    static Headers headers(int partition, long watermark, boolean idle) {
        Headers headers = new RecordHeaders();
        headers.add(PARTITION, ByteBuffer.allocate(Integer.BYTES).putInt(partition).array());
        headers.add(WATERMARK, ByteBuffer.allocate(Long.BYTES).putLong(watermark).array());
        if (idle) {
            headers.add(IDLE, new byte[0]);
        }
        return headers;
    }

    /** Takes the watermark a record carries; a record without one changes nothing. */
    void update(Headers headers) {
        Header partitionHeader = headers.lastHeader(PARTITION);
        Header watermarkHeader = headers.lastHeader(WATERMARK);
        if (partitionHeader == null || watermarkHeader == null) {
            return;
        }
        int partition = ByteBuffer.wrap(partitionHeader.value()).getInt();
        long mark = ByteBuffer.wrap(watermarkHeader.value()).getLong();
        boolean isIdle = headers.lastHeader(IDLE) != null;
        set(partition, partition < marks.length && heard[partition] ? Math.max(marks[partition], mark) : mark, isIdle);
        store.put(partition, marks[partition] + (isIdle ? " idle" : ""));
    }

    private void set(int partition, long mark, boolean isIdle) {
        if (partition >= marks.length) {
            // More partitions than the engine was told of (added since it started): wait for all of them.
            marks = Arrays.copyOf(marks, partition + 1);
            heard = Arrays.copyOf(heard, partition + 1);
            idle = Arrays.copyOf(idle, partition + 1);
        }
        marks[partition] = mark;
        heard[partition] = true;
        idle[partition] = isIdle;
    }

    /**
     * The event time up to which every partition has delivered its incidents: the lowest watermark
     * of the partitions that are not idle; {@link Long#MIN_VALUE} while one has not been heard
     * from; {@link Long#MAX_VALUE} when all are idle.
     */
    long frontier() {
        long frontier = Long.MAX_VALUE;
        for (int p = 0; p < marks.length; p++) {
            if (!heard[p]) {
                return Long.MIN_VALUE;
            }
            if (!idle[p]) {
                frontier = Math.min(frontier, marks[p]);
            }
        }
        return frontier;
    }

    /** The latest event time any partition has shown. */
    long highest() {
        long highest = Long.MIN_VALUE;
        for (int p = 0; p < marks.length; p++) {
            if (heard[p]) {
                highest = Math.max(highest, marks[p]);
            }
        }
        return highest;
    }
}
