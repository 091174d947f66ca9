package dev.escalation.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real KRaft cluster of several nodes (each a combined broker and controller) on localhost,
 * each node in a JVM of its own, so that a node can be killed as a machine dies: {@link #kill(int)}
 * is {@code kill -9}, no controlled shutdown, no flush. With three nodes or more, every topic the
 * brokers create by default and every internal topic has three replicas, two of them in sync
 * (see {@link EmbeddedKafka}): one node down keeps the cluster writing.
 */
public final class ProcessKafkaCluster implements KafkaCluster {

    /** What a node prints on its standard output once it answers clients. */
    static final String READY = "kafka node ready";

    private final Map<Integer, Process> nodes;
    private final Map<Integer, Integer> clientPorts;
    private final Path dir;

    private ProcessKafkaCluster(Map<Integer, Process> nodes, Map<Integer, Integer> clientPorts, Path dir) {
        this.nodes = nodes;
        this.clientPorts = clientPorts;
        this.dir = dir;
    }

    /**
     * Starts {@code count} nodes (ids 1 to count), each {@code java -cp classPath} with this class's
     * main, their logs and data under {@code dir}, and waits until every one is in the cluster.
     *
     * @param jvmOptions options of each node's JVM (heap, collector)
     * @throws EmbeddedKafkaException when a node dies or the cluster is not whole within {@code timeout}
     */
    public static ProcessKafkaCluster start(int count, String classPath, List<String> jvmOptions, Path dir, Duration timeout) {
        String clusterId = Uuid.randomUuid().toString();
        Map<Integer, Integer> clientPorts = new LinkedHashMap<>();
        Map<Integer, Integer> controllerPorts = new LinkedHashMap<>();
        for (int id = 1; id <= count; id++) {
            clientPorts.put(id, EmbeddedKafka.freePort());
            controllerPorts.put(id, EmbeddedKafka.freePort());
        }
        String voters = controllerPorts.entrySet().stream().map(e -> e.getKey() + "@localhost:" + e.getValue())
                .collect(Collectors.joining(","));
        Map<Integer, Process> nodes = new LinkedHashMap<>();
        ProcessKafkaCluster cluster = new ProcessKafkaCluster(nodes, clientPorts, dir);
        // Nodes outlive a JVM that exits without closing the cluster (a test killed by its build): take them down with it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> nodes.values().forEach(Process::destroyForcibly), "kafka-nodes-stop"));
        try {
            for (int id = 1; id <= count; id++) {
                Path nodeDir = Files.createDirectories(dir.resolve("node-" + id));
                deleteTree(nodeDir.resolve("data")); // left by a run that was killed before it could close
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(jvmOptions);
                command.addAll(List.of("-cp", classPath, ProcessKafkaCluster.class.getName(), String.valueOf(id), voters,
                        String.valueOf(clientPorts.get(id)), String.valueOf(controllerPorts.get(id)), clusterId,
                        nodeDir.resolve("data").toString()));
                nodes.put(id, new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(nodeDir.resolve("node.log").toFile()).start());
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            for (int id = 1; id <= count; id++) {
                Path log = dir.resolve("node-" + id).resolve("node.log");
                while (!Files.readString(log).contains(READY)) {
                    if (!nodes.get(id).isAlive()) {
                        throw new EmbeddedKafkaException("Kafka node " + id + " died while starting: " + tail(log));
                    }
                    if (System.nanoTime() > deadline) {
                        throw new EmbeddedKafkaException("Kafka node " + id + " did not start within " + timeout.toSeconds() + " s: " + tail(log));
                    }
                    nodes.get(id).waitFor(50, TimeUnit.MILLISECONDS);
                }
            }
            try (Admin admin = Admin.create(cluster.clientConfig())) {
                while (admin.describeCluster().nodes().get().size() < count) {
                    if (System.nanoTime() > deadline) {
                        throw new EmbeddedKafkaException("the Kafka cluster did not have its " + count + " nodes within " + timeout.toSeconds() + " s");
                    }
                    Thread.onSpinWait();
                }
            }
            return cluster;
        } catch (IOException e) {
            cluster.close();
            throw new EmbeddedKafkaException("cannot start a Kafka node: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cluster.close();
            throw new EmbeddedKafkaException("interrupted while the Kafka cluster was starting");
        } catch (Exception e) {
            cluster.close();
            throw e instanceof EmbeddedKafkaException k ? k : new EmbeddedKafkaException("the Kafka cluster failed to start: " + e, e);
        }
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 2000));
    }

    /** Kills node {@code id} at once (SIGKILL) and waits until its process is gone. */
    public void kill(int id) {
        Process node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("no Kafka node " + id);
        }
        try {
            node.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The node ids, 1 to the node count. */
    public List<Integer> nodeIds() {
        return List.copyOf(nodes.keySet());
    }

    /** Where node {@code id}'s output goes. */
    public Path log(int id) {
        return dir.resolve("node-" + id).resolve("node.log");
    }

    @Override
    public String bootstrapServers() {
        return clientPorts.values().stream().map(p -> "localhost:" + p).collect(Collectors.joining(","));
    }

    @Override
    public Map<String, Object> clientConfig() {
        return Map.of("bootstrap.servers", bootstrapServers());
    }

    /** Kills every node; their logs stay under the folder given to {@link #start}, their data is deleted. */
    @Override
    public void close() {
        nodes.values().forEach(Process::destroyForcibly);
        for (Process node : nodes.values()) {
            try {
                node.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Integer id : nodes.keySet()) {
            deleteTree(dir.resolve("node-" + id).resolve("data"));
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // Already gone, or a file the next build's clean removes.
        }
    }

    /**
     * One node: {@code NODE_ID VOTERS CLIENT_PORT CONTROLLER_PORT CLUSTER_ID DATA_DIR}. Formats its
     * folder, starts, says {@value #READY} once it answers, and runs until its process is killed.
     */
    public static void main(String[] args) throws Exception {
        int nodeId = Integer.parseInt(args[0]);
        String voters = args[1];
        int clientPort = Integer.parseInt(args[2]);
        int controllerPort = Integer.parseInt(args[3]);
        String clusterId = args[4];
        Path data = Files.createDirectories(Path.of(args[5]));
        Properties properties = EmbeddedKafka.brokerProperties(nodeId, voters, clientPort, controllerPort, data);
        EmbeddedKafka.format(clusterId, nodeId, data);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.startup();
        EmbeddedKafka.awaitReady(clientPort);
        System.out.println(READY + ": node " + nodeId + " on localhost:" + clientPort);
        System.out.flush();
        server.awaitShutdown();
    }
}
