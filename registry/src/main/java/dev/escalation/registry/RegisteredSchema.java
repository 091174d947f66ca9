package dev.escalation.registry;

import org.apache.avro.Schema;

/** One version of a subject: what the registry answers for a subject/version or a lookup. */
public record RegisteredSchema(String subject, int version, int id, Schema schema) {}
