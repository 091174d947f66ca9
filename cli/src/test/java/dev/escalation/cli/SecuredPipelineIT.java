package dev.escalation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.config.EngineConfig;
import dev.escalation.embedded.BrokerSecurity;
import dev.escalation.embedded.Certificates;
import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.registry.RegistryServer;
import dev.escalation.registry.SchemaRegistryClient;
import dev.escalation.runtime.Engine;
import dev.escalation.runtime.EngineAccess;
import dev.escalation.runtime.EngineException;
import dev.escalation.runtime.EngineSettings;
import dev.escalation.topology.StreamsSettings;
import dev.escalation.topology.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine on a secured cluster, least privilege: one broker with TLS (a CA made in the test),
 * SCRAM-SHA-512 logins and ACLs on; the registry with basic auth over HTTPS. Each role has only
 * the ACLs README lists ({@link EngineAccess}) and reaches both through one {@code --client-config}
 * file: {@code replay} as the feeder, the engine as its own principal, {@code alerts} as a reader.
 * A principal without the engine's ACLs is refused, naming what it lacks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecuredPipelineIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    /** Under these thresholds one rocket attack (weight 2) is an ELEVATED alert. */
    private static final String YAML = "version: secured-1\nescalation:\n  levels:\n    elevated: 2\n    high: 30\n";

    private Path dir;
    private EngineConfig config;
    private Certificates certificates;
    private EmbeddedKafka kafka;
    private RegistryServer registry;
    private final Map<String, String> passwords = new LinkedHashMap<>();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        this.dir = dir;
        config = EngineOptions.loadConfig(Files.writeString(dir.resolve("engine.yaml"), YAML));
        for (String user : List.of("engine", "feeder", "reader", "stranger", "registry")) {
            passwords.put(user, user + "-" + Long.toHexString(System.nanoTime()));
        }
        List<EngineAccess.Grant> engineGrants = EngineAccess.engine(config.topics(), StreamsSettings.DEFAULT_APPLICATION_ID);
        for (int i = 0; i < engineGrants.size(); i++) {
            passwords.put("lacks" + i, "lacks-" + i);
        }
        certificates = Certificates.create(dir);
        kafka = EmbeddedKafka.startSecured(BrokerSecurity.of(certificates, passwords));
        String app = StreamsSettings.DEFAULT_APPLICATION_ID;
        List<AclBinding> acls = new ArrayList<>();
        acls.addAll(EngineAccess.bindings("User:engine", EngineAccess.engine(config.topics(), app)));
        acls.addAll(EngineAccess.bindings("User:feeder", EngineAccess.feeder(config.topics())));
        acls.addAll(EngineAccess.bindings("User:reader", EngineAccess.alertsReader(config.topics())));
        // User lacksN has every ACL of the engine but the Nth.
        for (int i = 0; i < engineGrants.size(); i++) {
            List<EngineAccess.Grant> allBut = new ArrayList<>(engineGrants);
            allBut.remove(i);
            acls.addAll(EngineAccess.bindings("User:lacks" + i, allBut));
        }
        ResourcePattern schemas = new ResourcePattern(ResourceType.TOPIC, RegistryServer.DEFAULT_TOPIC, PatternType.LITERAL);
        for (AclOperation op : List.of(AclOperation.CREATE, AclOperation.READ, AclOperation.WRITE)) {
            acls.add(new AclBinding(schemas, new AccessControlEntry("User:registry", "*", op, AclPermissionType.ALLOW)));
        }
        try (Admin admin = Admin.create(kafka.clientConfig())) {
            admin.createAcls(acls).all().get();
        }
        // The operator makes the topics; the engine may not.
        Engine.createTopics(Topics.create(config.topics(), new SchemaRegistryClient("http://unused")), kafka.clientConfig(), 1, 1);
        registry = RegistryServer.start(kafka.clientConfig("registry", passwords.get("registry")), 0, RegistryServer.DEFAULT_TOPIC,
                RegistryServer.Security.basicAuth(Map.of("engine", "r-engine", "feeder", "r-feeder", "reader", "r-reader"))
                        .withTls(certificates.keystore(), certificates.password()));
    }

    @AfterAll
    void stop() {
        if (registry != null) registry.close();
        if (kafka != null) kafka.close();
    }

    /** The --client-config file of {@code user}: Kafka's SASL_SSL settings and the registry's login and truststore. */
    private Path clientConfig(String user) {
        Properties p = new Properties();
        kafka.clientConfig(user, passwords.get(user)).forEach((k, v) -> p.setProperty(k, v.toString()));
        p.remove("bootstrap.servers");
        p.setProperty("basic.auth.credentials.source", "USER_INFO");
        p.setProperty("basic.auth.user.info", user + ":r-" + user);
        p.setProperty("schema.registry.ssl.truststore.location", certificates.truststore().toString());
        p.setProperty("schema.registry.ssl.truststore.password", certificates.password());
        p.setProperty("schema.registry.ssl.truststore.type", "PKCS12");
        Path file = dir.resolve(user + ".properties");
        try (Writer out = Files.newBufferedWriter(file)) {
            p.store(out, user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** What {@code run --client-config FILE} starts. */
    private Engine startEngineAs(String user, Path stateDir) {
        ClusterOptions cluster = new ClusterOptions();
        cluster.bootstrapServers = kafka.bootstrapServers();
        cluster.registryUrl = registry.url();
        cluster.clientConfig = clientConfig(user);
        return Engine.start(config, Topics.create(config.topics(), cluster.registry()), EngineSettings.of(cluster.client())
                .withStreams(Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString())).withPartitions(1, 1).withTimeout(TIMEOUT));
    }

    /** First: the others find the internal topics it made, as an engine restarted on a secured cluster does. */
    @Test
    @Order(1)
    void theEngineRunsWithOnlyItsAclsAndEachToolWithOnlyItsOwn(@TempDir Path stateDir) throws Exception {
        Path incidents = Files.writeString(dir.resolve("incidents.jsonl"),
                "{\"id\": \"r1\", \"eventType\": \"ROCKET_ATTACK\", \"eventDate\": \"2024-03-01\", \"countryCode\": \"SY\","
                        + " \"actorSide\": \"IRAN_AXIS\", \"targetSide\": \"US\"}\n");
        try (Engine engine = startEngineAs("engine", stateDir)) {
            Output replayed = run("replay", incidents.toString(), "--format", "incidents", "--bootstrap-servers", kafka.bootstrapServers(),
                    "--schema-registry-url", registry.url(), "--client-config", clientConfig("feeder").toString(),
                    "--partitions", "1", "--config", dir.resolve("engine.yaml").toString());
            assertEquals(0, replayed.status, replayed.err);

            Output watched = run("alerts", "--bootstrap-servers", kafka.bootstrapServers(), "--schema-registry-url", registry.url(),
                    "--client-config", clientConfig("reader").toString(), "--from-beginning", "--region", "SY", "--min-level", "1",
                    "--max", "1", "--timeout", "60s");
            assertEquals(0, watched.status, watched.err);
            List<String> lines = watched.out.lines().toList();
            assertEquals(2, lines.size(), watched.out + watched.err);
            assertTrue(lines.get(1).matches("2024-03-01 00:00Z\\s+SY\\s+1 ELEVATED\\s+.*"), lines.get(1));
        }
    }

    @Test
    @Order(2)
    void runAsAPrincipalWithoutTheEnginesAclsIsRefusedNamingWhatItLacks(@TempDir Path stateDir) {
        Output refused = assertTimeoutPreemptively(TIMEOUT, () -> run("run", "--bootstrap-servers", kafka.bootstrapServers(),
                "--schema-registry-url", registry.url(), "--client-config", clientConfig("stranger").toString(),
                "--state-dir", stateDir.toString(), "--partitions", "1", "--config", dir.resolve("engine.yaml").toString()));
        assertNotEquals(0, refused.status, refused.out);
        String message = refused.err;
        assertTrue(message.contains("User:stranger"), message);
        assertTrue(message.contains("READ on topic articles") && message.contains("WRITE on topic escalation-alerts")
                && message.contains("READ on group escalation-engine"), message);
        assertTrue(message.contains("README"), message);
    }

    /** Every ACL README lists is needed: without any one of them the engine is refused, before it starts or once it runs. */
    @ParameterizedTest(name = "without {1}")
    @Order(3)
    @MethodSource("engineGrants")
    void everyOneOfTheEnginesAclsIsNeeded(int index, String grant, @TempDir Path stateDir) {
        EngineException e = assertThrows(EngineException.class, () -> startEngineAs("lacks" + index, stateDir).close());
        assertTrue(e.getMessage().contains("User:lacks" + index + " is not allowed what the engine needs"), e.getMessage());
    }

    List<Arguments> engineGrants() {
        List<EngineAccess.Grant> grants = EngineAccess.engine(EngineConfig.defaults().topics(), StreamsSettings.DEFAULT_APPLICATION_ID);
        List<Arguments> arguments = new ArrayList<>();
        for (int i = 0; i < grants.size(); i++) {
            arguments.add(Arguments.of(i, grants.get(i).toString()));
        }
        return arguments;
    }

    private record Output(int status, String out, String err) {}

    private static Output run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Escalation.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Output(status, out.toString(), err.toString());
    }
}
