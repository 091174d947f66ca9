package dev.escalation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml and cli/Dockerfile say what README's "Deploying" promises (issue 14, part 5).
 * No Docker engine here: CI checks the file with {@code docker-compose config -q}; this test reads
 * what that cannot judge. SnakeYAML reads it, resolving anchors and merge keys ({@code <<}) as Compose does.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode compose() throws Exception {
        Object loaded = new org.yaml.snakeyaml.Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return YAML.valueToTree(loaded);
    }

    private static Map<String, JsonNode> services() throws Exception {
        JsonNode compose = compose();
        Map<String, JsonNode> services = new TreeMap<>();
        compose.get("services").fields().forEachRemaining(e -> services.put(e.getKey(), e.getValue()));
        return services;
    }

    @Test
    void everyServiceHasAHealthcheckOrTheImagesOwn() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("cli/Dockerfile"));
        services().forEach((name, service) -> assertTrue(service.has("healthcheck") || (service.has("build") && dockerfile.contains("HEALTHCHECK")),
                name + " has no healthcheck"));
    }

    @Test
    void servicesStartOnceWhatTheyNeedIsHealthy() throws Exception {
        for (var entry : services().entrySet()) {
            JsonNode dependsOn = entry.getValue().get("depends_on");
            if (dependsOn == null) {
                continue;
            }
            assertTrue(dependsOn.isObject(), entry.getKey() + ": depends_on as a list waits for nothing");
            dependsOn.fields().forEachRemaining(d -> assertEquals("service_healthy", d.getValue().path("condition").asText(),
                    entry.getKey() + " -> " + d.getKey()));
        }
        assertTrue(services().get("engine-1").get("depends_on").has("schema-registry"));
    }

    /** Clients on the host reach every broker: each advertises a localhost listener on a port it publishes. */
    @Test
    void everyBrokerAdvertisesAListenerTheHostCanReach() throws Exception {
        List<String> hostAddresses = new ArrayList<>();
        for (var entry : services().entrySet()) {
            if (!entry.getKey().startsWith("kafka-")) {
                continue;
            }
            String advertised = entry.getValue().get("environment").get("KAFKA_ADVERTISED_LISTENERS").asText();
            String host = List.of(advertised.split(",")).stream().filter(l -> l.startsWith("HOST://localhost:")).findFirst().orElseThrow(
                    () -> new AssertionError(entry.getKey() + " advertises no host listener: " + advertised));
            String port = host.substring(host.lastIndexOf(':') + 1);
            assertEquals(port + ":19092", entry.getValue().get("ports").get(0).asText(), entry.getKey() + " publishes its host port");
            hostAddresses.add(host);
        }
        assertEquals(List.of("HOST://localhost:19092", "HOST://localhost:29092", "HOST://localhost:39092"), hostAddresses);
    }

    @Test
    void brokersAndEnginesKeepTheirDataInNamedVolumes() throws Exception {
        JsonNode compose = compose();
        for (String name : List.of("kafka-1", "kafka-2", "kafka-3", "engine-1", "engine-2")) {
            String volume = services().get(name).get("volumes").get(0).asText();
            String named = volume.substring(0, volume.indexOf(':'));
            assertTrue(compose.get("volumes").has(named), name + ": " + volume);
        }
        assertEquals("/var/lib/kafka/data", services().get("kafka-1").get("volumes").get(0).asText().split(":")[1]);
    }

    @Test
    void theEngineImageRunsAsAUserOfItsOwnWithAHealthcheck() throws Exception {
        List<String> lines = Files.readAllLines(ROOT.resolve("cli/Dockerfile"));
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no USER"));
        assertFalse(user.matches("USER (root|0)(:.*)?"), user);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("HEALTHCHECK ")), "HEALTHCHECK");
        // the healthcheck reads the file the engine's command writes
        String command = services().get("engine-1").get("command").toString();
        assertTrue(command.contains("\"--health-file\",\"/tmp/escalation.health\""), command);
        assertTrue(String.join("\n", lines).contains("/tmp/escalation.health"));
    }
}
