package dev.escalation.embedded;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    @Test
    void startsARealBrokerThatCreatesTopics() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
             Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("probe", 3, (short) 1))).all().get();
            // a created topic reaches the broker's metadata a moment later
            await().atMost(Duration.ofSeconds(30)).until(() -> admin.listTopics().names().get(), names -> names.contains("probe"));
            assertEquals(3, admin.describeTopics(List.of("probe")).allTopicNames().get().get("probe").partitions().size());
        }
    }

    @Test
    void aPortInUseIsAOneLineError() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("localhost", 0));
            EmbeddedKafkaException e = assertThrows(EmbeddedKafkaException.class,
                    () -> EmbeddedKafka.start(taken.getLocalPort(), Duration.ofSeconds(30)));
            assertEquals("Kafka port " + taken.getLocalPort() + " on localhost is already in use", e.getMessage());
        }
    }

    @Test
    void listensOnTheFixedPortAskedFor() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(port, Duration.ofSeconds(60));
             Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", "localhost:" + port))) {
            assertEquals("localhost:" + port, kafka.bootstrapServers());
            assertEquals(1, admin.describeCluster().nodes().get().size());
        }
    }
}
