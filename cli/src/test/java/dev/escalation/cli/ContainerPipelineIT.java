package dev.escalation.cli;

import dev.escalation.embedded.KafkaCluster;
import java.util.Map;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The same pipeline on Apache Kafka's own image, where a Docker engine exists; skipped cleanly elsewhere. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerPipelineIT extends PipelineIT {

    static final String IMAGE = "apache/kafka:4.3.1";

    @Override
    KafkaCluster startKafka() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        container.start();
        return new KafkaCluster() {
            @Override
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            @Override
            public Map<String, Object> clientConfig() {
                return Map.of("bootstrap.servers", bootstrapServers());
            }

            @Override
            public void close() {
                container.stop();
            }
        };
    }
}
