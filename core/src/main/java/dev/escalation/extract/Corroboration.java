package dev.escalation.extract;

import dev.escalation.model.EventFamily;
import dev.escalation.model.Dyad;
import dev.escalation.escalate.DyadLinks;
import dev.escalation.records.Incident;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One real-world incident reported by several articles becomes one incident: the later report is
 * merged into the earlier one, which keeps its id (downstream, a known id replaces the copy held)
 * and counts one more source. Two reports are of the same incident when they have the same actor
 * and target sides, country and event family, and dates at most the tolerance apart. Plain Java,
 * used by the stream (a state store holds the earlier incidents) and by {@code extract} ({@link Batch}).
 */
public final class Corroboration {
    private final long toleranceDays;

    public Corroboration(Duration tolerance) {
        this.toleranceDays = tolerance.toDays();
    }

    /**
     * Incidents that may be one are held under one key: their dyad, else their country. The
     * dyad, not the ordered pair, so that an attack and its answer keep their order through one partition.
     */
    public static String key(Incident incident) {
        return Dyad.of(incident).orElse(incident.getCountryCode());
    }

    /** The held incident that {@code later} reports again (the nearest in date), or null. */
    public Incident earlier(Iterable<Incident> held, Incident later) {
        Incident best = null;
        for (Incident h : held) {
            if (sameIncident(h, later) && (best == null || gap(h, later) < gap(best, later))) {
                best = h;
            }
        }
        return best;
    }

    boolean sameIncident(Incident held, Incident later) {
        if (held.getId().equals(later.getId())) {
            return true; // the same report again (a replay): it replaces the copy, counting nothing new
        }
        if (held.getSourceIds().containsAll(later.getSourceIds())) {
            return false; // two incidents of one article are two incidents
        }
        return Objects.equals(held.getActorSide(), later.getActorSide())
                && Objects.equals(held.getTargetSide(), later.getTargetSide())
                && held.getCountryCode().equals(later.getCountryCode())
                && EventFamily.of(held.getEventType()) == EventFamily.of(later.getEventType())
                // strikes in two named provinces on one day are two incidents
                && (held.getAdmin1() == null || later.getAdmin1() == null || held.getAdmin1().equals(later.getAdmin1()))
                && gap(held, later) <= toleranceDays;
    }

    private static long gap(Incident a, Incident b) {
        return Math.abs(a.getEventDate().toEpochDay() - b.getEventDate().toEpochDay());
    }

    /**
     * The earlier incident with what the later report adds: its new sources (each counted once),
     * the higher confidence and fatality and injury lower bounds, the place and retaliation details
     * the earlier one lacked.
     */
    public static Incident merge(Incident earlier, Incident later) {
        LinkedHashSet<String> sources = new LinkedHashSet<>(earlier.getSourceIds());
        int added = 0;
        for (String id : later.getSourceIds()) {
            added += sources.add(id) ? 1 : 0;
        }
        LinkedHashSet<String> urls = new LinkedHashSet<>(earlier.getSourceUrls());
        urls.addAll(later.getSourceUrls());
        return Incident.newBuilder(earlier)
                .setSourceIds(new ArrayList<>(sources))
                .setSourceUrls(new ArrayList<>(urls))
                .setCorroboration(earlier.getCorroboration() + added)
                .setConfidence(Math.max(earlier.getConfidence(), later.getConfidence()))
                .setFatalities(max(earlier.getFatalities(), later.getFatalities()))
                .setInjured(max(earlier.getInjured(), later.getInjured()))
                .setAdmin1(earlier.getAdmin1() != null ? earlier.getAdmin1() : later.getAdmin1())
                .setLocation(earlier.getLocation() != null ? earlier.getLocation() : later.getLocation())
                .setIsRetaliation(earlier.getIsRetaliation() || later.getIsRetaliation())
                .setRetaliationFor(earlier.getRetaliationFor() != null ? earlier.getRetaliationFor() : later.getRetaliationFor())
                .build();
    }

    private static Integer max(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }

    /** The incidents of a whole batch of articles, each reported once, in order of first report. */
    public static final class Batch {
        private final Corroboration corroboration;
        private final List<Incident> incidents = new ArrayList<>();
        private final Map<String, List<Integer>> byKey = new HashMap<>();
        private int merged;

        public Batch(Duration tolerance) {
            this.corroboration = new Corroboration(tolerance);
        }

        public void add(Incident incident) {
            List<Integer> positions = byKey.computeIfAbsent(key(incident), k -> new ArrayList<>());
            List<Incident> held = new ArrayList<>(positions.size());
            positions.forEach(p -> held.add(incidents.get(p)));
            Incident earlier = corroboration.earlier(held, incident);
            if (earlier == null) {
                positions.add(incidents.size());
                incidents.add(incident);
            } else {
                int at = positions.get(0);
                for (int p : positions) {
                    at = incidents.get(p) == earlier ? p : at;
                }
                incidents.set(at, merge(earlier, incident));
                merged++;
            }
        }

        public List<Incident> incidents() {
            return List.copyOf(incidents);
        }

        /** Reports merged into an incident already held. */
        public int merged() {
            return merged;
        }
    }
}
