package dev.escalation.connect.gdelt;

import dev.escalation.connect.Version;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Follows GDELT 2.0's 15-minute updates: polls the update list, downloads each new event export
 * and writes its incidents to the engine's incidents topic. One task: the exports come one after
 * the other. Offsets by export URL and line: a restart resumes mid-export and never reads a
 * finished export again.
 */
public final class GdeltSourceConnector extends SourceConnector {

    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new GdeltSourceConfig(props); // fails at once on a bad setting
        this.props = props;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(props);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return GdeltSourceTask.class;
    }

    @Override
    public ConfigDef config() {
        return GdeltSourceConfig.CONFIG_DEF;
    }

    @Override
    public void stop() {
        // Nothing held: the task does the polling.
    }

    @Override
    public String version() {
        return Version.PLUGIN;
    }
}
