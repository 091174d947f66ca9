package dev.escalation.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BiConsumer;

/** Where a {@link SchemaStore} keeps its changes, as JSON key/value records in Confluent's {@code _schemas} shapes. */
interface SchemaLog {

    /** Feeds every stored record, oldest first, to {@code apply}. */
    void replay(BiConsumer<JsonNode, JsonNode> apply);

    /** Appends a record; a null value is a tombstone. */
    void write(JsonNode key, JsonNode value);

    /** A log that keeps nothing: the store's memory is all there is (backtests, tests with no broker). */
    SchemaLog NONE = new SchemaLog() {
        @Override
        public void replay(BiConsumer<JsonNode, JsonNode> apply) {}

        @Override
        public void write(JsonNode key, JsonNode value) {}
    };
}
