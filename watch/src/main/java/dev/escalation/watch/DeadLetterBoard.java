package dev.escalation.watch;

import dev.escalation.runtime.DeadLetter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The latest dead letters, at most {@code capacity}, for {@code /api/dead-letters}. */
public final class DeadLetterBoard {

    private final int capacity;
    private final ArrayDeque<DeadLetter> held = new ArrayDeque<>();

    public DeadLetterBoard(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void add(DeadLetter letter) {
        held.addLast(letter);
        while (held.size() > capacity) {
            held.removeFirst();
        }
    }

    /** The {@code limit} latest, newest first. */
    public synchronized List<DeadLetter> latest(int limit) {
        List<DeadLetter> out = new ArrayList<>();
        for (Iterator<DeadLetter> it = held.descendingIterator(); it.hasNext() && out.size() < limit; ) {
            out.add(it.next());
        }
        return out;
    }
}
