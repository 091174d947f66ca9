package dev.escalation.topology;

import dev.escalation.records.Incident;
import dev.escalation.records.RegionState;
import dev.escalation.model.EventTime;
import dev.escalation.model.Timeline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * What the escalation stage writes down so that its task, restarted or moved to another instance,
 * resumes exactly where it stopped: the stores are changelogged, and exactly-once commits them
 * with the input offsets. Three stores, kept in memory:
 * <ul>
 *   <li>{@value #INCIDENTS}: every incident the stage holds, waiting or taken, until no window can
 *       count it any more. One write per incident: it is written under a slot number, and a slot
 *       let go is written over by a later incident, so that letting go costs no delete;
 *   <li>{@value #REGIONS}: each region's level, its cool-down and the time it was evaluated to with
 *       no incident (the clocks every incident moves follow from the incidents);
 *   <li>{@value #PROGRESS}: the last incident taken ("all" as long as every incident is taken as it
 *       comes), the time before which incidents were let go, the partitions that said they were idle.
 * </ul>
 * The last two hold few keys and change seldom; they are cached, so a commit writes each key once.
 * What the dyads and regions hold is not stored apart: a restarted task links the incidents it
 * had taken again, in event-time order, which gives the same links. A backtest writes nothing
 * ({@link #none}): it has no broker to log to and nothing to restore.
 */
final class EscalationJournal {

    static final String INCIDENTS = "escalation-incidents";
    static final String REGIONS = "escalation-regions";
    static final String PROGRESS = "escalation-progress";
    static final String[] STORES = {INCIDENTS, REGIONS, PROGRESS};

    /** Taken up to this: after every key (they start with digits), so every incident the journal holds has been taken. */
    static final String ALL_TAKEN = "~";
    /** Taken up to this: before every key, so none has been taken. */
    static final String NONE_TAKEN = "";
    private static final String TAKEN = "taken";
    private static final String RELEASED = "released-before";
    private static final String IDLE = "idle/";

    private final KeyValueStore<Integer, Incident> incidents;
    private final KeyValueStore<String, RegionState> regions;
    private final KeyValueStore<String, String> progress;
    /** The incidents held, in event-time order, each with its slot. */
    private final Timeline<Integer> slots = new Timeline<>();
    /** Slots let go, to be written over; slots from {@code nextSlot} on were never used. */
    private final ArrayDeque<Integer> freeSlots = new ArrayDeque<>();
    private int nextSlot;

    private EscalationJournal(KeyValueStore<Integer, Incident> incidents, KeyValueStore<String, RegionState> regions,
                              KeyValueStore<String, String> progress) {
        this.incidents = incidents;
        this.regions = regions;
        this.progress = progress;
    }

    static EscalationJournal of(ProcessorContext<?, ?> context) {
        return new EscalationJournal(context.getStateStore(INCIDENTS), context.getStateStore(REGIONS), context.getStateStore(PROGRESS));
    }

    /** A journal that writes nothing and holds nothing. */
    static EscalationJournal none() {
        return new EscalationJournal(null, null, null);
    }

    /** The order of incidents taken: event time, then id, as one comparable string. */
    static String key(long time, String id) {
        String digits = Long.toString(time);
        return "0".repeat(Math.max(0, 15 - digits.length())) + digits + "|" + id;
    }

    /** Holds the incident (in place of any copy of it held): written under its copy's slot, a slot let go, or a new one. */
    void hold(long time, Incident incident) {
        if (incidents == null) {
            return;
        }
        Integer slot = slots.get(incident.getId());
        if (slot == null) {
            slot = freeSlots.isEmpty() ? nextSlot++ : freeSlots.pop();
        }
        slots.put(time, incident.getId(), slot);
        incidents.put(slot, incident);
    }

    /** Lets go of the incidents before {@code time}: their slots are free to be written over. */
    void releaseBefore(long time) {
        if (incidents == null || slots.isEmpty() || slots.timeAt(slots.start()) >= time) {
            return;
        }
        slots.removeBefore(time, freeSlots::push);
        progress.put(RELEASED, Long.toString(time));
    }

    /**
     * The incidents held when the task last committed, in event-time order; the slots of those let
     * go before, and never written over, are free again.
     */
    List<Incident> restore() {
        List<Incident> held = new ArrayList<>();
        if (incidents == null) {
            return held;
        }
        String releasedText = progress.get(RELEASED);
        long releasedBefore = releasedText == null ? Long.MIN_VALUE : Long.parseLong(releasedText);
        Map<Integer, Incident> bySlot = new HashMap<>();
        try (KeyValueIterator<Integer, Incident> all = incidents.all()) {
            all.forEachRemaining(entry -> bySlot.put(entry.key, entry.value));
        }
        List<Map.Entry<Integer, Incident>> entries = new ArrayList<>(bySlot.entrySet());
        entries.sort((a, b) -> EventTime.ORDER.compare(a.getValue(), b.getValue()));
        nextSlot = bySlot.keySet().stream().mapToInt(slot -> slot + 1).max().orElse(0);
        for (Map.Entry<Integer, Incident> entry : entries) {
            long time = EventTime.of(entry.getValue());
            if (time >= releasedBefore) {
                slots.put(time, entry.getValue().getId(), entry.getKey());
                held.add(entry.getValue());
            }
        }
        for (int slot = 0; slot < nextSlot; slot++) {
            if (!bySlot.containsKey(slot) || EventTime.of(bySlot.get(slot)) < releasedBefore) {
                freeSlots.push(slot);
            }
        }
        return held;
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
