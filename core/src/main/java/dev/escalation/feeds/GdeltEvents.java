package dev.escalation.feeds;

import dev.escalation.records.EventType;
import dev.escalation.records.Feed;
import dev.escalation.records.Incident;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The GDELT 2.0 event export: 61 tab-separated columns, no header (a header row is accepted).
 * Only violence becomes an incident: CAMEO codes mapped by {@code cameo-event-types.tsv}; the rows
 * of the non-violent roots 01-17 are skipped. Sides come from {@code gdelt-sides.tsv}, ISO country
 * codes from the FIPS codes of ActionGeo by {@code fips-countries.tsv}, corroboration from NumSources, confidence from the row's sources, articles, place and actors ({@link #confidence}).
 * GDELT re-emits an event it sees again in later articles under a new GLOBALEVENTID; such repeats
 * (same day, code, actors and place) are dropped.
 */
final class GdeltEvents extends FeedReader {

    static final int COLUMNS = 61;
    private static final int ID = 0, DAY = 1, ACTOR1_CODE = 5, ACTOR1_NAME = 6, ACTOR1_COUNTRY = 7, ACTOR1_GROUP = 8,
            ACTOR1_TYPE = 12, ACTOR2_CODE = 15, ACTOR2_NAME = 16, ACTOR2_COUNTRY = 17, ACTOR2_GROUP = 18, ACTOR2_TYPE = 22,
            IS_ROOT_EVENT = 25, EVENT_CODE = 26, NUM_SOURCES = 32, NUM_ARTICLES = 33, GEO_TYPE = 51, GEO_FULL_NAME = 52,
            GEO_COUNTRY = 53, GEO_ADM1 = 54, GEO_LAT = 56, GEO_LONG = 57, GEO_FEATURE = 58, DATE_ADDED = 59, SOURCE_URL = 60;
    /** ActionGeo_Type 1: the place is known only as a country. */
    private static final String COUNTRY_ONLY = "1";
    private static final int RECENT_EVENTS = 500_000;

    private static final Map<String, String[]> CAMEO = new HashMap<>();
    private static final Map<String, String> FIPS = new HashMap<>();
    private static final Map<String, String> GROUP_SIDES = new HashMap<>();
    private static final Map<String, String> COUNTRY_SIDES = new HashMap<>();
    private static final Set<String> NON_STATE_TYPES = new HashSet<>();
    private static final Map<String, String> ISO3 = new HashMap<>();
    private static final DateTimeFormatter DATE_ADDED_FORMAT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    static {
        for (String iso2 : Locale.getISOCountries()) {
            ISO3.put(iso2, new Locale("", iso2).getISO3Country());
        }
        for (String[] row : DataFile.rows("cameo-event-types.tsv", 3)) {
            EventType.valueOf(row[1]); // a typo in the data file fails at once, not on some row later
            CAMEO.put(row[0], new String[] {row[1], row[2]});
        }
        for (String[] row : DataFile.rows("fips-countries.tsv", 2)) {
            FIPS.put(row[0], row[1]);
        }
        for (String[] row : DataFile.rows("gdelt-sides.tsv", 3)) {
            switch (row[0]) {
                case "group" -> GROUP_SIDES.put(row[1], row[2]);
                case "country" -> COUNTRY_SIDES.put(row[1], row[2]);
                case "type" -> NON_STATE_TYPES.add(row[1]);
                default -> throw new IllegalStateException("gdelt-sides.tsv: unknown kind '" + row[0] + "'");
            }
        }
    }

    private final int[] starts = new int[COLUMNS + 1];
    private final RecentKeys recent = new RecentKeys(RECENT_EVENTS);
    private String row;

    GdeltEvents(Path path, FeedReport report) throws IOException {
        super(path, report);
    }

    @Override
    boolean isHeader(String firstLine) {
        return firstLine.regionMatches(true, 0, "GLOBALEVENTID", 0, 13);
    }

    @Override
    FeedRecord parse(String line, long number) {
        row = line;
        int columns = split(line);
        if (columns != COLUMNS) {
            throw new BadRow("expected " + COLUMNS + " tab-separated columns (GDELT 2.0 event export), found " + columns);
        }
        String code = col(EVENT_CODE);
        String[] cameo = CAMEO.get(code);
        if (cameo == null) {
            if (nonViolent(code)) {
                report.skipped("not violence (CAMEO roots 01-17)");
                return null;
            }
            throw new BadRow("unknown CAMEO event code '" + code + "'");
        }
        String fips = col(GEO_COUNTRY);
        if (fips.isEmpty()) {
            report.skipped("no ActionGeo country");
            return null;
        }
        String country = FIPS.get(fips);
        if (country == null) {
            throw new BadRow("unknown FIPS country code '" + fips + "' in ActionGeo_CountryCode");
        }
        if (country.equals("-")) {
            report.skipped("ActionGeo in a territory with no ISO country code");
            return null;
        }
        LocalDate date = day(col(DAY));
        String id = col(ID);
        String key = col(DAY) + '|' + code + '|' + col(ACTOR1_CODE) + '|' + col(ACTOR2_CODE) + '|' + fips + '|' + col(GEO_FEATURE);
        if (!recent.firstTime(key)) {
            report.duplicate();
            return null;
        }
        Double latitude = coordinate(col(GEO_LAT), 90, "ActionGeo_Lat");
        Double longitude = coordinate(col(GEO_LONG), 180, "ActionGeo_Long");
        int sources = Math.max(1, integer(NUM_SOURCES));
        boolean fits = fitsPlace(country, col(ACTOR1_COUNTRY), col(ACTOR2_COUNTRY));
        String actor = blankToNull(col(ACTOR1_NAME));
        String target = blankToNull(col(ACTOR2_NAME));
        String place = blankToNull(col(GEO_FULL_NAME));
        String url = col(SOURCE_URL);
        Incident incident = Incident.newBuilder()
                .setId("gdelt-" + id)
                .setEventType(EventType.valueOf(cameo[0]))
                .setEventDate(date)
                .setCountryCode(country)
                .setAdmin1(blankToNull(col(GEO_ADM1)))
                .setLocation(place)
                .setLatitude(latitude)
                .setLongitude(longitude)
                .setActor(actor)
                .setActorSide(side(col(ACTOR1_GROUP), col(ACTOR1_COUNTRY), col(ACTOR1_TYPE)))
                .setTarget(target)
                .setTargetSide(side(col(ACTOR2_GROUP), col(ACTOR2_COUNTRY), col(ACTOR2_TYPE)))
                .setFeed(Feed.GDELT)
                .setSourceIds(List.of(id))
                .setSourceUrls(url.isEmpty() ? List.of() : List.of(url))
                .setCorroboration(sources)
                .setConfidence(confidence(sources, integer(NUM_ARTICLES), "1".equals(col(IS_ROOT_EVENT)),
                        COUNTRY_ONLY.equals(col(GEO_TYPE)), fits))
                .setReportedAt(added(col(DATE_ADDED)))
                .setEvidence("GDELT event " + id + ": CAMEO " + code + " " + cameo[1] + "; "
                        + (actor == null ? "?" : actor) + " -> " + (target == null ? "?" : target)
                        + (place == null ? "" : "; " + place))
                .build();
        return new FeedRecord(file, number, incident);
    }

    /**
     * How sure a row is, 0..1. GDELT is machine-coded from news and noisy: what a row says is as
     * sure as the independent sources behind it (NumSources: 1 is 0.3, 2 is 0.5, 3 is 0.6, 4 is
     * 0.7, 5 or more 0.8), a little surer when many articles carry it (NumArticles 5 or more: +0.05)
     * and when it is the story's main event (IsRootEvent: +0.05), less when its place is known only
     * as a country (ActionGeo_Type 1: -0.15) or when neither actor's country is where it happened
     * (coded far from the event, as a New York report of a strike abroad is: -0.1).
     */
    static double confidence(int sources, int articles, boolean root, boolean countryOnly, boolean fitsPlace) {
        double c = switch (Math.min(sources, 5)) {
            case 1 -> 0.3;
            case 2 -> 0.5;
            case 3 -> 0.6;
            case 4 -> 0.7;
            default -> 0.8;
        };
        c += (articles >= 5 ? 0.05 : 0) + (root ? 0.05 : 0) - (countryOnly ? 0.15 : 0) - (fitsPlace ? 0 : 0.1);
        return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100.0;
    }

    /** True unless an actor's country is known and neither known one is the country of the place (CAMEO uses ISO alpha-3). */
    private static boolean fitsPlace(String country, String actor1Country, String actor2Country) {
        if (actor1Country.isEmpty() && actor2Country.isEmpty()) {
            return true;
        }
        String iso3 = ISO3.get(country);
        return iso3 == null || iso3.equals(actor1Country) || iso3.equals(actor2Country);
    }

    /** DATEADDED, YYYYMMDDHHMMSS in UTC: when GDELT saw the report; null when absent or not of that form. */
    private static Instant added(String text) {
        if (text.length() != 14) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, DATE_ADDED_FORMAT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Records where each column starts; returns the number of columns (counting stops past {@link #COLUMNS}). */
    private int split(String line) {
        int columns = 1;
        starts[0] = 0;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
            if (columns == COLUMNS) {
                return columns + 1;
            }
            starts[columns++] = i + 1;
        }
        starts[columns] = line.length() + 1;
        return columns;
    }

    private String col(int index) {
        return row.substring(starts[index], starts[index + 1] - 1);
    }

    /** A well-formed CAMEO code (2-4 digits) of the roots 01-17. */
    private static boolean nonViolent(String code) {
        if (code.length() < 2 || code.length() > 4) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 1 && root <= 17;
    }

    private static LocalDate day(String text) {
        if (text.length() != 8) {
            throw new BadRow("bad date '" + text + "' in SQLDATE: expected YYYYMMDD");
        }
        try {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 4, 6, 10), Integer.parseInt(text, 6, 8, 10));
        } catch (NumberFormatException | DateTimeException e) {
            throw new BadRow("bad date '" + text + "' in SQLDATE: expected YYYYMMDD");
        }
    }

    private int integer(int index) {
        String text = col(index);
        try {
            return text.isEmpty() ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadRow("bad number '" + text + "' in column " + (index + 1));
        }
    }

    /** A known group's side first; else its country's, unless the actor is an armed opponent of that state. */
    private static String side(String group, String country, String type) {
        String side = GROUP_SIDES.get(group);
        if (side != null || NON_STATE_TYPES.contains(type)) {
            return side;
        }
        return COUNTRY_SIDES.get(country);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
