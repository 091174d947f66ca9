package dev.escalation.extract;

import java.util.Map;

/**
 * Side codes that depend on where an incident happened: an actor dictionary entry with side
 * {@code @GOV} ("government forces", "regime aircraft", "security forces") is the government of the
 * incident's country, written with the guide's code for it (SYRIA_GOV, SUDAN_SAF, ...) or
 * {@code <ISO2>_GOV}.
 */
final class Sides {
    static final String GOVERNMENT = "@GOV";
    private static final Map<String, String> GOVERNMENTS = Map.ofEntries(
            Map.entry("SY", "SYRIA_GOV"), Map.entry("IQ", "IRAQ_GOV"), Map.entry("JO", "JORDAN_GOV"), Map.entry("SD", "SUDAN_SAF"),
            Map.entry("MM", "MYANMAR_JUNTA"), Map.entry("US", "US"), Map.entry("GB", "UK"), Map.entry("IL", "ISRAEL"),
            Map.entry("IR", "IRAN_AXIS"), Map.entry("RU", "RUSSIA"), Map.entry("UA", "UKRAINE"), Map.entry("ET", "ET_GOV"),
            Map.entry("CD", "CD_GOV"), Map.entry("RW", "RW_GOV"), Map.entry("SA", "SAUDI_COALITION"));

    private Sides() {
    }

    /** The side as written, or for {@code @GOV} the government of {@code country} (null when the country is unknown). */
    static String resolve(String side, String country) {
        if (!GOVERNMENT.equals(side)) {
            return side;
        }
        if (country == null || country.isBlank()) {
            return null;
        }
        return GOVERNMENTS.getOrDefault(country, country + "_GOV");
    }
}
