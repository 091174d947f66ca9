package dev.escalation.feeds;

import dev.escalation.extract.EventCoder;
import dev.escalation.records.Article;
import dev.escalation.records.EventType;
import dev.escalation.records.Feed;
import dev.escalation.records.Incident;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An ACLED export (CSV), read by its header so that exports with only some of the standard columns
 * work: event_date, event_type and country are needed; event_id_cnty, sub_event_type, actor1,
 * assoc_actor_1, actor2, admin1, location, latitude, longitude, fatalities and notes are used when
 * present. Where the actor or sub-event columns are missing or coarse, the event coder reads the
 * notes, which say who did what to whom. Mappings: {@code acled-event-types.tsv},
 * {@code acled-sides.tsv}, {@code acled-countries.tsv}.
 */
final class AcledEvents extends FeedReader {

    private static final Set<String> REQUIRED = Set.of("event_date", "event_type", "country");
    private static final int MAX_LINES_PER_ROW = 200;
    private static final int RECENT_EVENTS = 500_000;
    private static final DateTimeFormatter WRITTEN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private record TypeRule(String eventType, Set<EventType> fromNotes, boolean anyFromNotes) {}

    private static final Map<String, TypeRule> TYPES = new HashMap<>();
    private static final List<String[]> SIDES = new ArrayList<>();
    private static final Map<String, String> COUNTRIES = new HashMap<>();

    static {
        for (String[] row : DataFile.rows("acled-event-types.tsv", 4)) {
            if (!row[2].equals("SKIP")) {
                EventType.valueOf(row[2]);
            }
            boolean any = row[3].equals("ANY");
            Set<EventType> refinements = new java.util.HashSet<>();
            if (!any && !row[3].equals("-")) {
                for (String type : row[3].split("\\|")) {
                    refinements.add(EventType.valueOf(type));
                }
            }
            TYPES.put(typeKey(row[0], row[1]), new TypeRule(row[2], refinements, any));
        }
        SIDES.addAll(DataFile.rows("acled-sides.tsv", 2).stream()
                .map(r -> new String[] {r[0].toLowerCase(Locale.ROOT), r[1]})
                .sorted(Comparator.comparingInt((String[] r) -> r[0].length()).reversed())
                .toList());
        for (String code : Locale.getISOCountries()) {
            COUNTRIES.put(normal(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        for (String[] row : DataFile.rows("acled-countries.tsv", 2)) {
            COUNTRIES.put(normal(row[0]), row[1]);
        }
    }

    private final EventCoder coder;
    private final RecentKeys recent = new RecentKeys(RECENT_EVENTS);
    private final Map<String, Integer> columns = new HashMap<>();
    private List<String> cells;

    AcledEvents(Path path, FeedReport report, EventCoder coder) throws IOException {
        super(path, report);
        this.coder = coder;
        String header = nextRow();
        if (header == null) {
            close();
            throw new IOException(file + ": empty; an ACLED export starts with a header row");
        }
        List<String> names = CsvRow.split(header);
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).sorted().toList();
        if (!missing.isEmpty()) {
            close();
            throw new IOException(file + ": the ACLED header lacks " + String.join(", ", missing) + "; it has " + names);
        }
    }

    /** A quoted cell may hold line breaks: join lines until the quotes balance. */
    @Override
    String nextRow() throws IOException {
        String line = nextLine();
        if (line == null || CsvRow.quotesBalanced(line)) {
            return line;
        }
        StringBuilder row = new StringBuilder(line);
        for (int i = 0; i < MAX_LINES_PER_ROW; i++) {
            String more = nextLine();
            if (more == null) {
                break;
            }
            row.append('\n').append(more);
            if (CsvRow.quotesBalanced(row)) {
                return row.toString();
            }
        }
        return row.toString(); // unbalanced: the CSV parser rejects it
    }

    @Override
    FeedRecord parse(String row, long number) {
        try {
            cells = CsvRow.split(row);
        } catch (IllegalArgumentException e) {
            throw new BadRow(e.getMessage());
        }
        if (cells.size() != columns.size()) {
            throw new BadRow("expected " + columns.size() + " columns as in the header, found " + cells.size());
        }
        String type = get("event_type");
        String subType = get("sub_event_type");
        TypeRule rule = TYPES.get(typeKey(type, subType));
        if (rule == null) {
            rule = TYPES.get(typeKey(type, "*"));
        }
        if (rule == null) {
            throw new BadRow("unknown ACLED event_type '" + type + "'");
        }
        if (rule.eventType().equals("SKIP")) {
            report.skipped("not violence (ACLED " + type + ")");
            return null;
        }
        LocalDate date = date(get("event_date"));
        String country = COUNTRIES.get(normal(get("country")));
        if (country == null) {
            throw new BadRow("unknown country '" + get("country") + "'");
        }
        String sourceId = get("event_id_cnty");
        String id = "acled-" + (sourceId.isEmpty() ? UUID.nameUUIDFromBytes(row.getBytes(StandardCharsets.UTF_8)) : sourceId);
        if (!recent.firstTime(id)) {
            report.duplicate();
            return null;
        }
        Double latitude = coordinate(get("latitude"), 90, "latitude");
        Double longitude = coordinate(get("longitude"), 180, "longitude");
        Integer fatalities = fatalities();
        String actor = firstNonBlank(get("actor1"), get("assoc_actor_1"));
        String target = firstNonBlank(get("actor2"), get("assoc_actor_2"));
        String actorSide = side(actor);
        String targetSide = side(target);
        String notes = get("notes");
        EventType eventType = EventType.valueOf(rule.eventType());
        Incident fromNotes = null;
        boolean coarse = rule.anyFromNotes() || !rule.fromNotes().isEmpty();
        if (!notes.isEmpty() && (coarse || actorSide == null || targetSide == null)) {
            fromNotes = codeNotes(id, notes, date, country);
        }
        if (fromNotes != null) {
            EventType read = fromNotes.getEventType();
            if (read != EventType.OTHER && (rule.anyFromNotes() || rule.fromNotes().contains(read))) {
                eventType = read;
            }
            if (actorSide == null && fromNotes.getActorSide() != null) {
                actorSide = fromNotes.getActorSide();
                actor = actor != null ? actor : fromNotes.getActor();
            }
            if (targetSide == null && fromNotes.getTargetSide() != null) {
                targetSide = fromNotes.getTargetSide();
                target = target != null ? target : fromNotes.getTarget();
            }
        }
        Incident incident = Incident.newBuilder()
                .setId(id)
                .setEventType(eventType)
                .setEventDate(date)
                .setCountryCode(country)
                .setAdmin1(blankToNull(get("admin1")))
                .setLocation(blankToNull(get("location")))
                .setLatitude(latitude)
                .setLongitude(longitude)
                .setActor(actor)
                .setActorSide(actorSide)
                .setTarget(target)
                .setTargetSide(targetSide)
                .setFatalities(fatalities)
                .setIsRetaliation(fromNotes != null && fromNotes.getIsRetaliation())
                .setRetaliationFor(fromNotes != null ? fromNotes.getRetaliationFor() : null)
                .setFeed(Feed.ACLED)
                .setSourceIds(sourceId.isEmpty() ? List.of() : List.of(sourceId))
                .setConfidence(confidence(get("geo_precision"), get("time_precision")))
                .setReportedAt(reportedAt(get("timestamp")))
                .setEvidence(notes.isEmpty() ? "ACLED " + type + (subType.isEmpty() ? "" : " / " + subType) : notes)
                .build();
        return new FeedRecord(file, number, incident);
    }

    /** The ISO code of an ACLED country name, or null. */
    static String countryCode(String name) {
        return COUNTRIES.get(normal(name));
    }

    /** The engine's event type for an ACLED event_type as a whole (its '*' row), SKIP for what is not violence; null when unknown. */
    static String eventTypeOf(String eventType) {
        TypeRule rule = TYPES.get(typeKey(eventType, "*"));
        return rule == null ? null : rule.eventType();
    }

    /**
     * ACLED events are coded by people from several sources: 0.9 when ACLED knows the place and the
     * day; less as its precision codes say it knows them less (geo_precision 2, a nearby place, or 3,
     * the region: -0.1 a step; time_precision 2, the week, or 3, the month: -0.15 a step).
     */
    static double confidence(String geoPrecision, String timePrecision) {
        return Math.round((0.9 - 0.1 * (precision(geoPrecision) - 1) - 0.15 * (precision(timePrecision) - 1)) * 100) / 100.0;
    }

    /** A precision code, 1 (best) to 3; 1 when the column is absent or not a code. */
    private static int precision(String code) {
        return switch (code) {
            case "2" -> 2;
            case "3" -> 3;
            default -> 1;
        };
    }

    /** ACLED's timestamp (Unix seconds): when the event entered its data set; null when absent. */
    private static Instant reportedAt(String timestamp) {
        try {
            return timestamp.isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(timestamp));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The coder's reading of the notes: the first attack it finds, in the row's country if it names one there. */
    private Incident codeNotes(String id, String notes, LocalDate date, String country) {
        Article article = Article.newBuilder().setId(id).setBody(notes)
                .setPublishedAt(date.atStartOfDay(ZoneOffset.UTC).toInstant()).setLanguage("en").build();
        List<Incident> coded;
        try {
            coded = coder.code(article);
        } catch (RuntimeException e) {
            return null; // the columns alone still make an incident
        }
        Incident first = null;
        for (Incident incident : coded) {
            if (incident.getEventType() == EventType.THREAT) {
                continue;
            }
            if (incident.getCountryCode().equals(country)) {
                return incident;
            }
            first = first == null ? incident : first;
        }
        return first;
    }

    private String get(String column) {
        Integer index = columns.get(column);
        return index == null ? "" : cells.get(index).strip();
    }

    private static LocalDate date(String text) {
        try {
            return text.length() == 10 && text.charAt(4) == '-' ? LocalDate.parse(text) : LocalDate.parse(text, WRITTEN_DATE);
        } catch (DateTimeParseException e) {
            throw new BadRow("bad event_date '" + text + "': expected 2024-01-28 or 28 January 2024");
        }
    }

    private Integer fatalities() {
        String text = get("fatalities");
        if (text.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRow("bad fatalities '" + text + "': expected a whole number, 0 or more");
    }

    private static String side(String actor) {
        if (actor == null) {
            return null;
        }
        String name = actor.toLowerCase(Locale.ROOT);
        for (String[] pattern : SIDES) {
            if (name.contains(pattern[0])) {
                return pattern[1];
            }
        }
        return null;
    }

    private static String typeKey(String type, String subType) {
        return normal(type) + "\t" + normal(subType);
    }

    /** Lower case, accents and extra spaces gone: "Côte d'Ivoire" and "cote d'ivoire" are one name. */
    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String firstNonBlank(String a, String b) {
        return !a.isEmpty() ? a : b.isEmpty() ? null : b;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
