package dev.escalation.connect;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.escalation.connect.folder.FolderSourceConnector;
import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.records.Incident;
import dev.escalation.registry.AvroSerde;
import dev.escalation.registry.RegistryServer;
import dev.escalation.registry.SchemaRegistryClient;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin archive installed as the README says, in a Connect worker of its own: another JVM
 * whose class path has Connect but neither the plugin nor what only the plugin needs, with the
 * unzipped archive on its plugin.path (Connect's class-loader isolation).
 */
class PluginInstallIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Path ARCHIVE = Path.of("target", "escalation-connectors-" + Version.PLUGIN + "-plugin.zip");

    @Test
    void theArchiveInstallsOnAWorkersPluginPath(@TempDir Path dir) throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Set<String> jars = unzip(ARCHIVE, plugins);
        assertTrue(jars.contains("escalation-connectors/lib/escalation-connectors-" + Version.PLUGIN + ".jar"), jars.toString());
        assertTrue(jars.stream().noneMatch(j -> j.contains("kafka-clients") || j.contains("connect-api") || j.contains("slf4j")),
                "what the worker provides stays out: " + jars);

        Path folder = Files.createDirectories(dir.resolve("feeds"));
        Fixtures.put(folder, "incidents.jsonl", Fixtures.bytes("incidents.jsonl"));
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
             RegistryServer registry = RegistryServer.start(kafka.bootstrapServers(), 0);
             Admin admin = Admin.create(kafka.clientConfig())) {
            admin.createTopics(List.of(new NewTopic("installed-incidents", 1, (short) 1))).all().get();
            int port = freePort();
            Properties worker = new Properties();
            worker.putAll(ConnectWorker.properties(kafka.bootstrapServers(), dir.resolve("offsets.dat")));
            worker.put("listeners", "http://localhost:" + port);
            worker.put("plugin.path", plugins.toString());
            // Through META-INF/services only (and quicker than scanning every class).
            worker.put("plugin.discovery", "service_load");
            Path workerFile = dir.resolve("worker.properties");
            try (var out = Files.newOutputStream(workerFile)) {
                worker.store(out, null);
            }
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", workerClassPath(), "org.apache.kafka.connect.cli.ConnectStandalone", workerFile.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("worker.log").toFile()).start();
            try {
                ConnectRest rest = new ConnectRest("http://localhost:" + port);
                await().atMost(TIMEOUT).ignoreExceptions().until(() -> rest.get("/connector-plugins").isArray());
                Map<String, String> installed = StreamSupport.stream(rest.get("/connector-plugins").spliterator(), false)
                        .filter(p -> p.path("class").asText().startsWith("dev.escalation."))
                        .collect(Collectors.toMap(p -> p.path("class").asText().replaceAll(".*\\.", ""), p -> p.path("version").asText()));
                assertEquals(Map.of("FolderSourceConnector", Version.PLUGIN, "RssSourceConnector", Version.PLUGIN,
                        "GdeltSourceConnector", Version.PLUGIN, "AlertWebhookSinkConnector", Version.PLUGIN), installed);

                rest.createConnector("installed", Map.of("connector.class", FolderSourceConnector.class.getName(),
                        "folder", folder.toString(), "schema.registry.url", registry.url(), "incidents.topic", "installed-incidents"));

                await().atMost(TIMEOUT).until(() -> ids(kafka, registry).size() == 2);
                assertEquals(List.of("i1", "i2"), ids(kafka, registry));
                JsonNode status = rest.status("installed");
                assertEquals("RUNNING", status.path("tasks").get(0).path("state").asText(), status.toString());
            } finally {
                process.destroy();
                process.waitFor();
            }
            assertFalse(Files.readString(dir.resolve("worker.log")).contains("ClassNotFoundException"), "the archive carries all it needs");
        }
    }

    /**
     * This JVM's class path (Connect, and this module's test classes for the logging set-up)
     * without the plugin (the project's jars or class folders, from the local repository or the
     * reactor) and what only the plugin needs (Avro, YAML).
     */
    private static String workerClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith("test-classes") || !isPlugin(Path.of(entry)))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static boolean isPlugin(Path entry) {
        String name = entry.getFileName().toString();
        return name.startsWith("escalation-") || Files.isDirectory(entry.resolve("dev/escalation"))
                || name.startsWith("avro-") || name.startsWith("jackson-dataformat-yaml-") || name.startsWith("snakeyaml-");
    }

    private static List<String> ids(EmbeddedKafka kafka, RegistryServer registry) {
        AvroSerde<Incident> serde = new AvroSerde<>(Incident.class, new SchemaRegistryClient(registry.url()));
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(kafka.clientConfig(), new StringDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition("installed-incidents", 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            Stream.Builder<String> ids = Stream.builder();
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    ids.add(serde.deserialize(r.topic(), r.value()).getId().toString());
                }
            }
            return ids.build().toList();
        }
    }

    /** Unzips {@code zip} into {@code into}; returns the names of its files. */
    private static Set<String> unzip(Path zip, Path into) throws IOException {
        Set<String> names = new java.util.TreeSet<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                    names.add(entry.getName());
                }
            }
        }
        return names;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
