package dev.escalation.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.embedded.BrokerSecurity;
import dev.escalation.embedded.Certificates;
import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.records.Incident;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded registry with HTTP basic auth over HTTPS, keeping its schemas on a TLS + SCRAM
 * broker with ACLs as a principal allowed only its own topic; the client with Confluent's
 * {@code basic.auth.*} and {@code schema.registry.ssl.*} settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecuredRegistryTest {

    private Certificates certificates;
    private EmbeddedKafka kafka;
    private RegistryServer server;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        certificates = Certificates.create(folder);
        kafka = EmbeddedKafka.startSecured(BrokerSecurity.of(certificates, Map.of("registry", "registry-secret")));
        try (Admin admin = Admin.create(kafka.clientConfig())) {
            ResourcePattern topic = new ResourcePattern(ResourceType.TOPIC, RegistryServer.DEFAULT_TOPIC, PatternType.LITERAL);
            admin.createAcls(List.of(AclOperation.CREATE, AclOperation.READ, AclOperation.WRITE).stream()
                    .map(op -> new AclBinding(topic, new AccessControlEntry("User:registry", "*", op, AclPermissionType.ALLOW)))
                    .toList()).all().get();
        }
        server = RegistryServer.start(kafka.clientConfig("registry", "registry-secret"), 0, RegistryServer.DEFAULT_TOPIC,
                RegistryServer.Security.basicAuth(Map.of("engine", "engine-secret", "ops", "ops-secret"))
                        .withTls(certificates.keystore(), certificates.password()));
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
        if (kafka != null) kafka.close();
    }

    private Map<String, Object> trusting() {
        Map<String, Object> config = new HashMap<>();
        config.put(SchemaRegistryClient.URL_CONFIG, server.url());
        config.put(SchemaRegistryClient.SSL_TRUSTSTORE_LOCATION_CONFIG, certificates.truststore().toString());
        config.put(SchemaRegistryClient.SSL_TRUSTSTORE_PASSWORD_CONFIG, certificates.password());
        config.put(SchemaRegistryClient.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12");
        config.put(SchemaRegistryClient.MAX_RETRIES_CONFIG, "0");
        return config;
    }

    @Test
    void aClientWithTheLoginAndTheCaRegistersAndReadsSchemasOverHttps() {
        assertTrue(server.url().startsWith("https://localhost:"), server.url());
        Map<String, Object> config = trusting();
        config.put(SchemaRegistryClient.BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG, "USER_INFO");
        config.put(SchemaRegistryClient.BASIC_AUTH_USER_INFO_CONFIG, "engine:engine-secret");
        SchemaRegistryClient client = new SchemaRegistryClient(config);
        int id = client.register("secured-value", Incident.getClassSchema());

        SchemaRegistryClient other = new SchemaRegistryClient(config);
        assertEquals(Incident.getClassSchema(), other.schemaById(id));
        assertEquals(List.of(1), other.versions("secured-value"));
    }

    @Test
    void theLoginMayComeFromTheUrl() {
        Map<String, Object> config = trusting();
        config.put(SchemaRegistryClient.URL_CONFIG, server.url().replace("https://", "https://ops:ops-secret@"));
        config.put(SchemaRegistryClient.BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG, "URL");
        SchemaRegistryClient client = new SchemaRegistryClient(config);
        assertFalse(client.location().contains("ops-secret"), "the password is not shown: " + client.location());
        assertTrue(client.subjects() != null);
    }

    @Test
    void noLoginOrAWrongPasswordIsRefusedWith401AndSaysWhatToSet() {
        SchemaRegistryException none = assertThrows(SchemaRegistryException.class, () -> new SchemaRegistryClient(trusting()).subjects());
        assertEquals(401, none.status());
        assertTrue(none.getMessage().contains("basic.auth.user.info"), none.getMessage());
        assertFalse(none.outage(), "a refusal is not retried as an outage");

        Map<String, Object> wrong = trusting();
        wrong.put(SchemaRegistryClient.BASIC_AUTH_USER_INFO_CONFIG, "engine:guess");
        SchemaRegistryException refused = assertThrows(SchemaRegistryException.class,
                () -> new SchemaRegistryClient(wrong).register("refused-value", Incident.getClassSchema()));
        assertEquals(401, refused.status());
    }

    @Test
    void aClientThatDoesNotTrustTheRegistryCaFailsAtOnceNamingTheTruststore() {
        Map<String, Object> config = new HashMap<>(Map.of(SchemaRegistryClient.URL_CONFIG, server.url(),
                SchemaRegistryClient.BASIC_AUTH_USER_INFO_CONFIG, "engine:engine-secret"));
        SchemaRegistryClient client = new SchemaRegistryClient(config);
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, client::subjects);
        assertTrue(e.getMessage().contains(SchemaRegistryClient.SSL_TRUSTSTORE_LOCATION_CONFIG), e.getMessage());
        assertEquals(1, client.requests(), "not retried");
    }

    @Test
    void anUnsupportedCredentialsSourceIsRefusedWhenTheClientIsMade() {
        Map<String, Object> config = trusting();
        config.put(SchemaRegistryClient.BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG, "SASL_INHERIT");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SchemaRegistryClient(config));
        assertTrue(e.getMessage().contains("USER_INFO"), e.getMessage());
    }
}
