package dev.escalation.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.escalation.records.EventType;
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
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's whole configuration, validated. Built only from YAML layered over the defaults in
 * {@code engine-defaults.yaml}, so an operator file needs to name only what it changes.
 */
public record EngineConfig(String version, TopicNames topics, Escalation escalation, Extraction extraction) {

    public record TopicNames(String articles, String incidents, String alerts, String deadLetters, String config) {}

    public record Escalation(Duration window, Duration joinWindow, Duration grace, Duration cooldown,
                             double fatalityWeight, Map<EventType, Double> weights, Levels levels) {
        public double weight(EventType type) {
            return weights.get(type);
        }
    }

    /** Thresholds of the ladder; ordered: elevated below high. */
    public record Levels(double elevated, double high, int massFatalities) {}

    public record Extraction(int maxBodyBytes) {}

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String DEFAULTS = "engine-defaults.yaml";
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    public static EngineConfig defaults() {
        return fromTree(defaultTree(), DEFAULTS);
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
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
        return fromTree(merged, source);
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
            } else if (existing.isObject() && field.getValue().isObject()) {
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

    private static EngineConfig fromTree(JsonNode root, String source) {
        Reader r = new Reader(root);
        TopicNames topics = new TopicNames(r.topic("topics.articles"), r.topic("topics.incidents"),
                r.topic("topics.alerts"), r.topic("topics.deadLetters"), r.topic("topics.config"));
        Map<EventType, Double> weights = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            weights.put(type, r.number("escalation.weights." + type.name(), 0, 1000));
        }
        Levels levels = new Levels(r.number("escalation.levels.elevated", 0, 1e9),
                r.number("escalation.levels.high", 0, 1e9),
                (int) r.number("escalation.levels.massFatalities", 1, 1e9));
        if (levels.high() <= levels.elevated()) {
            r.problem("escalation.levels.high", levels.high(),
                    "must be above escalation.levels.elevated (" + levels.elevated() + ")");
        }
        Escalation escalation = new Escalation(r.duration("escalation.window"), r.duration("escalation.joinWindow"),
                r.duration("escalation.grace"), r.duration("escalation.cooldown"),
                r.number("escalation.fatalityWeight", 0, 1000), weights, levels);
        Extraction extraction = new Extraction((int) r.number("extraction.maxBodyBytes", 1, Integer.MAX_VALUE));
        String version = r.text("version");
        if (!r.problems.isEmpty()) {
            throw new ConfigException(source, r.problems);
        }
        return new EngineConfig(version, topics, escalation, extraction);
    }

    /** Reads typed values by dotted path and collects every problem, so one run reports them all. */
    private static final class Reader {
        private final JsonNode root;
        private final List<String> problems = new ArrayList<>();

        Reader(JsonNode root) {
            this.root = root;
        }

        void problem(String path, Object value, String allowed) {
            problems.add(path + ": " + value + " " + allowed);
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
            JsonNode node = node(path);
            String text = node == null ? "null" : node.asText();
            Duration value = parseDuration(text);
            if (value == null || value.isNegative() || value.isZero()) {
                problem(path, text, "is not allowed: must be a positive duration such as 90s, 30m, 36h, 7d or P7D");
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
