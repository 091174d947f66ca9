package dev.escalation.registry;

import dev.escalation.records.Incident;
import org.apache.avro.Schema;

/** Versions of the Incident schema, older and newer than the generated class. */
final class TestSchemas {

    /** An older Incident: only the fields that have no default today. */
    static final Schema OLD_INCIDENT = new Schema.Parser().parse("""
            {"type": "record", "name": "Incident", "namespace": "dev.escalation.records", "fields": [
              {"name": "id", "type": "string"},
              {"name": "eventType", "type": {"type": "enum", "name": "EventType", "default": "OTHER",
                "symbols": ["AIR_STRIKE", "DRONE_ATTACK", "MISSILE_ATTACK", "ROCKET_ATTACK", "SHELLING", "BOMBING",
                            "ARMED_CLASH", "NAVAL_ATTACK", "INTERCEPTION", "THREAT", "OTHER"]}},
              {"name": "eventDate", "type": {"type": "int", "logicalType": "date"}},
              {"name": "countryCode", "type": "string"}
            ]}""");

    /** A newer Incident with a field that has a default: a BACKWARD-compatible change. */
    static final Schema INCIDENT_WITH_DEFAULTED_FIELD = withField("{\"name\": \"severity\", \"type\": \"int\", \"default\": 0}");

    /** A newer Incident with a field that has no default: cannot read older data, not BACKWARD-compatible. */
    static final Schema INCIDENT_WITH_REQUIRED_FIELD = withField("{\"name\": \"severity\", \"type\": \"int\"}");

    private TestSchemas() {}

    private static Schema withField(String field) {
        // Incident nests no records, so the first field list is its own.
        String json = Incident.getClassSchema().toString().replaceFirst("\"fields\":\\[", "\"fields\":[" + field + ",");
        return new Schema.Parser().parse(json);
    }
}
