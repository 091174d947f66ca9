package dev.escalation.connect.alerts;

import dev.escalation.connect.Version;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

/** POSTs each escalation alert (topics, e.g. escalation-alerts) as JSON to a webhook. */
public final class AlertWebhookSinkConnector extends SinkConnector {

    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new AlertWebhookSinkConfig(props); // fails at once on a bad setting
        this.props = props;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return Collections.nCopies(maxTasks, props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return AlertWebhookSinkTask.class;
    }

    @Override
    public ConfigDef config() {
        return AlertWebhookSinkConfig.CONFIG_DEF;
    }

    @Override
    public void stop() {
        // Nothing held: the tasks do the posting.
    }

    @Override
    public String version() {
        return Version.PLUGIN;
    }
}
