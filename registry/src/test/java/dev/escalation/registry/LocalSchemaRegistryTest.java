package dev.escalation.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Incident;
import org.junit.jupiter.api.Test;

/** The in-process registry follows the server's rules: stable ids, lookups, Confluent error codes. */
class LocalSchemaRegistryTest {

    private final LocalSchemaRegistry registry = new LocalSchemaRegistry();

    @Test
    void theSameSchemaKeepsItsIdAcrossSubjects() {
        int id = registry.register("incidents-value", Incident.getClassSchema());
        assertEquals(id, registry.register("incidents-value", Incident.getClassSchema()));
        assertEquals(id, registry.register("other-value", Incident.getClassSchema()));
        assertEquals(id + 1, registry.register("escalation-alerts-value", EscalationAlert.getClassSchema()));
        assertEquals(Incident.getClassSchema(), registry.schemaById(id));
        assertEquals(new RegisteredSchema("incidents-value", 1, id, Incident.getClassSchema()),
                registry.lookup("incidents-value", Incident.getClassSchema()));
    }

    @Test
    void anUnknownIdIsConfluentsSchemaNotFound() {
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> registry.schemaById(99));
        assertEquals(40403, e.errorCode());
    }

    @Test
    void anIncompatibleChangeIsRefusedAsTheServerWould() {
        registry.register("incidents-value", Incident.getClassSchema());
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class,
                () -> registry.register("incidents-value", TestSchemas.INCIDENT_WITH_REQUIRED_FIELD));
        assertEquals(409, e.errorCode());
    }
}
