package dev.escalation.connect;

import dev.escalation.config.EngineConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Checks of setting values for {@link ConfigDef}: a bad value fails the REST validate endpoint and
 * the connector's start with the setting's name, the value and what is allowed. A missing required
 * value (null) is left to ConfigDef's own "missing required configuration" error.
 */
public final class SettingChecks {
    private SettingChecks() {}

    /** An absolute http or https URL. */
    public static ConfigDef.Validator httpUrl() {
        return (name, value) -> {
            if (value != null) {
                checkHttpUrl(name, (String) value);
            }
        };
    }

    /** One or more absolute http or https URLs. */
    public static ConfigDef.Validator httpUrls() {
        return (name, value) -> {
            @SuppressWarnings("unchecked")
            List<String> urls = (List<String>) value;
            if (urls != null && urls.isEmpty()) {
                throw new ConfigException(name, value, "give at least one http or https URL");
            }
            if (urls != null) {
                urls.forEach(url -> checkHttpUrl(name, url));
            }
        };
    }

    /** Comma-separated http or https URLs in one string (as schema.registry.url is spelled). */
    public static ConfigDef.Validator httpUrlList() {
        return (name, value) -> {
            if (value == null) {
                return;
            }
            for (String url : ((String) value).split(",")) {
                checkHttpUrl(name, url.strip());
            }
        };
    }

    /** An ISO 639-1 language code such as en. */
    public static ConfigDef.Validator language() {
        return (name, value) -> {
            if (!((String) value).matches("[a-z]{2}")) {
                throw new ConfigException(name, value, "not an ISO 639-1 language code such as en or fr");
            }
        };
    }

    /** An existing folder. */
    public static ConfigDef.Validator folder() {
        return (name, value) -> {
            String text = (String) value;
            if (text != null && (text.isBlank() || !Files.isDirectory(Path.of(text)))) {
                throw new ConfigException(name, value, "not an existing folder on the worker");
            }
        };
    }

    /** A file-name glob such as {@code *.csv} or {@code *.{zip,jsonl}}. */
    public static ConfigDef.Validator glob() {
        return (name, value) -> {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + value);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, "not a file-name glob: " + e.getMessage());
            }
        };
    }

    /** Empty (the built-in defaults), or an engine YAML file that loads without problems. */
    public static ConfigDef.Validator engineConfigFile() {
        return (name, value) -> {
            String text = (String) value;
            if (text.isEmpty()) {
                return;
            }
            try {
                EngineConfig.load(Path.of(text));
            } catch (dev.escalation.config.ConfigException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        };
    }

    private static void checkHttpUrl(String name, String url) {
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below, as other bad URLs are
        }
        throw new ConfigException(name, url, "not an absolute http or https URL");
    }
}
