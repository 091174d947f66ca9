package dev.escalation.runtime;

import dev.escalation.topology.Topics;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes a configuration to the compacted config topic, where running engines pick it up without a restart. */
public final class ConfigPublisher {
    private ConfigPublisher() {}

    /**
     * Sends {@code yaml} under {@link Topics#CONFIG_KEY} to {@code topic} and waits until the broker has it.
     *
     * @throws EngineException when the broker refuses it, or the wait is interrupted
     */
    public static void publish(Map<String, Object> client, String topic, String yaml) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, Topics.CONFIG_KEY, yaml)).get();
        } catch (ExecutionException e) {
            throw new EngineException("cannot publish to " + topic + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted");
        }
    }
}
