package dev.escalation.escalate;

import dev.escalation.records.Incident;
import java.util.List;

/** Which region an incident belongs to. Regions default to countries (theatres come with operator config). */
public final class Regions {
    private Regions() {}

    public static String regionOf(Incident incident) {
        return incident.getCountryCode();
    }

    public static List<String> countriesOf(String region) {
        return List.of(region);
    }
}
