package dev.escalation.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.escalation.records.EventType;
import dev.escalation.records.Feed;
import dev.escalation.records.Incident;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's whole configuration, validated. Built only from YAML layered over the defaults in
 * {@code engine-defaults.yaml}, so an operator file needs to name only what it changes.
 */
public record EngineConfig(String version, TopicNames topics, Escalation escalation, RegionSettings regions,
                           Map<String, String> sideAliases, Extraction extraction) {

    public record TopicNames(String articles, String incidents, String alerts, String deadLetters, String config) {}

    public record Escalation(Duration window, Duration baseline, Duration joinWindow, Duration grace, Duration cooldown,
                             Duration threatHold, double fatalityWeight, Map<EventType, Double> weights, Levels levels,
                             Surge surge, int chainLinks, int evidenceLimit, Duration settle, Duration partitionIdle,
                             Map<Feed, Duration> reportHorizon, Evidence evidence, double coldStartConfidence,
                             Map<String, Double> ruleSettings) {
        public double weight(EventType type) {
            return weights.get(type);
        }

        /** How long after its event a report of the feed may come and still count at its own event time. */
        public Duration reportHorizon(Feed feed) {
            return reportHorizon.get(feed);
        }

        /**
         * A setting of a rule added to the ladder, from {@code rules.RULE.SETTING}; its
         * default is in {@code engine-defaults.yaml}, which is what makes the name valid in an operator's file.
         */
        public double rule(String rule, String setting) {
            Double value = ruleSettings.get(rule + "." + setting);
            if (value == null) {
                throw new IllegalStateException("rules." + rule + "." + setting + " has no default in " + DEFAULTS);
            }
            return value;
        }
    }

    /**
     * Thresholds of the ladder; ordered: elevated below high. Where a region's normal intensity N is
     * known, ELEVATED needs (1 + elevatedAboveNormal) x N and HIGH (1 + highAboveNormal) x N as well.
     */
    public record Levels(double elevated, double high, int massFatalities, double elevatedAboveNormal, double highAboveNormal) {}

    /**
     * What an incident needs to count: its feed's confidence floor to count at all; corroboration
     * or confidence to take part in the rungs that say who answers whom (RETALIATION and above).
     */
    public record Evidence(Map<Feed, Double> floor, int linkCorroboration, double linkConfidence) {
        /** True when the incident is at least as sure as its feed's floor. */
        public boolean counts(Incident incident) {
            return incident.getConfidence() >= floor.get(incident.getFeed());
        }

        /** True when the incident may take part in a retaliation link, a reported retaliation or a threat's hold. */
        public boolean links(Incident incident) {
            return incident.getCorroboration() >= linkCorroboration || incident.getConfidence() >= linkConfidence;
        }
    }

    /** Surge: intensity at least (1 + increase) times the baseline's average per window, and at least floor. */
    public record Surge(double increase, double floor) {}

    /**
     * Theatres and per-region rules. {@code members} maps a country code ("IQ") or an area
     * ("IQ:nineveh", lower case after the colon) to its theatre; {@code overrides} holds whole
     * escalation settings for the regions that override some of them.
     */
    public record RegionSettings(Map<String, List<String>> theatres, Map<String, String> members,
                                 Map<String, Escalation> overrides, Map<String, Double> baselines) {}

    /** @param corroborationTolerance whole days by which two reports of one incident may disagree on its date */
    public record Extraction(int maxBodyBytes, Duration corroborationTolerance) {}

    /** The escalation settings of one region: its overrides where it has some, else the common ones. */
    public Escalation escalation(String region) {
        return regions.overrides().getOrDefault(region, escalation);
    }

    /** The side code dyads are computed on: the operator's alias where there is one. */
    public String side(String code) {
        return code == null ? null : sideAliases.getOrDefault(code, code);
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String DEFAULTS = "engine-defaults.yaml";
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");
    /** Maps whose keys the operator names (theatres, regions, side codes): any key is allowed, the values are checked. */
    private static final Set<String> OPEN_MAPS = Set.of("regions.theatres", "regions.overrides", "regions.baselines", "sides.aliases");
    /** What a region may override: the settings of its own ladder, not the windows that dyads share across regions. */
    private static final List<String> REGION_OVERRIDABLE = List.of("levels", "weights", "fatalityWeight", "cooldown", "threatHold", "surge");
    private static final Pattern SIDE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern THEATRE = Pattern.compile("[A-Z][A-Z0-9_]{2,}");
    private static final Pattern MEMBER = Pattern.compile("([A-Z]{2})(?::(.+))?");

    public static EngineConfig defaults() {
        return fromTree(defaultTree(), DEFAULTS, new ArrayList<>());
    }

    public static EngineConfig load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new ConfigException(file.toString(), List.of("cannot read the file: " + e.getMessage()));
        }
    }

    /** Parses YAML text laid over the defaults; {@code source} names the text in error messages. */
    public static EngineConfig parse(String yaml, String source) {
        JsonNode overrides;
        try {
            overrides = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new ConfigException(source, List.of("not valid YAML: " + e.getOriginalMessage()));
        }
        if (overrides == null || overrides.isMissingNode() || overrides.isNull()) {
            return defaults();
        }
        if (!overrides.isObject()) {
            throw new ConfigException(source, List.of("the top level must be a mapping of settings"));
        }
        JsonNode merged = defaultTree();
        if (!overrides.has("version")) {
            // Alerts must name the exact thresholds that fired them, even when the operator gave no version.
            ((ObjectNode) merged).put("version", "sha256-" + sha256(yaml).substring(0, 12));
        }
        List<String> problems = new ArrayList<>();
        merge(merged, overrides, "", problems);
        return fromTree(merged, source, problems);
    }

    private static JsonNode defaultTree() {
        try (InputStream in = EngineConfig.class.getResourceAsStream(DEFAULTS)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in " + DEFAULTS + " is unreadable", e);
        }
    }

    /** Copies {@code from} into {@code into}, refusing keys the defaults do not have (typos must not pass silently). */
    private static void merge(JsonNode into, JsonNode from, String path, List<String> problems) {
        Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode existing = into.get(field.getKey());
            if (existing == null) {
                problems.add(fieldPath + ": unknown setting; allowed here: " + names(into));
            } else if (existing.isObject() && field.getValue().isObject() && !OPEN_MAPS.contains(fieldPath)) {
                merge(existing, field.getValue(), fieldPath, problems);
            } else {
                ((ObjectNode) into).set(field.getKey(), field.getValue());
            }
        }
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    /** Reads the merged tree; {@code problems} already holds those found while merging, so one run reports all. */
    private static EngineConfig fromTree(JsonNode root, String source, List<String> problems) {
        Reader r = new Reader(root, "escalation", problems);
        TopicNames topics = new TopicNames(r.topic("topics.articles"), r.topic("topics.incidents"),
                r.topic("topics.alerts"), r.topic("topics.deadLetters"), r.topic("topics.config"));
        Escalation escalation = escalation(r);
        Map<String, List<String>> theatres = theatres(r);
        Map<String, String> members = new HashMap<>();
        theatres.forEach((theatre, list) -> list.forEach(member -> {
            String previous = members.putIfAbsent(memberKey(member), theatre);
            if (previous != null && !previous.equals(theatre)) {
                r.problem("regions.theatres." + theatre, member, "is already in theatre " + previous + ": a place belongs to at most one theatre");
            }
        }));
        Map<String, Escalation> overrides = new TreeMap<>();
        r.entries("regions.overrides").forEach((region, override) -> {
            String path = "regions.overrides." + region;
            if (!region.matches("[A-Z]{2}") && !theatres.containsKey(region)) {
                r.problem(path, "", "is not a region: use a country code such as IQ or a theatre named under regions.theatres");
            } else if (!override.isObject()) {
                r.problem(path, override, "is not allowed: must be a mapping of " + String.join(", ", REGION_OVERRIDABLE));
            } else {
                overrides.put(region, override(root, override, path, r));
            }
        });
        Map<String, String> aliases = new TreeMap<>();
        r.entries("sides.aliases").forEach((from, to) -> {
            if (!SIDE.matcher(from).matches() || !to.isTextual() || !SIDE.matcher(to.asText()).matches()) {
                r.problem("sides.aliases." + from, to, "is not allowed: side codes are upper-case letters, digits and '_', such as IRAN_AXIS");
            }
            aliases.put(from, to.asText());
        });
        Map<String, Double> baselines = new TreeMap<>();
        r.entries("regions.baselines").forEach((region, value) -> {
            String path = "regions.baselines." + region;
            if (!region.matches("[A-Z]{2}") && !theatres.containsKey(region)) {
                r.problem(path, "", "is not a region: use a country code such as IQ or a theatre named under regions.theatres");
            } else {
                baselines.put(region, r.number(path, 0, 1e9));
            }
        });
        Extraction extraction = new Extraction((int) r.number("extraction.maxBodyBytes", 1, Integer.MAX_VALUE),
                corroborationTolerance(r));
        String version = r.text("version");
        if (!r.problems.isEmpty()) {
            throw new ConfigException(source, r.problems);
        }
        return new EngineConfig(version, topics, escalation, new RegionSettings(theatres, Map.copyOf(members), overrides, baselines),
                aliases, extraction);
    }

    /** Event dates are days, and reports of one incident differ by a day or two, not by weeks. */
    private static Duration corroborationTolerance(Reader r) {
        String path = "extraction.corroborationTolerance";
        Duration tolerance = r.duration(path);
        if (tolerance.toHours() % 24 != 0 || tolerance.toDays() > 7) {
            r.problem(path, r.node(path).asText(), "is not allowed: must be whole days from 1d to 7d");
        }
        return tolerance;
    }

    private static Escalation escalation(Reader r) {
        Map<EventType, Double> weights = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            weights.put(type, r.number("escalation.weights." + type.name(), 0, 1000));
        }
        Levels levels = new Levels(r.number("escalation.levels.elevated", 0, 1e9),
                r.number("escalation.levels.high", 0, 1e9),
                (int) r.number("escalation.levels.massFatalities", 1, 1e9),
                r.number("escalation.levels.aboveNormal.elevated", 0, 1000), r.number("escalation.levels.aboveNormal.high", 0, 1000));
        if (levels.high() <= levels.elevated()) {
            r.problem("escalation.levels.high", levels.high(),
                    "must be above " + r.label("escalation.levels.elevated") + " (" + levels.elevated() + ")");
        }
        Surge surge = new Surge(r.number("escalation.surge.increase", 0, 1000), r.number("escalation.surge.floor", 0, 1e9));
        return new Escalation(r.duration("escalation.window"), r.duration("escalation.baseline"),
                r.duration("escalation.joinWindow"), r.duration("escalation.grace"), r.duration("escalation.cooldown"),
                r.duration("escalation.threatHold"), r.number("escalation.fatalityWeight", 0, 1000), weights, levels, surge,
                (int) r.number("escalation.chainLinks", 2, 100), (int) r.number("escalation.evidenceLimit", 1, 100_000),
                r.durationOrZero("escalation.settle"),
                r.duration("escalation.partitionIdle"), reportHorizon(r), evidence(r),
                r.number("escalation.coldStart.confidence", 0, 1), ruleSettings(r));
    }

    /** By feed; one shorter than the grace period changes nothing: an incident within grace is on time. */
    private static Map<Feed, Duration> reportHorizon(Reader r) {
        Map<Feed, Duration> horizon = new EnumMap<>(Feed.class);
        for (Feed feed : Feed.values()) {
            horizon.put(feed, r.duration("escalation.reportHorizon." + feed.name()));
        }
        return horizon;
    }

    private static Evidence evidence(Reader r) {
        Map<Feed, Double> floor = new EnumMap<>(Feed.class);
        for (Feed feed : Feed.values()) {
            floor.put(feed, r.number("escalation.evidence.floor." + feed.name(), 0, 1));
        }
        return new Evidence(floor, (int) r.number("escalation.evidence.links.corroboration", 1, 1000),
                r.number("escalation.evidence.links.confidence", 0, 1));
    }

    /** The settings of the rules added to the ladder, numbers by "rule.setting"; their names are those of the defaults. */
    private static Map<String, Double> ruleSettings(Reader r) {
        Map<String, Double> settings = new TreeMap<>();
        r.entries("rules").forEach((rule, values) -> {
            if (!values.isObject()) {
                r.problem("rules." + rule, values, "is not allowed: must be a mapping of settings to numbers");
                return;
            }
            values.fieldNames().forEachRemaining(name -> settings.put(rule + "." + name, r.number("rules." + rule + "." + name, 0, 1e9)));
        });
        return Map.copyOf(settings);
    }

    /** One region's escalation settings: its override laid over the common settings, problems named under its path. */
    private static Escalation override(JsonNode root, JsonNode override, String path, Reader outer) {
        JsonNode tree = root.deepCopy();
        JsonNode escalation = tree.get("escalation");
        override.fieldNames().forEachRemaining(name -> {
            if (!REGION_OVERRIDABLE.contains(name)) {
                outer.problems.add(path + "." + name + ": cannot be set per region; allowed here: " + String.join(", ", REGION_OVERRIDABLE));
            }
        });
        merge(escalation, override, path, outer.problems);
        return escalation(new Reader(tree, path, outer.problems));
    }

    private static Map<String, List<String>> theatres(Reader r) {
        Map<String, List<String>> theatres = new TreeMap<>();
        r.entries("regions.theatres").forEach((name, members) -> {
            String path = "regions.theatres." + name;
            if (!THEATRE.matcher(name).matches()) {
                r.problem(path, "", "is not a theatre name: use three or more upper-case letters, digits or '_', such as IRAQ_SYRIA_JORDAN");
            }
            List<String> list = new ArrayList<>();
            if (members.isArray()) {
                members.forEach(m -> list.add(m.asText()));
            }
            if (list.isEmpty() || !list.stream().allMatch(m -> MEMBER.matcher(m).matches())) {
                r.problem(path, members, "is not allowed: must be a list of country codes (IQ) or admin-1 areas (IQ:Nineveh)");
            }
            theatres.put(name, List.copyOf(list));
        });
        return theatres;
    }

    /** How a theatre member is looked up: the country code, or the code and the area in lower case. */
    private static String memberKey(String member) {
        Matcher m = MEMBER.matcher(member);
        return !m.matches() || m.group(2) == null ? member : memberKey(m.group(1), m.group(2));
    }

    /** The key of an admin-1 area among the theatre members. */
    public static String memberKey(String country, String admin1) {
        return country + ":" + admin1.trim().toLowerCase(Locale.ROOT);
    }

    /** Reads typed values by dotted path and collects every problem, so one run reports them all. */
    private static final class Reader {
        private final JsonNode root;
        private final String escalationPath;
        private final List<String> problems;

        /** @param escalationPath the path that names "escalation" in messages (a region's override names its own) */
        Reader(JsonNode root, String escalationPath, List<String> problems) {
            this.root = root;
            this.escalationPath = escalationPath;
            this.problems = problems;
        }

        String label(String path) {
            return path.startsWith("escalation.") ? escalationPath + path.substring("escalation".length()) : path;
        }

        void problem(String path, Object value, String allowed) {
            problems.add(label(path) + ": " + value + " " + allowed);
        }

        /** The entries of an operator-named map, in file order; a problem when it is not a map. */
        Map<String, JsonNode> entries(String path) {
            JsonNode node = node(path);
            Map<String, JsonNode> entries = new LinkedHashMap<>();
            if (node == null || !node.isObject()) {
                problem(path, node, "is not allowed: must be a mapping");
            } else {
                node.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
            }
            return entries;
        }

        JsonNode node(String path) {
            JsonNode node = root;
            for (String part : path.split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            return node;
        }

        String text(String path) {
            JsonNode node = node(path);
            if (node == null || !node.isValueNode() || node.asText().isBlank()) {
                problem(path, node, "is not allowed: must be a non-empty text");
                return "";
            }
            return node.asText();
        }

        String topic(String path) {
            String name = text(path);
            if (!name.isEmpty() && !name.matches("[a-zA-Z0-9._-]{1,249}")) {
                problem(path, "'" + name + "'", "is not a valid Kafka topic name: use letters, digits, '.', '_', '-'");
            }
            return name;
        }

        double number(String path, double min, double max) {
            JsonNode node = node(path);
            if (node == null || !node.isNumber()) {
                problem(path, node, "is not allowed: must be a number from " + fmt(min) + " to " + fmt(max));
                return min;
            }
            double value = node.asDouble();
            if (value < min || value > max) {
                problem(path, node, "is out of range: must be from " + fmt(min) + " to " + fmt(max));
            }
            return value;
        }

        Duration duration(String path) {
            return duration(path, false);
        }

        Duration durationOrZero(String path) {
            return duration(path, true);
        }

        private Duration duration(String path, boolean zeroAllowed) {
            JsonNode node = node(path);
            String text = node == null ? "null" : node.asText();
            Duration value = parseDuration(text);
            if (value == null || value.isNegative() || value.isZero() && !zeroAllowed) {
                problem(path, text, "is not allowed: must be a " + (zeroAllowed ? "duration of 0s or more" : "positive duration")
                        + " such as 90s, 30m, 36h, 7d or P7D");
                return Duration.ofDays(1);
            }
            return value;
        }

        private static String fmt(double d) {
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Parses 90s, 30m, 36h, 7d, 250ms or ISO-8601; null when it is neither. */
    public static Duration parseDuration(String text) {
        Matcher m = SHORT_DURATION.matcher(text.trim());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
