package dev.escalation.extract;

import dev.escalation.model.EventFamily;
import dev.escalation.records.EventType;
import java.util.Map;
import java.util.Set;

/**
 * Side codes that depend on where an incident happened: an actor dictionary entry with side
 * {@code @GOV} ("government forces", "regime aircraft", "security forces") is the government of the
 * incident's country, written with the guide's code for it (SYRIA_GOV, SUDAN_SAF, ...) or
 * {@code <ISO2>_GOV}.
 */
final class Sides {
    static final String GOVERNMENT = "@GOV";
    /** "militants", "one terrorist": the non-state armed side the article names, resolved once it is read. */
    static final String ARMED_GROUP = "@GROUP";
    /** Sides that are armed groups rather than states: what a common noun for an armed group may stand for. */
    private static final Set<String> NON_STATE = Set.of("JIHADIST", "IRAN_AXIS", "HAMAS", "HEZBOLLAH", "M23", "TPLF", "SUDAN_RSF",
            "MYANMAR_RESISTANCE");
    /** Objects of a state wherever it fights: ministries, parliaments, police stations belong to the government. */
    private static final Set<String> STATE_OBJECTS = Token.words("ministry", "ministries", "parliament", "palace", "police",
            "checkpoint", "checkpoints", "barracks", "garrison", "garrisons", "army", "government", "prison", "prisons", "jail");
    /** Soldiers named by no side are the army of the country they fall in ("killing four soldiers" in Mali: Mali's). */
    private static final Set<String> SOLDIERS = Token.words("soldiers", "soldier", "troops", "servicemen", "policemen", "gendarmes",
            "officers", "patrol", "convoy", "outpost", "personnel", "guards");
    /** Where the soldiers who fall are another state's: Gaza and the West Bank have no army of their own. */
    private static final Set<String> NO_ARMY = Set.of("PS");
    private static final Map<String, String> GOVERNMENTS = Map.ofEntries(
            Map.entry("SY", "SYRIA_GOV"), Map.entry("IQ", "IRAQ_GOV"), Map.entry("JO", "JORDAN_GOV"), Map.entry("SD", "SUDAN_SAF"),
            Map.entry("MM", "MYANMAR_JUNTA"), Map.entry("US", "US"), Map.entry("GB", "UK"), Map.entry("IL", "ISRAEL"),
            Map.entry("IR", "IRAN_AXIS"), Map.entry("RU", "RUSSIA"), Map.entry("UA", "UKRAINE"), Map.entry("ET", "ET_GOV"),
            Map.entry("CD", "CD_GOV"), Map.entry("RW", "RW_GOV"), Map.entry("SA", "SAUDI_COALITION"));

    private Sides() {
    }

    /** "militants", "rebels", "militias": a common noun for people in arms outside a state's forces. */
    static boolean armedGroupNoun(Dictionaries.Actor a) {
        return ARMED_GROUP.equals(a.side()) || a.side() == null && "armed groups".equals(a.name());
    }

    /** Military objects: struck in a country, they are its government's ("military targets in Iran", "military facilities in Israel"). */
    private static final Set<String> MILITARY_OBJECTS = Token.words("targets", "target", "facilities", "facility", "bases", "base",
            "positions", "sites", "installations", "infrastructure", "airfield", "airbase", "depots", "depot");
    /** Countries whose territory is held by more than one camp: who owns a target there is not known from the place. */
    private static final Set<String> CONTESTED = Set.of("YE", "PS", "LB", "SY", "IQ", "SO", "AF", "LY", "ML", "BF", "NE", "NG", "SD",
            "MM", "CD", "ET", "MZ", "CM", "TD");

    /** Objects only armed men hold: a bomb that hit one went off among no civilians, whoever's it was. */
    private static final Set<String> ARMED_POSTS = Token.words("base", "bases", "positions", "position", "military", "airbase");

    /** Whether a target's words name soldiers, state objects or a military post ("a military base", "a police checkpoint"). */
    static boolean armedTarget(String target) {
        for (String w : words(target)) {
            if (STATE_OBJECTS.contains(w) || SOLDIERS.contains(w) || ARMED_POSTS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A target's words in lower case, none for no target. */
    private static String[] words(String target) {
        return target == null ? new String[0] : target.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+");
    }

    /**
     * The side of a target without one: a state object (a ministry, a police station) belongs to the
     * government of its country, a military object only in an uncontested country; else null.
     */
    static String militaryTargetIn(String target, String country) {
        if (target == null || country == null || country.isBlank()) {
            return null;
        }
        for (String w : words(target)) {
            if (STATE_OBJECTS.contains(w) || MILITARY_OBJECTS.contains(w) && !CONTESTED.contains(country)
                    || SOLDIERS.contains(w) && !NO_ARMY.contains(country)) {
                return resolve(GOVERNMENT, country);
            }
        }
        return null;
    }

    /** Towns and ships named by no side ("cities" and "village" are civilian in actors.tsv already). */
    private static final Set<String> TOWNS_AND_SHIPS = Token.words("town", "towns", "city", "ship", "ships", "vessel", "vessels");
    /** Words that make a ship a warship: "a naval vessel", "a coast guard ship". */
    private static final Set<String> ARMED_SHIP = Token.words("naval", "navy", "warship", "military", "patrol", "coast", "guard");

    /**
     * CIVILIAN for fire from afar whose target names a town or a merchant ship and no side ("rockets fired toward the town of
     * Kiryat Shmona", "struck a ship off Yemen"), else null.
     */
    static String civilTargetIn(String target, EventType type) {
        if (target == null || !fromAfar(type)) {
            return null;
        }
        boolean civil = false;
        for (String w : words(target)) {
            if (ARMED_SHIP.contains(w)) {
                return null;
            }
            civil |= TOWNS_AND_SHIPS.contains(w);
        }
        return civil ? "CIVILIAN" : null;
    }

    /** Fire from afar or at sea, the guide's remote fire: air, drone, missile, rocket, shelling, naval (not a planted bomb). */
    static boolean fromAfar(EventType type) {
        return EventFamily.of(type) == EventFamily.REMOTE_VIOLENCE && type != EventType.BOMBING || type == EventType.NAVAL_ATTACK;
    }

    /**
     * The state a foreign side's attack in an uncontested country strikes when the text names no
     * target ("shelling in Armenia" by Azerbaijan: AM_GOV); null in contested countries, where who
     * holds the place is not known from it, and for a side at home.
     */
    static String stateAttackedIn(String country, String actorSide) {
        if (country == null || country.isBlank() || CONTESTED.contains(country)) {
            return null;
        }
        String state = resolve(GOVERNMENT, country);
        return state.equals(actorSide) || country.equals(home(actorSide)) ? null : state;
    }

    private static final Set<String> WHOLE = Token.words("the", "whole", "entire");

    /** Whether a target is the country the incident is in, named as such: "attacked the country", "the whole nation". */
    static boolean theCountry(String target) {
        String[] w = words(target);
        int last = w.length - 1;
        if (last < 1 || !(w[last].equals("country") || w[last].equals("nation"))) {
            return false;
        }
        for (int k = 0; k < last; k++) {
            if (!WHOLE.contains(w[k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether a side is a camp that fights: neither civilians, nor bystanders (OTHER), nor unknown. */
    static boolean armed(String side) {
        return side != null && !side.equals("CIVILIAN") && !side.equals("OTHER") && !side.equals("UNKNOWN");
    }

    /** Whether a side is a state's forces (US, UK, ISRAEL, RUSSIA, UKRAINE, SYRIA_GOV, NG_GOV, ...). */
    static boolean isState(String side) {
        return side != null && (side.endsWith("_GOV") || GOVERNMENTS.containsValue(side)) && !side.equals("IRAN_AXIS")
                && !side.equals("SAUDI_COALITION");
    }

    /** Whether a side is one of the guide's armed groups rather than a state's forces. */
    static boolean nonState(String side) {
        return side != null && NON_STATE.contains(side);
    }

    /** The non-state armed side an article names most, of the sides it names with their counts; null if none or a tie. */
    static String armedGroupOf(java.util.Map<String, Integer> named) {
        return Reading.mostOf(named, NON_STATE::contains);
    }

    /** Armed sides with no aircraft of their own: what they "struck" or "bombed" they hit on the ground. */
    private static final Set<String> WITHOUT_AIRCRAFT = Set.of("JIHADIST", "HAMAS", "M23", "TPLF", ARMED_GROUP);

    static boolean withoutAircraft(String side) {
        return side != null && WITHOUT_AIRCRAFT.contains(side);
    }

    /** Sides whose forces fight on their own soil: an event of theirs with no place is at home. */
    private static final Map<String, String> AT_HOME = Map.of("SUDAN_SAF", "SD", "SUDAN_RSF", "SD", "MYANMAR_JUNTA", "MM",
            "MYANMAR_RESISTANCE", "MM", "M23", "CD", "TPLF", "ET", "UKRAINE", "UA");

    /** Where the armed groups that fight beyond one country fight: the axis's militias are no gunmen in Nigeria. */
    private static final Map<String, Set<String>> ARENAS = Map.of(
            "IRAN_AXIS", Set.of("IR", "IQ", "SY", "LB", "YE", "IL", "PS", "SA", "AE", "JO", "BH"),
            "HAMAS", Set.of("PS", "IL", "LB"), "HEZBOLLAH", Set.of("LB", "IL", "SY"));

    /** Whether a side may be fighting in a country: its home, one of its arenas, or anywhere for sides with neither. */
    static boolean fightsIn(String side, String country) {
        if (AT_HOME.containsKey(side)) {
            return AT_HOME.get(side).equals(country);
        }
        return !ARENAS.containsKey(side) || ARENAS.get(side).contains(country);
    }

    /** Sides that fight abroad but speak, defend and threaten from one country of their own. */
    private static final Map<String, String> SPEAKS_FROM = Map.of("ISRAEL", "IL", "RUSSIA", "RU", "SAUDI_COALITION", "SA", "HAMAS", "PS",
            "HEZBOLLAH", "LB");

    /** The one country a side speaks from (its home, or its state's land); null for the US, the UK, IRAN_AXIS and JIHADIST. */
    static String speaksFrom(String side) {
        return side == null ? null : SPEAKS_FROM.getOrDefault(side, home(side));
    }

    /**
     * The country whose government or home side a side code is (AM_GOV: AM, SYRIA_GOV: SY, M23: CD), or
     * null for sides that fight abroad or have no one country (US, RUSSIA, ISRAEL, IRAN_AXIS, JIHADIST).
     */
    static String home(String side) {
        if (side == null) {
            return null;
        }
        if (side.length() == 6 && side.endsWith("_GOV")) {
            return side.substring(0, 2);
        }
        if (AT_HOME.containsKey(side)) {
            return AT_HOME.get(side);
        }
        for (Map.Entry<String, String> e : GOVERNMENTS.entrySet()) {
            if (e.getValue().equals(side) && e.getValue().endsWith("_GOV")) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The home of a side that fights on its own soil (not a government that may strike abroad), else null. */
    static String fightsAtHome(String side) {
        return side == null || side.equals("UKRAINE") ? null : AT_HOME.get(side);
    }

    /** Who shoots down what flies over a country: its state, unless the country is contested (then not known). */
    static String defenderOf(String country) {
        return country == null || country.isBlank() || CONTESTED.contains(country) ? null : resolve(GOVERNMENT, country);
    }

    /** The side as written, or for {@code @GOV} the government of {@code country} (null when the country is unknown). */
    static String resolve(String side, String country) {
        if (ARMED_GROUP.equals(side)) {
            return null; // known once the article is read (Events.armedGroups)
        }
        if (!GOVERNMENT.equals(side)) {
            return side;
        }
        if (country == null || country.isBlank()) {
            return null;
        }
        return GOVERNMENTS.getOrDefault(country, country + "_GOV");
    }
}
