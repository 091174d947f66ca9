package dev.escalation.topology;

import dev.escalation.config.EngineConfig;
import dev.escalation.records.Article;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Incident;
import dev.escalation.records.RegionState;
import dev.escalation.registry.AvroSerde;
import dev.escalation.registry.SchemaRegistry;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The typed registry of the engine's topics: names from config, values in Avro with the Confluent
 * wire format through the schema registry, keys as plain strings (region or record id).
 */
public record Topics(Topic<String, Article> articles, Topic<String, Incident> incidents,
                     Topic<String, EscalationAlert> alerts, Topic<byte[], byte[]> deadLetters, Topic<String, String> config,
                     Serde<Incident> incidentSerde, Serde<RegionState> regionStateSerde) {

    /** The config topic's one key: the engine's whole configuration is the YAML text under it (what {@code config apply} publishes). */
    public static final String CONFIG_KEY = "engine";

    public static Topics create(EngineConfig.TopicNames names, SchemaRegistry registry) {
        Serde<String> key = Serdes.String();
        Serde<Incident> incidents = new AvroSerde<>(Incident.class, registry);
        return new Topics(
                new Topic<>(names.articles(), key, new AvroSerde<>(Article.class, registry)),
                new Topic<>(names.incidents(), key, incidents),
                new Topic<>(names.alerts(), key, new AvroSerde<>(EscalationAlert.class, registry)),
                new Topic<>(names.deadLetters(), Serdes.ByteArray(), Serdes.ByteArray()),
                // Operator thresholds travel as the YAML text they were written in, validated on both ends.
                new Topic<>(names.config(), key, Serdes.String()),
                incidents,
                new AvroSerde<>(RegionState.class, registry));
    }

    /** The record topics the engine reads or writes (the config topic is compacted and made apart). */
    public List<Topic<?, ?>> records() {
        return List.of(articles, incidents, alerts, deadLetters);
    }
}
