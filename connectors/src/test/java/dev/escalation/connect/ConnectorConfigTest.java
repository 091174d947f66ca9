package dev.escalation.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.connect.alerts.AlertWebhookSinkConnector;
import dev.escalation.connect.gdelt.GdeltSourceConnector;
import dev.escalation.connect.rss.RssSourceConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad settings get errors naming the setting and the value, as the REST validate endpoint shows them. */
class ConnectorConfigTest {

    private static List<String> errors(Connector connector, Map<String, String> config) {
        return connector.validate(config).configValues().stream().flatMap(v -> v.errorMessages().stream()).toList();
    }

    @Test
    void rssSettings() {
        assertEquals(List.of(
                        "Invalid value ftp://example.org/feed for configuration feed.urls: not an absolute http or https URL",
                        "Invalid value English for configuration default.language: not an ISO 639-1 language code such as en or fr",
                        "Invalid value 0 for configuration max.consecutive.failures: Value must be at least 1"),
                errors(new RssSourceConnector(), Map.of("schema.registry.url", "http://localhost:8081",
                        "feed.urls", "https://example.org/rss,ftp://example.org/feed", "default.language", "English",
                        "max.consecutive.failures", "0")));
    }

    @Test
    void gdeltAndRegistrySettings(@TempDir Path dir) throws Exception {
        Path badConfig = Files.writeString(dir.resolve("engine.yaml"), "escalation:\n  window: forever\n");
        List<String> errors = errors(new GdeltSourceConnector(), Map.of("schema.registry.url", "localhost:8081",
                "gdelt.update.url", "data.gdeltproject.org/gdeltv2/lastupdate.txt", "engine.config.file", badConfig.toString()));
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.contains("Invalid value localhost:8081 for configuration schema.registry.url: not an absolute http or https URL"), errors.toString());
        assertTrue(errors.contains("Invalid value data.gdeltproject.org/gdeltv2/lastupdate.txt for configuration gdelt.update.url:"
                + " not an absolute http or https URL"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("Invalid value " + badConfig + " for configuration engine.config.file: "
                + badConfig + ": ") && e.contains("window")), errors.toString());
    }

    @Test
    void sinkSettings() {
        List<ConfigValue> values = new AlertWebhookSinkConnector().validate(Map.of("topics", "escalation-alerts")).configValues();
        List<String> missing = values.stream().flatMap(v -> v.errorMessages().stream()).toList();
        assertEquals(List.of("Missing required configuration \"schema.registry.url\" which has no default value.",
                "Missing required configuration \"webhook.url\" which has no default value."), missing);
    }
}
