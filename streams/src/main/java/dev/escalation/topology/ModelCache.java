package dev.escalation.topology;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The dyads or regions a task works on, kept in memory between records so that a record reads
 * nothing from the stores; the least recently used are let go beyond {@code size}. The stores stay
 * the truth: a model let go, or lost with a task that restarts or moves, is built from them again.
 */
final class ModelCache<M> {

    private final Function<String, M> load;
    private final Map<String, M> models;

    ModelCache(int size, Function<String, M> load) {
        this.load = load;
        this.models = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, M> eldest) {
                return size() > size;
            }
        };
    }

    M get(String key) {
        M model = models.get(key);
        if (model == null) {
            model = load.apply(key);
            models.put(key, model);
        }
        return model;
    }
}
