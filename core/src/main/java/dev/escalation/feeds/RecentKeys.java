package dev.escalation.feeds;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys of the most recent records, to drop re-emitted ones. Bounded, so a file of millions of
 * rows runs in fixed memory: feeds re-emit an event within hours or days, long before it is evicted.
 */
final class RecentKeys {
    private final Map<String, Boolean> keys;

    RecentKeys(int capacity) {
        this.keys = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time {@code key} is seen (among the recent ones). */
    boolean firstTime(String key) {
        return keys.putIfAbsent(key, Boolean.TRUE) == null;
    }
}
