package dev.escalation.model;

import dev.escalation.config.EngineConfig;
import dev.escalation.records.Incident;
import java.util.List;
import java.util.Map;

/** Which region an incident belongs to: the theatre of its admin-1 area, else of its country, else its country. */
public final class Regions {
    private Regions() {}

    public static String regionOf(EngineConfig config, Incident incident) {
        String country = incident.getCountryCode();
        Map<String, String> members = config.regions().members();
        if (members.isEmpty()) {
            return country;
        }
        if (incident.getAdmin1() != null) {
            String theatre = members.get(EngineConfig.memberKey(country, incident.getAdmin1()));
            if (theatre != null) {
                return theatre;
            }
        }
        return members.getOrDefault(country, country);
    }

    public static List<String> countriesOf(EngineConfig config, String region) {
        List<String> members = config.regions().theatres().get(region);
        return members == null ? List.of(region) : members.stream().map(m -> m.substring(0, 2)).distinct().toList();
    }
}
