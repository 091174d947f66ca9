package dev.escalation.connect.alerts;

import dev.escalation.connect.PollSettings;
import dev.escalation.connect.SettingChecks;
import dev.escalation.connect.SourceSettings;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.types.Password;

/** The settings of {@link AlertWebhookSinkConnector} (plus Connect's own, such as {@code topics}). */
public final class AlertWebhookSinkConfig extends AbstractConfig {

    public static final String WEBHOOK_URL = "webhook.url";
    public static final String WEBHOOK_AUTHORIZATION = "webhook.authorization";
    public static final String MAX_ATTEMPTS = "max.attempts";

    private static final String GROUP = "Webhook";

    public static final ConfigDef CONFIG_DEF = SourceSettings.defineRegistry(PollSettings.defineRetries(new ConfigDef(), 1_000L, 60_000L), GROUP)
            .define(WEBHOOK_URL, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, SettingChecks.httpUrl(), Importance.HIGH,
                    "Each alert is POSTed here as one JSON object (the record's field names, times as ISO-8601), in topic order."
                            + " Delivery is at least once: de-duplicate by alertId.", GROUP, 3, ConfigDef.Width.LONG, "Webhook URL")
            .define(WEBHOOK_AUTHORIZATION, Type.PASSWORD, "", Importance.MEDIUM,
                    "Value of the Authorization header of each POST, e.g. 'Bearer TOKEN'; empty for none.",
                    GROUP, 4, ConfigDef.Width.MEDIUM, "Authorization header")
            .define(MAX_ATTEMPTS, Type.INT, 10, Range.atLeast(1), Importance.MEDIUM,
                    "Attempts in a row to deliver an alert (unreachable, an answer other than 2xx) before the task fails"
                            + " (FAILED in the status API, with the URL and the last error).", GROUP, 5, ConfigDef.Width.SHORT, "Attempts");

    public AlertWebhookSinkConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }

    String authorization() {
        Password value = getPassword(WEBHOOK_AUTHORIZATION);
        return value.value();
    }
}
