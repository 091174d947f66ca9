package dev.escalation.watch;

import dev.escalation.feeds.RecordJson;
import dev.escalation.records.EscalationAlert;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The latest alerts, held for the page and the API: at most {@code capacity}, the oldest let go
 * first. Each is written as JSON once, when it arrives ({@link RecordJson}, the {@code alerts --json}
 * shape), so a request only filters and joins. Listeners (the Server-Sent Events clients) hear of
 * each new alert.
 */
public final class AlertBoard {

    /** An alert held, with its JSON. */
    public record Held(EscalationAlert alert, String json) {}

    private final int capacity;
    private final ArrayDeque<Held> held = new ArrayDeque<>();
    private final Map<String, Held> byId = new HashMap<>();
    private final List<Consumer<Held>> listeners = new CopyOnWriteArrayList<>();

    public AlertBoard(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    public void add(EscalationAlert alert) {
        Held entry = new Held(alert, RecordJson.write(alert));
        synchronized (this) {
            Held previous = byId.put(alert.getAlertId().toString(), entry);
            if (previous != null) {
                held.remove(previous);
            }
            held.addLast(entry);
            while (held.size() > capacity) {
                Held dropped = held.removeFirst();
                byId.remove(dropped.alert().getAlertId().toString(), dropped);
            }
        }
        for (Consumer<Held> listener : listeners) {
            listener.accept(entry);
        }
    }

    /**
     * The alerts that match, newest event time first.
     *
     * @param region only this region, or null for all
     * @param from only alerts at or after this event time, or null
     */
    public List<Held> query(String region, int minLevel, Instant from, int limit) {
        List<Held> matching = new ArrayList<>();
        synchronized (this) {
            for (Held entry : held) {
                EscalationAlert a = entry.alert();
                if (a.getLevel() >= minLevel && (region == null || region.contentEquals(a.getRegion()))
                        && (from == null || !a.getEventTime().isBefore(from))) {
                    matching.add(entry);
                }
            }
        }
        matching.sort(Comparator.comparing((Held h) -> h.alert().getEventTime()).reversed()
                .thenComparing(h -> h.alert().getAlertId().toString()));
        return matching.size() > limit ? matching.subList(0, limit) : matching;
    }

    public synchronized Optional<Held> byId(String alertId) {
        return Optional.ofNullable(byId.get(alertId));
    }

    public synchronized int size() {
        return held.size();
    }

    /** {@code listener} hears of every alert added from now on, until the returned handle is run. */
    public Runnable subscribe(Consumer<Held> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
