package dev.escalation.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Schema;

/**
 * The registry's state and rules, kept in memory and persisted in a {@link SchemaLog} with the
 * record shapes of Confluent's own {@code _schemas} topic. Every change is written to the log
 * first and then applied exactly as a replay applies it, so a restart rebuilds the same state.
 * Not thread-safe: {@link RegistryServer} calls it from one thread.
 */
final class SchemaStore {

    /** One version of a subject. */
    record Entry(String subject, int version, int id, Schema schema, boolean deleted) {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SchemaLog log;
    private final Map<String, TreeMap<Integer, Entry>> subjects = new TreeMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
    private int maxId;

    SchemaStore(SchemaLog log) {
        this.log = log;
        log.replay(this::apply);
    }

    /** Registers a schema under a subject; the same schema keeps the same id. */
    int register(String subject, Schema schema) {
        String text = schema.toString();
        List<Entry> live = live(subject);
        for (Entry entry : live) {
            if (entry.schema().toString().equals(text)) {
                return entry.id();
            }
        }
        List<String> problems = level(subject).incompatibilities(schema, versionsOf(live));
        if (!problems.isEmpty()) {
            throw new SchemaRegistryException(409, 409, "Schema being registered is incompatible with an earlier schema for subject '"
                    + subject + "', details: " + problems);
        }
        int id = idsBySchema.getOrDefault(text, maxId + 1);
        TreeMap<Integer, Entry> versions = subjects.get(subject);
        int version = versions == null ? 1 : versions.lastKey() + 1;
        write(new Entry(subject, version, id, schema, false));
        return id;
    }

    /** The version of a subject that holds this schema. */
    Entry lookup(String subject, Schema schema, boolean includeDeleted) {
        String text = schema.toString();
        return entries(subject, includeDeleted).stream()
                .filter(e -> e.schema().toString().equals(text))
                .findFirst()
                .orElseThrow(() -> new SchemaRegistryException(404, 40403, "Schema not found"));
    }

    /** A version by number, or "latest" (also -1). */
    Entry version(String subject, String version, boolean includeDeleted) {
        List<Entry> entries = entries(subject, includeDeleted);
        if (isLatest(version)) {
            return entries.get(entries.size() - 1);
        }
        int number = parseVersion(version);
        return entries.stream().filter(e -> e.version() == number).findFirst()
                .orElseThrow(() -> new SchemaRegistryException(404, 40402, "Version " + number + " not found."));
    }

    List<Integer> versions(String subject, boolean includeDeleted) {
        return entries(subject, includeDeleted).stream().map(Entry::version).toList();
    }

    List<String> subjects(boolean includeDeleted) {
        return subjects.keySet().stream()
                .filter(s -> subjects.get(s).values().stream().anyMatch(e -> includeDeleted || !e.deleted()))
                .toList();
    }

    /** Soft-deletes every version of a subject; returns their numbers. */
    List<Integer> delete(String subject) {
        if (!subjects.containsKey(subject)) {
            throw subjectNotFound(subject);
        }
        List<Entry> live = live(subject);
        if (live.isEmpty()) {
            throw new SchemaRegistryException(404, 40404, "Subject '" + subject + "' was soft deleted.");
        }
        live.forEach(e -> write(new Entry(e.subject(), e.version(), e.id(), e.schema(), true)));
        return live.stream().map(Entry::version).toList();
    }

    Schema schema(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaRegistryException(404, 40403, "Schema " + id + " not found");
        }
        return schema;
    }

    /** The subject versions that use a schema id. */
    List<Entry> usesOf(int id) {
        schema(id); // 40403 for an unknown id
        return subjects.values().stream().flatMap(v -> v.values().stream()).filter(e -> e.id() == id && !e.deleted()).toList();
    }

    /**
     * Checks a schema against one version of a subject (or "latest"), or against every version
     * the subject's level asks for when {@code version} is null, as registering would.
     */
    List<String> incompatibilities(String subject, String version, Schema schema) {
        List<Entry> live = live(subject);
        if (version != null && !(isLatest(version) && live.isEmpty())) {
            live = List.of(version(subject, version, false));
        }
        return level(subject).incompatibilities(schema, versionsOf(live));
    }

    /** The level that applies to a subject: its own, or else the global one. */
    CompatibilityLevel level(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    /** A subject's own level. */
    CompatibilityLevel ownLevel(String subject) {
        CompatibilityLevel level = subjectLevels.get(subject);
        if (level == null) {
            throw new SchemaRegistryException(404, 40408, "Subject '" + subject + "' does not have subject-level compatibility configured");
        }
        return level;
    }

    CompatibilityLevel globalLevel() {
        return globalLevel;
    }

    /** Sets a subject's level, or the global one when {@code subject} is null. */
    void setLevel(String subject, CompatibilityLevel level) {
        ObjectNode key = NODES.objectNode().put("keytype", "CONFIG");
        if (subject != null) {
            key.put("subject", subject);
        }
        key.put("magic", 0);
        write(key, NODES.objectNode().put("compatibilityLevel", level.name()));
    }

    /** The versions of a subject, oldest first; 40401 when there are none. */
    private List<Entry> entries(String subject, boolean includeDeleted) {
        List<Entry> entries = subjects.getOrDefault(subject, new TreeMap<>()).values().stream()
                .filter(e -> includeDeleted || !e.deleted()).toList();
        if (entries.isEmpty()) {
            throw subjectNotFound(subject);
        }
        return entries;
    }

    private static SchemaRegistryException subjectNotFound(String subject) {
        return new SchemaRegistryException(404, 40401, "Subject '" + subject + "' not found.");
    }

    /** The versions of a subject that are not deleted, oldest first; maybe none. */
    private List<Entry> live(String subject) {
        return subjects.getOrDefault(subject, new TreeMap<>()).values().stream().filter(e -> !e.deleted()).toList();
    }

    private static List<CompatibilityLevel.Version> versionsOf(List<Entry> entries) {
        return entries.stream().map(e -> new CompatibilityLevel.Version(e.version(), e.schema())).toList();
    }

    private static boolean isLatest(String version) {
        return version.equals("latest") || version.equals("-1");
    }

    private static int parseVersion(String version) {
        try {
            int number = Integer.parseInt(version);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new SchemaRegistryException(422, 42202, "The specified version '" + version
                + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    private void write(Entry entry) {
        write(NODES.objectNode().put("keytype", "SCHEMA").put("subject", entry.subject()).put("version", entry.version()).put("magic", 1),
                NODES.objectNode().put("subject", entry.subject()).put("version", entry.version()).put("id", entry.id())
                        .put("schema", entry.schema().toString()).put("deleted", entry.deleted()));
    }

    private void write(JsonNode key, JsonNode value) {
        log.write(key, value);
        apply(key, value);
    }

    /** Applies one log record; record types this registry does not write (e.g. Confluent's NOOP) are skipped. */
    private void apply(JsonNode key, JsonNode value) {
        String subject = key.hasNonNull("subject") ? key.get("subject").asText() : null;
        switch (key.path("keytype").asText()) {
            case "SCHEMA" -> {
                if (value == null) {
                    subjects.getOrDefault(subject, new TreeMap<>()).remove(key.get("version").asInt());
                    return;
                }
                Schema schema = new Schema.Parser().parse(value.get("schema").asText());
                Entry entry = new Entry(subject, value.get("version").asInt(), value.get("id").asInt(), schema, value.path("deleted").asBoolean());
                subjects.computeIfAbsent(subject, s -> new TreeMap<>()).put(entry.version(), entry);
                schemasById.putIfAbsent(entry.id(), schema);
                idsBySchema.putIfAbsent(schema.toString(), entry.id());
                maxId = Math.max(maxId, entry.id());
            }
            case "CONFIG" -> {
                CompatibilityLevel level = value == null ? null : CompatibilityLevel.parse(value.get("compatibilityLevel").asText());
                if (subject == null) {
                    globalLevel = level == null ? CompatibilityLevel.BACKWARD : level;
                } else if (level == null) {
                    subjectLevels.remove(subject);
                } else {
                    subjectLevels.put(subject, level);
                }
            }
            default -> { }
        }
    }
}
