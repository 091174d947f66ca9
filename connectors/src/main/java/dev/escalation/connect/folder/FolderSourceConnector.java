package dev.escalation.connect.folder;

import dev.escalation.connect.Version;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

/**
 * Moves the feed files of a folder (GDELT, ACLED, articles or incidents as JSON lines) into the
 * engine's input topics, picking up new files as they arrive. Offsets by file and line: a restart
 * resumes after the last row emitted and never reads a finished file again.
 */
public final class FolderSourceConnector extends SourceConnector {

    private Map<String, String> props;

    @Override
    public void start(Map<String, String> props) {
        new FolderSourceConfig(props); // fails at once on a bad setting
        this.props = props;
    }

    /** Each task reads the files whose name hashes to it, so that no file is read twice. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> tasks = new ArrayList<>();
        for (int i = 0; i < maxTasks; i++) {
            Map<String, String> task = new HashMap<>(props);
            task.put(FolderSourceConfig.TASK_INDEX, Integer.toString(i));
            task.put(FolderSourceConfig.TASK_COUNT, Integer.toString(maxTasks));
            tasks.add(task);
        }
        return tasks;
    }

    @Override
    public Class<? extends Task> taskClass() {
        return FolderSourceTask.class;
    }

    @Override
    public ConfigDef config() {
        return FolderSourceConfig.CONFIG_DEF;
    }

    @Override
    public void stop() {
        // Nothing held: the tasks do the reading.
    }

    @Override
    public String version() {
        return Version.PLUGIN;
    }
}
