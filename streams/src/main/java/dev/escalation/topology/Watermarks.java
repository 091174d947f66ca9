package dev.escalation.topology;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * How far in event time each partition of the incidents topic has gone, as the intake reports it in
 * the headers of the records it passes on. The escalation stage takes an incident only once every
 * partition has gone past it, so that incidents from several partitions meet in event-time order
 * however the tasks interleave. A partition says it is idle only once, so that is written down in
 * the {@link EscalationJournal}, and cleared when it has records again; its watermark otherwise
 * comes with its next record, so an escalation task that restarts waits for that before it takes
 * anything, however long it had gone before.
 */
final class Watermarks {

    static final String PARTITION = "escalation.partition";
    static final String WATERMARK = "escalation.watermark";
    static final String IDLE = "escalation.idle";

    private final EscalationJournal journal;
    private long[] marks;
    private boolean[] heard;
    private boolean[] idle;

    /** @param partitions how many partitions the incidents topic has: each must be heard from before anything is taken */
    Watermarks(int partitions, EscalationJournal journal) {
        this.journal = journal;
        marks = new long[partitions];
        heard = new boolean[partitions];
        idle = new boolean[partitions];
        journal.idlePartitions().forEach((partition, mark) -> set(partition, mark, true));
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
        boolean known = partition < marks.length && heard[partition];
        boolean wasIdle = known && idle[partition];
        set(partition, known ? Math.max(marks[partition], mark) : mark, isIdle);
        if (isIdle != wasIdle) {
            journal.idlePartition(partition, isIdle ? marks[partition] : null);
        }
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
