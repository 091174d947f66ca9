package dev.escalation.registry;

import org.apache.avro.Schema;

/** What a serde needs of a schema registry: the REST client of a real one, or a registry in this process. */
public interface SchemaRegistry {

    /** Registers a schema under a subject (or finds it registered) and returns its id. */
    int register(String subject, Schema schema);

    /** The registered version of a subject that holds this schema. */
    RegisteredSchema lookup(String subject, Schema schema);

    /** The schema with this id. */
    Schema schemaById(int id);

    /** Where this registry is, for error messages. */
    String location();
}
