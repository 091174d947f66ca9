package dev.escalation.extract;

import dev.escalation.extract.PhraseTrie.Match;
import dev.escalation.records.EventType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The coder's data files, loaded into phrase tries. */
final class Dictionaries {
    static final String ACTORS = "actors.tsv";
    /** Generated from the PETRARCH2/Phoenix actor dictionaries by scripts/actors/generate.py; actors.tsv, loaded after it, wins. */
    static final String ACTORS_GENERATED = "actors-generated.tsv";
    static final String PLACES = "places.tsv";
    /** Generated from maintained sources by scripts/gazetteer/generate.py; places.tsv, loaded after it, wins. */
    static final String GAZETTEER = "gazetteer.tsv";
    static final String EVENTS = "events.tsv";
    static final String CUES = "cues.tsv";
    static final String CASUALTIES = "casualties.tsv";
    static final String WARS = "wars.tsv";
    static final String UNSPECIFIED_ATTACKS = "unspecified-attacks.tsv";
    static final String ATTACKS_FROM_AFAR = "attacks-from-afar.tsv";
    static final String AIR_POWERS = "air-powers.tsv";
    static final String LAUNCH_ORIGINS = "launch-origins.tsv";
    static final String SIDE_PERIODS = "side-periods.tsv";
    static final String HOMES = "homes.tsv";
    static final String AMBIGUOUS_ACTORS = "ambiguous-actors.tsv";
    static final String AIRCRAFT = "aircraft.tsv";

    /** An actor alias: its side code (null for a generic group noun) and canonical name. */
    record Actor(String side, String name) {
    }

    /** One reading of a name two forces share: the actor, and the countries of the theatre where it is meant. */
    record SharedName(Actor actor, Set<String> countries) {
    }

    /** An actor's side for the articles published in [from, until); null bounds are open. */
    record SidePeriod(LocalDate from, LocalDate until, String side) {
    }

    /** A side that alone strikes from the air in a country in a period, with the kinds of strike. */
    record AirPower(Set<EventType> types, LocalDate from, LocalDate until, String side) {
    }

    /** A place alias: ISO country, admin-1 region (null for a whole country) and canonical name. */
    record Place(String country, String admin1, String name) {
    }

    enum EventKind { EVENT, WEAPON, GENERIC, KILLING, CAPTURE, BLOCK }

    /** An event word: its type (null when it needs a weapon word) and kind. */
    record EventWord(EventType type, EventKind kind) {
    }

    enum Cue {
        RETALIATION_FOR, RETALIATORY, THREAT, THREAT_OPEN, FORCE, THREAT_REPRISAL, THREAT_AGAINST, HYPOTHETICAL, NEGATION, BACKGROUND,
        AGGREGATE, SPEECH, BLAME,
        /** Force kept up ("the ongoing", "continuing"): a tally before many attacks, the news before one. */
        KEPT_UP,
        /** "denied that its forces struck": the event denied is none; "denied responsibility for the attack": its doer is another. */
        DENIAL,
        /** "will continue to support their fight": words of aid between an open threat and its force make it no threat. */
        AID,
        /** Nature, disease and accidents: an event word in their clause tells of them, not of force ("the flood destroyed bridges"). */
        HAZARD,
        /** Means of pressure that are not force, just after an event word or its "with": "targeted ... with travel bans". */
        PRESSURE,
        /** Protest and riot: a clash or storming told with them, no one killed and no one shot, is civil unrest. */
        UNREST,
        /** "in the past 24 hours": recent, not background; listed so that it wins over "in the past". */
        RECENT;

        /** A cue that may state a threat. */
        boolean threatens() {
            return this == THREAT || this == THREAT_OPEN || this == THREAT_REPRISAL || this == THREAT_AGAINST;
        }
    }

    enum Casualty { KILLED, INJURED, NONE, PERSON }

    private final Vocabulary vocabulary = new Vocabulary();
    final PhraseTrie<Actor> actors = new PhraseTrie<>(1, vocabulary);
    final PhraseTrie<Place> places = new PhraseTrie<>(2, vocabulary);
    final PhraseTrie<EventWord> events = new PhraseTrie<>(EVENT_BIT, vocabulary);
    final PhraseTrie<Cue> cues = new PhraseTrie<>(CUE_BIT, vocabulary);
    final PhraseTrie<Casualty> casualties = new PhraseTrie<>(CASUALTY_BIT, vocabulary);
    /** Names two forces share, with their readings (ambiguous-actors.tsv); the article's {@link Theatre} picks one. */
    private final PhraseTrie<List<SharedName>> sharedNames = new PhraseTrie<>(SHARED_BIT, vocabulary);
    private final Map<String, List<SharedName>> sharedReadings = new HashMap<>();
    /** A country's names and demonyms ("Libya", "Libyan"), lower-case, for telling a country's people from a named group. */
    private final Set<String> countryWords = new HashSet<>();
    /** Each side's enemies (wars.tsv). */
    final Map<String, Set<String>> enemies = new HashMap<>();
    /** The one side that flies an aircraft type, by its designation as written (aircraft.tsv). */
    private final Map<String, String> aircraftOperators = new HashMap<>();
    /** What an attack with no weapon stated was, by the place it is located at (unspecified-attacks.tsv). */
    final Map<String, EventType> unspecifiedAttacks = new HashMap<>();
    private final Map<String, Launcher> launchers = new HashMap<>();
    /** What an attack with no weapon stated was, by "side country" (attacks-from-afar.tsv). */
    private final Map<String, EventType> attacksFromAfar = new HashMap<>();
    /** Who alone strikes from the air in a country, by period (air-powers.tsv). */
    private final Map<String, List<AirPower>> airPowers = new HashMap<>();
    /** Where armed groups that fight in one country are based, by alias as its words' norms (homes.tsv). */
    private final Map<String, String> homes = new HashMap<>();
    /**
     * The gazetteer's towns and regions that are no country nor a city of 100,000 people, by identity: those places.tsv
     * does not name again (a spelling it lists replaces them). A news story names their country beside them.
     */
    private final Set<Place> minorPlaces = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Sides that changed, by actor name (side-periods.tsv). */
    private final Map<String, List<SidePeriod>> sidePeriods = new HashMap<>();

    private Dictionaries() {
    }

    static final int EVENT_BIT = 4;
    static final int CUE_BIT = 8;
    static final int CASUALTY_BIT = 16;
    static final int SHARED_BIT = 32;

    /** A generated line that names a country itself (PETRARCH's "IRAQ [IRQ]"), not its forces or flag. */
    private static final Pattern COUNTRY_SOURCE = Pattern.compile(".*\\[[A-Z]{3}]");

    /** Whether a place is a minor one of the gazetteer: a town or region that does not name its country by itself. */
    boolean minor(Place p) {
        return minorPlaces.contains(p);
    }

    /** Whether the word names a country or its people ("Libya", "Iraqi"). */
    boolean namesCountry(Token t) {
        return countryWords.contains(t.norm);
    }

    /** Marks each token with the dictionaries that know its word; done once per article, before any look-up. */
    void mark(List<Token> tokens) {
        vocabulary.mark(tokens);
    }

    /** In load order: a phrase listed again replaces the one before. */
    private static final String[] FILES = {ACTORS_GENERATED, ACTORS, GAZETTEER, PLACES, EVENTS, CUES, CASUALTIES, WARS, UNSPECIFIED_ATTACKS, ATTACKS_FROM_AFAR,
        LAUNCH_ORIGINS, SIDE_PERIODS, HOMES, AMBIGUOUS_ACTORS, AIR_POWERS, AIRCRAFT};

    static Dictionaries defaults() {
        Dictionaries d = new Dictionaries();
        d.addCountryNames();
        for (String file : FILES) {
            String resource = "/dev/escalation/extract/" + file;
            InputStream in = Dictionaries.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("missing dictionary on the classpath: " + resource);
            }
            d.load(file, file, in);
        }
        return d;
    }

    /** The defaults, extended (and overridden phrase by phrase) by the files of the same names in {@code dir}. */
    static Dictionaries extendedBy(Path dir) {
        Dictionaries d = defaults();
        for (String file : FILES) {
            Path p = dir.resolve(file);
            if (Files.isRegularFile(p)) {
                try (InputStream in = Files.newInputStream(p)) {
                    d.load(file, p.toString(), in);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read dictionary " + p, e);
                }
            }
        }
        return d;
    }

    /** Every ISO 3166 country under its English name from the JDK's CLDR data. */
    private void addCountryNames() {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            int paren = name.indexOf(" (");
            String plain = paren > 0 ? name.substring(0, paren) : name;
            places.put(plain, new Place(code, null, plain));
            countryWords.add(plain.toLowerCase(Locale.ROOT));
        }
    }

    private void load(String kind, String origin, InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cols = trimmed.split("\t+");
                try {
                    addLine(kind, cols);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(origin + ":" + no + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + origin, e);
        }
    }

    private void addLine(String kind, String[] cols) {
        switch (kind) {
            case ACTORS, ACTORS_GENERATED -> {
                need(cols, 3, "aliases, side, name");
                Actor a = new Actor(dash(cols[1]), cols[2]);
                putAll(actors, cols[0], a);
                if (cols.length > 3 && COUNTRY_SOURCE.matcher(cols[3]).matches()) {
                    for (String alias : cols[0].split("\\|")) {
                        countryWords.add(alias.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            case PLACES, GAZETTEER -> {
                need(cols, 4, "aliases, country, admin1, name");
                if (!cols[1].matches("[A-Z]{2}")) {
                    throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code, got '" + cols[1] + "'");
                }
                Place place = new Place(cols[1], dash(cols[2]), cols[3]);
                if (kind.equals(GAZETTEER) && (cols.length < 5 || cols[4].equals("place"))) {
                    minorPlaces.add(place);
                }
                putAll(places, cols[0], place, kind.equals(GAZETTEER));
            }
            case EVENTS -> {
                need(cols, 3, "aliases, type, kind");
                String t = dash(cols[1]);
                EventType type = t == null ? null : enumValue(EventType.class, t);
                putAll(events, cols[0], new EventWord(type, enumValue(EventKind.class, cols[2].toUpperCase(Locale.ROOT))));
            }
            case CUES -> {
                need(cols, 2, "aliases, cue");
                putAll(cues, cols[0], enumValue(Cue.class, cols[1]));
            }
            case CASUALTIES -> {
                need(cols, 2, "aliases, kind");
                putAll(casualties, cols[0], enumValue(Casualty.class, cols[1]));
            }
            case WARS -> {
                need(cols, 2, "side, enemies");
                enemies.put(cols[0], Set.of(cols[1].split("\\|")));
            }
            case UNSPECIFIED_ATTACKS -> {
                need(cols, 2, "place, type");
                unspecifiedAttacks.put(cols[0], enumValue(EventType.class, cols[1]));
            }
            case ATTACKS_FROM_AFAR -> {
                need(cols, 3, "side, countries, type");
                for (String country : cols[1].split("\\|")) {
                    attacksFromAfar.put(cols[0] + " " + country, enumValue(EventType.class, cols[2]));
                }
            }
            case LAUNCH_ORIGINS -> {
                need(cols, 3, "country, side, name");
                launchers.put(cols[0], new Launcher(cols[1], cols[2]));
            }
            case AIR_POWERS -> {
                need(cols, 5, "country, types, from, until, side");
                Set<EventType> types = new java.util.HashSet<>();
                for (String type : cols[1].split("\\|")) {
                    types.add(enumValue(EventType.class, type));
                }
                airPowers.computeIfAbsent(cols[0], k -> new java.util.ArrayList<>())
                        .add(new AirPower(Set.copyOf(types), day(cols[2]), day(cols[3]), cols[4]));
            }
            case SIDE_PERIODS -> {
                need(cols, 4, "name, from, until, side");
                sidePeriods.computeIfAbsent(cols[0], k -> new java.util.ArrayList<>())
                        .add(new SidePeriod(day(cols[1]), day(cols[2]), cols[3]));
            }
            case HOMES -> {
                need(cols, 2, "aliases, country");
                for (String alias : cols[0].split("\\|")) {
                    homes.put(homeKey(alias), cols[1]);
                }
            }
            case AIRCRAFT -> {
                need(cols, 2, "designations, side");
                for (String designation : cols[0].split("\\|")) {
                    aircraftOperators.put(designation.strip(), cols[1]);
                }
            }
            case AMBIGUOUS_ACTORS -> {
                need(cols, 4, "aliases, side, name, countries");
                SharedName reading = new SharedName(new Actor(cols[1], cols[2]), Set.of(cols[3].split("\\|")));
                for (String alias : cols[0].split("\\|")) {
                    List<SharedName> readings = sharedReadings.computeIfAbsent(alias.strip(), k -> new java.util.ArrayList<>());
                    readings.add(reading);
                    sharedNames.put(alias.strip(), readings);
                }
            }
            default -> throw new IllegalStateException(kind);
        }
    }

    /** The country where the armed group of tokens [from, to) is based (homes.tsv), or null. */
    String homeOf(List<Token> tokens, int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int k = from; k < to; k++) {
            words.append(k > from ? " " : "").append(tokens.get(k).norm);
        }
        return homeOf(words.toString());
    }

    /**
     * The country where the armed group of this name is based (homes.tsv), or null: "Houthis" are in Yemen, and so is
     * "Yemen's Iran-aligned Houthi movement" (the longest run of its words that names a group).
     */
    String homeOf(String name) {
        if (name == null) {
            return null;
        }
        String[] words = homeKey(name).split(" ");
        for (int n = words.length; n > 0; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String home = homes.get(String.join(" ", Arrays.copyOfRange(words, i, i + n)));
                if (home != null) {
                    return home;
                }
            }
        }
        return null;
    }

    private static String homeKey(String alias) {
        return String.join(" ", alias.strip().toLowerCase(Locale.ROOT).split("[\\s\\-\u2010\u2011]+"));
    }

    /** What an attack with no weapon stated by {@code side} in {@code country} most likely was; null when not known. */
    EventType attackFromAfar(String side, String country) {
        return attacksFromAfar.get(side + " " + country);
    }

    /** The side that alone flies the aircraft written {@code designation} ("F-15E", "Su-34s"), or null (aircraft.tsv). */
    String aircraftOperator(String designation) {
        String side = aircraftOperators.get(designation);
        return side != null || !designation.endsWith("s") ? side : aircraftOperators.get(designation.substring(0, designation.length() - 1));
    }

    /** Who fires rockets, drones and missiles from a country when the text names no one (launch-origins.tsv), or null. */
    Launcher launcherFrom(String country) {
        return launchers.get(country);
    }

    /** A side that launches from a country, and the name written for it. */
    record Launcher(String side, String name) {
    }

    /** The actors of tokens [from, to), each with the side it had in an article published on {@code published}. */
    List<Match<Actor>> actors(List<Token> tokens, int from, int to, LocalDate published) {
        return actors(tokens, from, to, published, Theatre.NONE);
    }

    /** The actors of tokens [from, to), and the names two forces share as the article's theatre reads them. */
    List<Match<Actor>> actors(List<Token> tokens, int from, int to, LocalDate published, Theatre theatre) {
        List<Match<Actor>> found = actors.scan(tokens, from, to);
        for (Match<List<SharedName>> shared : sharedNames.scan(tokens, from, to)) {
            Actor reading = theatre.reading(shared.value());
            // a longer shared name holds the plain words it is made of: "opposition forces" in Myanmar, not "forces"
            boolean heldInside = found.stream().allMatch(a -> !(a.start() < shared.end() && shared.start() < a.end())
                    || shared.start() <= a.start() && a.end() <= shared.end() && a.end() - a.start() < shared.end() - shared.start());
            if (reading != null && heldInside) {
                found.removeIf(a -> shared.start() <= a.start() && a.end() <= shared.end());
                found.add(new Match<>(shared.start(), shared.end(), reading));
            }
        }
        if (!theatre.abbreviations.isEmpty()) {
            for (int k = from; k < to; k++) {
                Actor shortName = theatre.abbreviations.get(tokens.get(k).raw);
                int at = k;
                boolean defined = k > from && tokens.get(k - 1).raw.equals("("); // the definition itself: "Boko Haram (BH)"
                if (shortName != null && !defined && found.stream().noneMatch(a -> a.start() <= at && at < a.end())) {
                    found.add(new Match<>(k, k + 1, shortName));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Match::start));
        found.removeIf(m -> m.end() < to && MADE.contains(tokens.get(m.end()).norm)); // "Iranian-made drones" were not fired by Iran
        found.removeIf(m -> timeZone(tokens, m.start(), m.end(), from, to)); // "at 4:45 a.m. Iraq time": a clock, not Iraq
        if (published != null) {
            for (int i = 0; i < found.size(); i++) {
                Match<Actor> m = found.get(i);
                if (sidePeriods.containsKey(m.value().name())) {
                    found.set(i, new Match<>(m.start(), m.end(), dated(m.value(), published))); // rare: only actors whose side changed
                }
            }
        }
        return found;
    }

    /** Words after a country that tell where a weapon comes from, not who uses it: "Iranian-made", "U.S.-supplied". */
    private static final Set<String> MADE = Token.words("made", "style", "designed", "built", "supplied", "provided", "produced",
            "manufactured", "donated");

    /** "4:45 a.m. Iraq time", "at 3 p.m. Moscow time": a place's name between a clock reading and "time" names a time zone. */
    static boolean timeZone(List<Token> tokens, int start, int end, int from, int to) {
        if (end >= to || !tokens.get(end).is("time") || start - 1 < from) {
            return false;
        }
        int k = start - 1;
        while (k > from && tokens.get(k).raw.equals(".")) {
            k--; // "a.m." is read as "a . m ."
        }
        String before = tokens.get(k).norm;
        return before.equals("m") || before.equals("am") || before.equals("pm") || Character.isDigit(before.charAt(before.length() - 1));
    }

    /** The side that alone strikes in this way from the air in a country on a day (air-powers.tsv), or null. */
    String airPower(String country, EventType type, LocalDate day) {
        if (country == null || day == null) {
            return null;
        }
        for (AirPower p : airPowers.getOrDefault(country, List.of())) {
            if (p.types().contains(type) && (p.from() == null || !day.isBefore(p.from())) && (p.until() == null || day.isBefore(p.until()))) {
                return p.side();
            }
        }
        return null;
    }

    private Actor dated(Actor a, LocalDate published) {
        Actor out = a;
        for (SidePeriod p : sidePeriods.getOrDefault(a.name(), List.of())) {
            if ((p.from() == null || !published.isBefore(p.from())) && (p.until() == null || published.isBefore(p.until()))) {
                out = new Actor(p.side(), a.name());
            }
        }
        return out;
    }

    private static LocalDate day(String col) {
        try {
            return col.equals("-") ? null : LocalDate.parse(col);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("a day must be YYYY-MM-DD or '-', got '" + col + "'");
        }
    }

    private static <V> void putAll(PhraseTrie<V> trie, String aliases, V value) {
        putAll(trie, aliases, value, false);
    }

    /** Capitalised for other reasons than being a place: a generated name spelt so is not read as one ("March" in Badakhshan). */
    private static final Set<String> NOT_PLACES = Set.of("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "President", "Minister", "Secretary", "General", "Command", "Government", "Federal", "National", "Islamic",
            "Republic", "Department", "Ministry", "Army", "Police", "Embassy", "Mission", "Council", "Security");

    private static <V> void putAll(PhraseTrie<V> trie, String aliases, V value, boolean asWritten) {
        for (String alias : aliases.split("\\|")) {
            if (asWritten && NOT_PLACES.contains(alias.strip())) {
                continue;
            }
            if (!alias.isBlank() && !trie.put(alias.strip(), value, asWritten)) {
                throw new IllegalArgumentException("alias has no words: '" + alias + "'");
            }
            if (asWritten) {
                for (String variant : adminVariants(alias.strip())) {
                    trie.put(variant, value, true);
                }
            }
        }
    }

    /** The words by which a generated region is named in a gazetteer and rarely in the news. */
    private static final List<String> ADMIN_SUFFIXES = List.of(" Province", " Governorate", " Region", " District", " Oblast", " State");

    /**
     * News writes "Maidan Wardak province" or "Maidan Wardak" where a gazetteer has "Maidan Wardak Province": the
     * suffix in lower case, and a name of two words or more without it.
     */
    private static List<String> adminVariants(String alias) {
        for (String suffix : ADMIN_SUFFIXES) {
            if (alias.endsWith(suffix) && alias.length() > suffix.length()) {
                String stem = alias.substring(0, alias.length() - suffix.length());
                String lower = stem + suffix.toLowerCase(Locale.ROOT);
                return stem.contains(" ") ? List.of(lower, stem) : List.of(lower);
            }
        }
        return List.of();
    }

    private static void need(String[] cols, int n, String names) {
        if (cols.length < n) {
            throw new IllegalArgumentException("expected " + n + " TAB-separated columns (" + names + "), got " + cols.length);
        }
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + name + "'", e);
        }
    }
}
