package dev.escalation.connect;

import dev.escalation.config.EngineConfig;
import dev.escalation.registry.SchemaRegistryClient;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.types.Password;

/**
 * The settings every feed source shares: the schema registry its Avro values are registered in,
 * the engine configuration (topic names, regions for record keys), and the input topics.
 */
public final class SourceSettings {
    private SourceSettings() {}

    public static final String SCHEMA_REGISTRY_URL = SchemaRegistryClient.URL_CONFIG;
    public static final String BASIC_AUTH_USER_INFO = SchemaRegistryClient.BASIC_AUTH_USER_INFO_CONFIG;
    public static final String ENGINE_CONFIG_FILE = "engine.config.file";
    public static final String ARTICLES_TOPIC = "articles.topic";
    public static final String INCIDENTS_TOPIC = "incidents.topic";

    private static final String GROUP = "Engine input";

    /** Adds the shared settings to {@code def}. */
    public static ConfigDef define(ConfigDef def) {
        EngineConfig.TopicNames defaults = EngineConfig.defaults().topics();
        return defineRegistry(def, GROUP)
                .define(ENGINE_CONFIG_FILE, Type.STRING, "", SettingChecks.engineConfigFile(), Importance.MEDIUM,
                        "The engine's YAML configuration on the worker, for topic names and regions (incidents are keyed by region,"
                                + " as ./escalation replay keys them); empty for the built-in defaults.",
                        GROUP, 3, ConfigDef.Width.LONG, "Engine config file")
                .define(ARTICLES_TOPIC, Type.STRING, "", Importance.MEDIUM,
                        "Topic for articles; empty for the engine configuration's (default '" + defaults.articles() + "').",
                        GROUP, 4, ConfigDef.Width.MEDIUM, "Articles topic")
                .define(INCIDENTS_TOPIC, Type.STRING, "", Importance.MEDIUM,
                        "Topic for incidents; empty for the engine configuration's (default '" + defaults.incidents() + "').",
                        GROUP, 5, ConfigDef.Width.MEDIUM, "Incidents topic");
    }

    /** Adds the schema registry settings (also the alert sink's, which reads alerts) to {@code def}. */
    public static ConfigDef defineRegistry(ConfigDef def, String group) {
        return def
                .define(SCHEMA_REGISTRY_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, SettingChecks.httpUrlList(), Importance.HIGH,
                        "Schema registry base URL(s), comma-separated; values are Avro in the Confluent wire format, subjects <topic>-value.",
                        group, 1, ConfigDef.Width.LONG, "Schema registry URL")
                .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, "", Importance.LOW,
                        "user:password for the schema registry's HTTP basic auth; empty for none.",
                        group, 2, ConfigDef.Width.MEDIUM, "Registry credentials");
    }

    /** The input topics these settings name, writing through their schema registry. */
    public static InputTopics inputTopics(AbstractConfig config) {
        String file = config.getString(ENGINE_CONFIG_FILE);
        EngineConfig engine = file.isEmpty() ? EngineConfig.defaults() : EngineConfig.load(Path.of(file));
        String articles = config.getString(ARTICLES_TOPIC);
        String incidents = config.getString(INCIDENTS_TOPIC);
        return new InputTopics(engine,
                articles.isEmpty() ? engine.topics().articles() : articles,
                incidents.isEmpty() ? engine.topics().incidents() : incidents,
                registry(config));
    }

    /** A registry client for these settings (also used by the alert sink, which reads alerts). */
    public static SchemaRegistryClient registry(AbstractConfig config) {
        Map<String, Object> client = new HashMap<>();
        client.put(SCHEMA_REGISTRY_URL, config.getString(SCHEMA_REGISTRY_URL));
        Password userInfo = config.getPassword(BASIC_AUTH_USER_INFO);
        client.put(BASIC_AUTH_USER_INFO, userInfo.value());
        return new SchemaRegistryClient(client);
    }
}
