package dev.escalation.topology;

import dev.escalation.records.Incident;
import dev.escalation.records.RegionState;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * What the escalation stage writes down so that its task, restarted or moved to another instance,
 * resumes exactly where it stopped: the stores are changelogged, and exactly-once commits them
 * with the input offsets. Three stores, and one write per incident that is not coalesced:
 * <ul>
 *   <li>{@value #INCIDENTS}: every incident the stage holds, waiting or taken, until it is older than
 *       every window (key {@code time|id}, the time zero-padded, so a scan returns them in event-time order);
 *   <li>{@value #REGIONS}: each region's level and clocks;
 *   <li>{@value #PROGRESS}: the last incident taken, and the partitions that have said they are idle.
 * </ul>
 * The last two hold few keys and change seldom: a region's level, its cool-down, the time it was
 * evaluated to with no incident (the clocks every incident moves follow from the incidents), and
 * "all taken" as long as every incident is taken as it comes; they are cached, so a commit writes
 * each key once. What the dyads and regions hold is not stored apart: a restarted task
 * links the incidents it had taken again, in event-time order, which gives the same links.
 * A backtest writes nothing ({@link #NONE}): it has no broker to log to and nothing to restore.
 */
final class EscalationJournal {

    static final String INCIDENTS = "escalation-incidents";
    static final String REGIONS = "escalation-regions";
    static final String PROGRESS = "escalation-progress";
    static final String[] STORES = {INCIDENTS, REGIONS, PROGRESS};

    static final EscalationJournal NONE = new EscalationJournal(null, null, null);

    private static final String TAKEN = "taken";
    /** Taken up to this: after every key (they start with digits), so every incident the journal holds has been taken. */
    static final String ALL_TAKEN = "~";
    /** Taken up to this: before every key, so none has been taken. */
    static final String NONE_TAKEN = "";
    private static final String IDLE = "idle/";

    private final KeyValueStore<String, Incident> incidents;
    private final KeyValueStore<String, RegionState> regions;
    private final KeyValueStore<String, String> progress;

    private EscalationJournal(KeyValueStore<String, Incident> incidents, KeyValueStore<String, RegionState> regions,
                              KeyValueStore<String, String> progress) {
        this.incidents = incidents;
        this.regions = regions;
        this.progress = progress;
    }

    static EscalationJournal of(ProcessorContext<?, ?> context) {
        return new EscalationJournal(context.getStateStore(INCIDENTS), context.getStateStore(REGIONS), context.getStateStore(PROGRESS));
    }

    /** The key of an incident held at {@code time}: its order is event-time order. */
    static String key(long time, String id) {
        String digits = Long.toString(time);
        return "0".repeat(Math.max(0, 15 - digits.length())) + digits + "|" + id;
    }

    static long timeOf(String key) {
        return Long.parseLong(key, 0, key.indexOf('|'), 10);
    }

    void hold(String key, Incident incident) {
        if (incidents != null) {
            incidents.put(key, incident);
        }
    }

    void release(String key) {
        if (incidents != null) {
            incidents.put(key, null); // a delete, without reading back the value delete() returns
        }
    }

    /** Every incident held, in event-time order. */
    void forEachIncident(BiConsumer<String, Incident> action) {
        if (incidents != null) {
            try (KeyValueIterator<String, Incident> all = incidents.all()) {
                all.forEachRemaining(entry -> action.accept(entry.key, entry.value));
            }
        }
    }

    void region(RegionState state) {
        if (regions != null) {
            regions.put(state.getRegion(), state);
        }
    }

    Map<String, RegionState> regions() {
        Map<String, RegionState> all = new HashMap<>();
        if (regions != null) {
            try (KeyValueIterator<String, RegionState> stored = regions.all()) {
                stored.forEachRemaining(entry -> all.put(entry.key, entry.value));
            }
        }
        return all;
    }

    /** The key of the last incident taken, or null. */
    String taken() {
        return progress == null ? null : progress.get(TAKEN);
    }

    void taken(String key) {
        if (progress != null) {
            progress.put(TAKEN, key);
        }
    }

    /** Writes down that a partition has fallen idle at watermark {@code mark}, or, with null, that it has records again. */
    void idlePartition(int partition, Long mark) {
        if (progress != null) {
            if (mark == null) {
                progress.delete(IDLE + partition);
            } else {
                progress.put(IDLE + partition, Long.toString(mark));
            }
        }
    }

    /** The partitions written down as idle, with their watermarks. */
    Map<Integer, Long> idlePartitions() {
        Map<Integer, Long> idle = new HashMap<>();
        if (progress != null) {
            try (KeyValueIterator<String, String> stored = progress.prefixScan(IDLE, new StringSerializer())) {
                stored.forEachRemaining(entry -> idle.put(Integer.parseInt(entry.key.substring(IDLE.length())), Long.parseLong(entry.value)));
            }
        }
        return idle;
    }
}
