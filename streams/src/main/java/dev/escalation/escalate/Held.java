package dev.escalation.escalate;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The incidents a dyad or a region holds, in (event time, id) order, each id once. Every change is
 * also told to a {@link Journal}, which the engine backs with a state store, one store key per
 * incident: a record then costs one small write, however many incidents are held.
 */
public final class Held<V> {

    /** An incident's place in the order: its event time, then its id. */
    public record Slot(long time, String id) implements Comparable<Slot> {
        /** Before every slot at {@code time}: ids are never empty, so {@code ""} sorts first. */
        public static Slot first(long time) {
            return new Slot(time, "");
        }

        @Override
        public int compareTo(Slot other) {
            int byTime = Long.compare(time, other.time);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }

    /** Where the held incidents are kept beyond memory. */
    public interface Journal<V> {
        void put(Slot slot, V value);

        void remove(Slot slot);

        /** For a model that lives in memory only (tests, a backtest of the rules alone). */
        static <V> Journal<V> none() {
            return new Journal<>() {
                @Override
                public void put(Slot slot, V value) {}

                @Override
                public void remove(Slot slot) {}
            };
        }
    }

    private final TreeMap<Slot, V> bySlot = new TreeMap<>();
    private final Map<String, Slot> slotOfId = new HashMap<>();
    private final Function<V, Slot> slotOf;
    private final Journal<V> journal;

    public Held(Function<V, Slot> slotOf, Journal<V> journal) {
        this.slotOf = slotOf;
        this.journal = journal;
    }

    /** Takes back a value the journal kept, without writing it again. */
    public void restore(V value) {
        Slot slot = slotOf.apply(value);
        bySlot.put(slot, value);
        slotOfId.put(slot.id(), slot);
    }

    /** Holds the value in place of any held under its id. */
    public void put(V value) {
        Slot slot = slotOf.apply(value);
        Slot old = slotOfId.put(slot.id(), slot);
        if (old != null && !old.equals(slot)) {
            bySlot.remove(old);
            journal.remove(old);
        }
        bySlot.put(slot, value);
        journal.put(slot, value);
    }

    /** The value held under this id, or null. */
    public V get(String id) {
        Slot slot = slotOfId.get(id);
        return slot == null ? null : bySlot.get(slot);
    }

    /** Lets go of the value held under this id; returns it, or null. */
    public V remove(String id) {
        Slot slot = slotOfId.remove(id);
        if (slot == null) {
            return null;
        }
        journal.remove(slot);
        return bySlot.remove(slot);
    }

    /** Lets go of every value before {@code time}. */
    public void removeBefore(long time) {
        NavigableMap<Slot, V> old = bySlot.headMap(Slot.first(time), false);
        for (Slot slot : old.keySet()) {
            slotOfId.remove(slot.id());
            journal.remove(slot);
        }
        old.clear();
    }

    /** The held values in order, read-only by contract: change them through this class. */
    public NavigableMap<Slot, V> all() {
        return bySlot;
    }

    /** The values at times in ({@code after}, {@code upTo}], in order. */
    public NavigableMap<Slot, V> between(long after, long upTo) {
        return after >= upTo ? new TreeMap<>() : bySlot.subMap(Slot.first(after + 1), true, Slot.first(upTo + 1), false);
    }

    public boolean isEmpty() {
        return bySlot.isEmpty();
    }

    public int size() {
        return bySlot.size();
    }
}
