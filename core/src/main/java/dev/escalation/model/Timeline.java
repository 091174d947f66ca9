package dev.escalation.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The incidents a dyad or a region holds, in (event time, id) order, each id once: a sorted array
 * with its oldest entries let go from the front. Incidents nearly always arrive in order, so a put
 * is an append and a window edge moves by a step; an incident late within grace is inserted.
 *
 * <p>Entries are read by position ({@link #start()} to {@link #end()}, oldest first). Positions stay
 * valid while only {@link #put appends} and {@link #removeBefore} happen; any other change moves
 * them, and bumps {@link #layout()}, so that a reader holding positions knows to find them again.
 */
public final class Timeline<V> {

    private long[] times = new long[16];
    private String[] ids = new String[16];
    private Object[] values = new Object[16];
    /** Positions are absolute: the oldest entry is at {@code start}, the newest at {@code end - 1}. */
    private int start;
    private int end;
    private long layout;
    private final Map<String, Long> timeOfId = new HashMap<>();

    /** Holds the value in place of any held under its id; returns the replaced value, or null. */
    public V put(long time, String id, V value) {
        Long old = timeOfId.put(id, time);
        if (old != null && old == time) {
            int at = find(time, id);
            V previous = valueAt(at);
            values[at] = value;
            return previous;
        }
        V previous = old == null ? null : removeAt(find(old, id));
        if (end == start || compare(time, id, end - 1) > 0) {
            append(time, id, value);
        } else {
            insert(insertionPoint(time, id), time, id, value);
        }
        return previous;
    }

    /** The value held under this id, or null. */
    public V get(String id) {
        Long time = timeOfId.get(id);
        return time == null ? null : valueAt(find(time, id));
    }

    /** The position of the entry held under this id, or -1. */
    public int positionOf(String id) {
        Long time = timeOfId.get(id);
        return time == null ? -1 : find(time, id);
    }

    /** Lets go of the value held under this id; returns it, or null. */
    public V remove(String id) {
        Long time = timeOfId.remove(id);
        return time == null ? null : removeAt(find(time, id));
    }

    /** Lets go of every entry before {@code time}. */
    public void removeBefore(long time) {
        removeBefore(time, value -> {});
    }

    /** Lets go of every entry before {@code time}, handing each to {@code released}. */
    public void removeBefore(long time, Consumer<? super V> released) {
        while (start < end && times[start] < time) {
            released.accept(removeFirst());
        }
    }

    /** Lets go of the oldest entry and returns it; the timeline must not be empty. */
    public V removeFirst() {
        V value = valueAt(start);
        timeOfId.remove(ids[start]);
        ids[start] = null;
        values[start] = null;
        start++;
        return value;
    }

    public int size() {
        return end - start;
    }

    public boolean isEmpty() {
        return end == start;
    }

    /** The position of the oldest entry. */
    public int start() {
        return start;
    }

    /** One past the position of the newest entry. */
    public int end() {
        return end;
    }

    /** Changes whenever positions held by a reader may have moved. */
    public long layout() {
        return layout;
    }

    public long timeAt(int position) {
        return times[position];
    }

    public String idAt(int position) {
        return ids[position];
    }

    @SuppressWarnings("unchecked")
    public V valueAt(int position) {
        return (V) values[position];
    }

    /** The position of the first entry at or after {@code time} ({@link #end()} if none). */
    public int from(long time) {
        return after(time - 1);
    }

    /** The position of the first entry after {@code time} ({@link #end()} if none). */
    public int after(long time) {
        int lo = start;
        int hi = end;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The position of the entry with this time and id, which must be held. */
    private int find(long time, String id) {
        int at = insertionPoint(time, id);
        if (at == end || times[at] != time || !ids[at].equals(id)) {
            throw new IllegalStateException("timeline lost track of " + id);
        }
        return at;
    }

    /** The first position whose entry is not before (time, id). */
    private int insertionPoint(long time, String id) {
        int lo = start;
        int hi = end;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(time, id, mid) > 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int compare(long time, String id, int position) {
        int byTime = Long.compare(time, times[position]);
        return byTime != 0 ? byTime : id.compareTo(ids[position]);
    }

    private void append(long time, String id, V value) {
        if (end == times.length) {
            makeRoom();
        }
        times[end] = time;
        ids[end] = id;
        values[end] = value;
        end++;
    }

    private void insert(int at, long time, String id, V value) {
        if (end == times.length) {
            int shift = start;
            makeRoom();
            at -= shift - start;
        }
        System.arraycopy(times, at, times, at + 1, end - at);
        System.arraycopy(ids, at, ids, at + 1, end - at);
        System.arraycopy(values, at, values, at + 1, end - at);
        times[at] = time;
        ids[at] = id;
        values[at] = value;
        end++;
        layout++;
    }

    private V removeAt(int at) {
        V value = valueAt(at);
        System.arraycopy(times, at + 1, times, at, end - at - 1);
        System.arraycopy(ids, at + 1, ids, at, end - at - 1);
        System.arraycopy(values, at + 1, values, at, end - at - 1);
        end--;
        ids[end] = null;
        values[end] = null;
        layout++;
        return value;
    }

    /** Moves the entries to the front when half the array lies before them, else doubles it. */
    private void makeRoom() {
        int size = end - start;
        if (start >= times.length / 2) {
            System.arraycopy(times, start, times, 0, size);
            System.arraycopy(ids, start, ids, 0, size);
            System.arraycopy(values, start, values, 0, size);
            Arrays.fill(ids, size, end, null);
            Arrays.fill(values, size, end, null);
        } else {
            int capacity = times.length * 2;
            times = Arrays.copyOfRange(times, start, start + capacity);
            ids = Arrays.copyOfRange(ids, start, start + capacity);
            values = Arrays.copyOfRange(values, start, start + capacity);
        }
        start = 0;
        end = size;
        layout++;
    }
}
