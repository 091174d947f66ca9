package dev.escalation.embedded;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The secured broker: TLS with a CA made in the test, SCRAM-SHA-512 logins, ACLs enforced. One broker for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecuredEmbeddedKafkaTest {

    private EmbeddedKafka kafka;
    private Admin admin;

    @BeforeAll
    void start(@TempDir Path folder) {
        Certificates certificates = Certificates.create(folder);
        kafka = EmbeddedKafka.startSecured(BrokerSecurity.of(certificates, Map.of("alice", "alice-secret", "bob", "bob-secret")));
        admin = Admin.create(kafka.clientConfig());
    }

    @AfterAll
    void stop() {
        if (admin != null) admin.close();
        if (kafka != null) kafka.close();
    }

    @Test
    void theSuperUserCreatesTopicsOverSaslSsl() throws Exception {
        assertEquals("SASL_SSL", kafka.clientConfig().get("security.protocol"));
        admin.createTopics(List.of(new NewTopic("admin-made", 2, (short) 1))).all().get();
        assertTrue(admin.listTopics().names().get().contains("admin-made"));
    }

    @Test
    void aWrongPasswordIsRefusedAtLogin() {
        try (Admin wrong = Admin.create(withTimeouts(kafka.clientConfig("alice", "not-her-password")))) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> wrong.listTopics().names().get());
            assertInstanceOf(SaslAuthenticationException.class, e.getCause(), e.toString());
        }
    }

    @Test
    void aClientThatDoesNotTrustTheCaCannotConnect() {
        Map<String, Object> untrusting = new HashMap<>(kafka.clientConfig("alice", "alice-secret"));
        untrusting.keySet().removeIf(k -> k.startsWith("ssl.truststore"));
        try (Admin admin = Admin.create(withTimeouts(untrusting))) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> admin.listTopics().names().get());
            assertTrue(e.getCause().toString().contains("SSL"), e.getCause().toString());
        }
    }

    @Test
    void aUserWritesOnlyWhereAnAclAllowsIt() throws Exception {
        admin.createTopics(List.of(new NewTopic("bob-out", 1, (short) 1), new NewTopic("bob-forbidden", 1, (short) 1))).all().get();
        admin.createAcls(List.of(new AclBinding(new ResourcePattern(ResourceType.TOPIC, "bob-out", PatternType.LITERAL),
                new AccessControlEntry("User:bob", "*", AclOperation.WRITE, AclPermissionType.ALLOW)))).all().get();
        Map<String, Object> producerConfig = withTimeouts(kafka.clientConfig("bob", "bob-secret"));
        producerConfig.put("max.block.ms", 10_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                    .until(() -> producer.send(new ProducerRecord<>("bob-out", "k", "v")).get() != null);
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> producer.send(new ProducerRecord<>("bob-forbidden", "k", "v")).get());
            assertInstanceOf(TopicAuthorizationException.class, refused.getCause(), refused.toString());
        }
    }

    private static Map<String, Object> withTimeouts(Map<String, Object> config) {
        Map<String, Object> copy = new HashMap<>(config);
        copy.put("request.timeout.ms", 10_000);
        copy.put("default.api.timeout.ms", 15_000);
        return copy;
    }
}
