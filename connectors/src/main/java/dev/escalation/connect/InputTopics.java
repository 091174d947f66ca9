package dev.escalation.connect;

import dev.escalation.config.EngineConfig;
import dev.escalation.feeds.FeedRecord;
import dev.escalation.records.Article;
import dev.escalation.records.Incident;
import dev.escalation.registry.AvroSerde;
import dev.escalation.registry.SchemaRegistry;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * The engine's input topics as a source writes them, exactly as {@code ./escalation replay} does:
 * articles and incidents as Avro in the Confluent wire format (already encoded, so the worker's
 * value converter is the ByteArrayConverter), keyed as the engine keys them (incidents by region),
 * stamped with their event time.
 */
public final class InputTopics {

    private final EngineConfig engine;
    private final String articles;
    private final String incidents;
    private final AvroSerde<Article> articleSerde;
    private final AvroSerde<Incident> incidentSerde;

    public InputTopics(EngineConfig engine, String articles, String incidents, SchemaRegistry registry) {
        this.engine = engine;
        this.articles = articles;
        this.incidents = incidents;
        this.articleSerde = new AvroSerde<>(Article.class, registry);
        this.incidentSerde = new AvroSerde<>(Incident.class, registry);
    }

    /** The source record of {@code record}, carrying {@code partition} and {@code offset} for Connect's offset store. */
    public SourceRecord record(Map<String, ?> partition, Map<String, ?> offset, FeedRecord record) {
        String topic;
        byte[] value;
        if (record.value() instanceof Incident incident) {
            topic = incidents;
            value = incidentSerde.serialize(topic, incident);
        } else {
            topic = articles;
            value = articleSerde.serialize(topic, (Article) record.value());
        }
        return new SourceRecord(partition, offset, topic, null, Schema.STRING_SCHEMA, record.key(engine), Schema.BYTES_SCHEMA, value,
                record.timestamp());
    }
}
