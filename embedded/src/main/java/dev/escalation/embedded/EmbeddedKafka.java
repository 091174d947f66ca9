package dev.escalation.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Apache Kafka broker (KRaft, one combined broker and controller) running in this JVM,
 * with its log in a temporary folder deleted on close. The demo and the integration tests use it
 * because our machines have no Docker engine.
 */
public final class EmbeddedKafka implements KafkaCluster {

    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final Path logDir;
    private final int port;
    private final BrokerSecurity security;

    private EmbeddedKafka(KafkaRaftServer server, Path logDir, int port, BrokerSecurity security) {
        this.server = server;
        this.logDir = logDir;
        this.port = port;
        this.security = security;
    }

    /** Starts one broker on any free port. */
    public static EmbeddedKafka start() {
        return start(0, Duration.ofSeconds(60));
    }

    /**
     * Starts one broker and waits until it answers clients.
     *
     * @param port the client port on localhost, or 0 for any free port
     * @throws EmbeddedKafkaException with a one-line reason when the port is taken or the broker
     *     does not come up within {@code timeout}
     */
    /** How long a broker that did not start in time is given to stop before it is left behind. */
    private static final Duration STOP_AFTER_FAILED_START = Duration.ofSeconds(5);

    public static EmbeddedKafka start(int port, Duration timeout) {
        return start(port, timeout, null);
    }

    /**
     * Starts one secured broker on any free port: SASL_SSL with SCRAM-SHA-512 for clients, ACLs on
     * (see {@link BrokerSecurity}). {@link #clientConfig()} is then the super user's.
     */
    public static EmbeddedKafka startSecured(BrokerSecurity security) {
        return start(0, Duration.ofSeconds(60), security);
    }

    private static EmbeddedKafka start(int port, Duration timeout, BrokerSecurity security) {
        int clientPort = port == 0 ? freePort() : requireFree(port);
        int controllerPort = freePort();
        Path logDir = createLogDir();
        KafkaRaftServer server = null;
        // Start-up blocks in places; run it on a thread so a stuck start times out instead of hanging.
        // never interrupted: a broker interrupted in its start reads ClosedByInterruptException as a fatal
        // fault and halts the whole process (ShutdownIT's demo --timeout 1s); a daemon, so it holds no exit
        ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "embedded-kafka-start");
            t.setDaemon(true);
            return t;
        });
        try {
            Properties properties = brokerProperties(clientPort, controllerPort, logDir);
            if (security != null) {
                secure(properties, clientPort, controllerPort, security);
            }
            KafkaConfig config = KafkaConfig.fromProps(properties, false);
            format(logDir, security);
            server = new KafkaRaftServer(config, Time.SYSTEM);
            KafkaRaftServer starting = server;
            Future<?> startup = starter.submit(() -> {
                starting.startup();
                awaitReady(clientConfig(clientPort, security));
                return null;
            });
            startup.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new EmbeddedKafka(server, logDir, clientPort, security);
        } catch (TimeoutException e) {
            // A broker stopped in the middle of its start may wait a minute on parts that never
            // started (the demo's --timeout 1s took 63 s): give it a few seconds, then leave it to
            // the process's exit.
            starter.shutdown();
            // Stopping a broker in the middle of its start can meet a fatal fault (a metadata publisher
            // not yet installed), whose handler halts the whole JVM before the caller can say why it
            // gives up: from here the process's exit is the caller's, not the half-started broker's.
            Exit.setHaltProcedure((status, message) -> { });
            Exit.setExitProcedure((status, message) -> { });
            KafkaRaftServer halfStarted = server;
            Thread stopper = new Thread(() -> stop(halfStarted, logDir), "embedded-kafka-stop");
            stopper.setDaemon(true);
            stopper.start();
            try {
                stopper.join(STOP_AFTER_FAILED_START.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw new EmbeddedKafkaException("Kafka broker did not start within " + timeout.toSeconds() + " s");
        } catch (Exception e) {
            stop(server, logDir);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new EmbeddedKafkaException("Kafka broker failed to start: " + cause.getMessage(), cause);
        } finally {
            starter.shutdown();
        }
    }

    private static Properties brokerProperties(int clientPort, int controllerPort, Path logDir) {
        return brokerProperties(1, "1@localhost:" + controllerPort, clientPort, controllerPort, logDir);
    }

    /**
     * One combined broker and controller of a cluster whose controllers are {@code voters}
     * ({@code id@host:port,...}); replication as one node can give (one replica), or, for a
     * cluster of three or more, three replicas with two in sync for every internal topic and for the
     * topics created with the broker's default replication.
     */
    static Properties brokerProperties(int nodeId, String voters, int clientPort, int controllerPort, Path logDir) {
        int nodes = voters.split(",").length;
        String replicas = nodes >= 3 ? "3" : "1";
        String minIsr = nodes >= 3 ? "2" : "1";
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(nodeId));
        p.put("controller.quorum.voters", voters);
        p.put("listeners", "PLAINTEXT://localhost:" + clientPort + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + clientPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "1");
        // Internal topics (offsets, transactions) and default topics: one replica on one node, three (two in sync) on a cluster.
        p.put("offsets.topic.replication.factor", replicas);
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", replicas);
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", replicas);
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        p.put("default.replication.factor", replicas);
        p.put("min.insync.replicas", minIsr);
        if (nodes > 1) {
            // A node that dies is fenced, dropped from the in-sync replicas and replaced as leader
            // after 3 s without a heartbeat, not Kafka's 9 s.
            p.put("broker.heartbeat.interval.ms", "500");
            p.put("broker.session.timeout.ms", "3000");
        }
        p.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created by the engine with explicit partitions and cleanup policies.
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    /**
     * Clients (and the broker to itself) on SASL_SSL with SCRAM-SHA-512; the controller listener on
     * TLS with client certificates, the broker's own certificate its super user; ACLs enforced.
     */
    private static void secure(Properties p, int clientPort, int controllerPort, BrokerSecurity security) {
        Certificates certificates = security.certificates();
        p.put("listeners", "SASL_SSL://localhost:" + clientPort + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        p.put("advertised.listeners", "SASL_SSL://localhost:" + clientPort);
        p.put("listener.security.protocol.map", "SASL_SSL:SASL_SSL," + CONTROLLER_LISTENER + ":SSL");
        p.put("inter.broker.listener.name", "SASL_SSL");
        p.put("sasl.enabled.mechanisms", BrokerSecurity.MECHANISM);
        p.put("sasl.mechanism.inter.broker.protocol", BrokerSecurity.MECHANISM);
        p.put("listener.name.sasl_ssl." + BrokerSecurity.MECHANISM.toLowerCase() + ".sasl.jaas.config",
                BrokerSecurity.jaas(security.adminUser(), security.adminPassword()));
        p.put("ssl.keystore.location", certificates.keystore().toString());
        p.put("ssl.keystore.password", certificates.password());
        p.put("ssl.key.password", certificates.password());
        p.put("ssl.keystore.type", "PKCS12");
        p.put("ssl.truststore.location", certificates.truststore().toString());
        p.put("ssl.truststore.password", certificates.password());
        p.put("ssl.truststore.type", "PKCS12");
        p.put("listener.name." + CONTROLLER_LISTENER.toLowerCase() + ".ssl.client.auth", "required");
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("allow.everyone.if.no.acl.found", "false");
        p.put("super.users", "User:" + security.adminUser() + ";User:" + Certificates.SERVER_DN);
    }

    private static Map<String, Object> clientConfig(int clientPort, BrokerSecurity security) {
        Map<String, Object> config = new java.util.HashMap<>();
        if (security != null) {
            config.putAll(security.clientSecurity(security.adminUser(), security.adminPassword()));
        }
        config.put("bootstrap.servers", "localhost:" + clientPort);
        return Map.copyOf(config);
    }

    private static void format(Path logDir, BrokerSecurity security) throws Exception {
        format(Uuid.randomUuid().toString(), 1, logDir, security);
    }

    static void format(String clusterId, int nodeId, Path logDir) throws Exception {
        format(clusterId, nodeId, logDir, null);
    }

    private static void format(String clusterId, int nodeId, Path logDir, BrokerSecurity security) throws Exception {
        List<String> scram = security == null ? List.of() : security.allUsers().entrySet().stream()
                .map(u -> BrokerSecurity.MECHANISM + "=[name=" + u.getKey() + ",password=" + u.getValue() + "]").toList();
        new Formatter()
                .setScramArguments(scram)
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setClusterId(clusterId)
                .setNodeId(nodeId)
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.latestProduction())
                .run();
    }

    static void awaitReady(int clientPort) throws Exception {
        awaitReady(Map.of("bootstrap.servers", "localhost:" + clientPort));
    }

    private static void awaitReady(Map<String, Object> client) throws Exception {
        try (Admin admin = Admin.create(client)) {
            while (admin.describeCluster().nodes().get().isEmpty()) {
                Thread.onSpinWait();
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedKafkaException("no free port on localhost: " + e.getMessage(), e);
        }
    }

    private static int requireFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress("localhost", port));
            return port;
        } catch (IOException e) {
            throw new EmbeddedKafkaException("Kafka port " + port + " on localhost is already in use");
        }
    }

    private static Path createLogDir() {
        try {
            return Files.createTempDirectory("escalation-kafka-");
        } catch (IOException e) {
            throw new EmbeddedKafkaException("cannot create a Kafka log folder: " + e.getMessage(), e);
        }
    }

    private static void stop(KafkaRaftServer server, Path logDir) {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
        }
        try (Stream<Path> files = Files.walk(logDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A temp folder left behind is harmless; the broker itself is down.
        }
    }

    @Override
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public Map<String, Object> clientConfig() {
        return clientConfig(port, security);
    }

    /** The client settings of {@code user} on this secured broker: SASL_SSL, SCRAM-SHA-512, trusting the test CA. */
    public Map<String, Object> clientConfig(String user, String password) {
        if (security == null) {
            throw new IllegalStateException("this broker is not secured: it has no users");
        }
        Map<String, Object> config = new java.util.HashMap<>(security.clientSecurity(user, password));
        config.put("bootstrap.servers", bootstrapServers());
        return config;
    }

    /** How this broker is secured, or null when it is not (PLAINTEXT, no ACLs). */
    public BrokerSecurity security() {
        return security;
    }

    @Override
    public void close() {
        stop(server, logDir);
    }
}
