package dev.escalation.model;

import dev.escalation.records.Incident;
import java.util.Comparator;

/** The event time of an incident: its time of day where known, else the start of its date (UTC). */
public final class EventTime {
    /** Event time, then id: one order of incidents whatever order they arrive in. */
    public static final Comparator<Incident> ORDER = Comparator.comparingLong(EventTime::of).thenComparing(Incident::getId);

    private EventTime() {}

    public static long of(Incident incident) {
        if (incident.getEventTime() != null) {
            return incident.getEventTime().toEpochMilli();
        }
        return incident.getEventDate().toEpochDay() * 86_400_000L;
    }
}
