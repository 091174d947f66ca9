package dev.escalation.topology;

import dev.escalation.config.EngineConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The one opinionated base configuration of the engine's Kafka Streams application. */
public final class StreamsSettings {

    public static final String DEFAULT_APPLICATION_ID = "escalation-engine";
    /**
     * How many partitions the incidents topic has: the escalation stage hears from each before it
     * takes an incident ({@link Watermarks}). The engine reads it from the topic; one when absent.
     */
    public static final String INCIDENT_PARTITIONS = "escalation.incidents.partitions";

    private StreamsSettings() {}

    /**
     * @param client bootstrap servers and any client security settings
     * @param overrides extra Streams settings (state dir, commit interval, ...), applied last
     */
    public static Map<String, Object> of(EngineConfig config, Map<String, ?> client, Map<String, ?> overrides) {
        Map<String, Object> p = new HashMap<>(client);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");
        // Bad records never stop the engine: deserialization failures and business rejects
        // (RejectedRecord) go to the dead-letter topic with the reason and the original bytes (KIP-1034).
        // A record that cannot be read only because the schema registry is out is not bad: read again.
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, config.topics().deadLetters());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, UnreadableRecordHandler.class);
        // Not inside the escalation stage: a record it half took would be committed (JournalSafeProcessingHandler).
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, JournalSafeProcessingHandler.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, OversizedRecordHandler.class);
        // A failed stream thread is replaced (a registry outage, a send the broker refused), and its
        // member does not leave the group: its tasks move to the replacement only when its session
        // expires. 10 s instead of 45 s: the engine resumes within seconds of the registry's return.
        p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        // Internal topics are named explicitly in the topology; refuse generated names so they never drift.
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        p.putAll(overrides);
        return p;
    }

    static int incidentPartitions(Map<String, Object> settings) {
        Object value = settings.get(INCIDENT_PARTITIONS);
        return value == null ? 1 : Integer.parseInt(value.toString());
    }
}
