package dev.escalation.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * Confluent's compatibility levels. The rules themselves are Avro's {@link SchemaCompatibility}:
 * BACKWARD means the new schema can read data written with the old one, FORWARD the reverse,
 * FULL both; TRANSITIVE checks every earlier version instead of the latest only.
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /**
     * Parses a level case-insensitively, as Confluent does.
     *
     * @throws SchemaRegistryException 42203 for an unknown level
     */
    public static CompatibilityLevel parse(String level) {
        for (CompatibilityLevel known : values()) {
            if (level != null && known.name().equalsIgnoreCase(level.trim())) {
                return known;
            }
        }
        throw new SchemaRegistryException(422, 42203, "Invalid compatibility level '" + level
                + "'. Valid values are none, backward, forward, full, backward_transitive, forward_transitive, and full_transitive");
    }

    /**
     * Checks a candidate against earlier versions under this level.
     *
     * @param candidate the schema to register
     * @param earlier the earlier versions, oldest first (a non-transitive level uses the last only)
     * @return one line per incompatibility; empty when compatible
     */
    public List<String> incompatibilities(Schema candidate, List<Version> earlier) {
        List<String> problems = new ArrayList<>();
        List<Version> checked = transitive || earlier.isEmpty() ? earlier : earlier.subList(earlier.size() - 1, earlier.size());
        for (Version old : checked) {
            if (backward) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, old.schema()), "the new schema cannot read data written with", old, problems);
            }
            if (forward) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(old.schema(), candidate), "data written with the new schema cannot be read by", old, problems);
            }
        }
        return problems;
    }

    private void describe(SchemaCompatibility.SchemaPairCompatibility pair, String direction, Version old, List<String> problems) {
        for (Incompatibility i : pair.getResult().getIncompatibilities()) {
            problems.add(i.getType() + " at " + i.getLocation() + ": " + i.getMessage() + " (" + direction
                    + " version " + old.version() + "; compatibility " + name() + ")");
        }
    }

    /** An earlier version of a subject, as compatibility checks see it. */
    public record Version(int version, Schema schema) {}
}
