package dev.escalation.registry;

import org.apache.avro.Schema;

/**
 * A schema registry inside this process, with the same rules and ids as {@link RegistryServer} but
 * nothing persisted: for running the engine's topology with no broker (backtests, topology tests).
 */
public final class LocalSchemaRegistry implements SchemaRegistry {

    private final SchemaStore store = new SchemaStore(SchemaLog.NONE);

    @Override
    public synchronized int register(String subject, Schema schema) {
        return store.register(subject, schema);
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, Schema schema) {
        SchemaStore.Entry entry = store.lookup(subject, schema, false);
        return new RegisteredSchema(entry.subject(), entry.version(), entry.id(), entry.schema());
    }

    @Override
    public synchronized Schema schemaById(int id) {
        return store.schema(id);
    }

    @Override
    public String location() {
        return "the in-process registry";
    }
}
