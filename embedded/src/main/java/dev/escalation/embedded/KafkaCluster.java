package dev.escalation.embedded;

import java.util.Map;

/** A running Kafka cluster the engine, the demo or a test can talk to: in-process, or in a container. */
public interface KafkaCluster extends AutoCloseable {

    String bootstrapServers();

    /** Client settings (bootstrap servers plus any security settings) for producers, consumers and Streams. */
    Map<String, Object> clientConfig();

    @Override
    void close();
}
