package dev.escalation.topology;

import dev.escalation.escalate.Held;
import java.util.function.Function;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Held incidents ({@link Held}) in a state store, one store key each, {@code prefix|time|id} with the
 * time zero-padded: one owner's incidents are one prefix scan, in order, and a change costs one
 * small write, however many incidents the owner holds.
 */
final class HeldStore<V> {

    private static final StringSerializer KEYS = new StringSerializer();

    private final KeyValueStore<String, V> store;

    HeldStore(KeyValueStore<String, V> store) {
        this.store = store;
    }

    /** The incidents stored under {@code prefix}, in a set from {@code empty} that writes its changes back there. */
    Held<V> restore(String prefix, Function<Held.Journal<V>, Held<V>> empty) {
        Held<V> held = empty.apply(new Held.Journal<>() {
            @Override
            public void put(Held.Slot slot, V value) {
                store.put(key(prefix, slot), value);
            }

            @Override
            public void remove(Held.Slot slot) {
                store.delete(key(prefix, slot));
            }
        });
        try (KeyValueIterator<String, V> stored = store.prefixScan(prefix + "|", KEYS)) {
            stored.forEachRemaining(entry -> held.restore(entry.value));
        }
        return held;
    }

    static String key(String prefix, Held.Slot slot) {
        String time = Long.toString(slot.time());
        return prefix + "|" + "0".repeat(Math.max(0, 15 - time.length())) + time + "|" + slot.id();
    }
}
