package dev.escalation.connect.rss;

import dev.escalation.connect.Version;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.util.ConnectorUtils;

/**
 * Polls RSS 2.0 and Atom news feeds and writes each new item as an article to the engine's
 * articles topic. Items are de-duplicated by guid (or link), across polls and restarts.
 */
public final class RssSourceConnector extends SourceConnector {

    private Map<String, String> props;
    private List<String> urls;

    @Override
    public void start(Map<String, String> props) {
        this.urls = new RssSourceConfig(props).getList(RssSourceConfig.FEED_URLS);
        this.props = props;
    }

    /** The feeds shared out among at most one task per feed. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> tasks = new ArrayList<>();
        for (List<String> group : ConnectorUtils.groupPartitions(urls, Math.min(maxTasks, urls.size()))) {
            Map<String, String> task = new HashMap<>(props);
            task.put(RssSourceConfig.FEED_URLS, String.join(",", group));
            tasks.add(task);
        }
        return tasks;
    }

    @Override
    public Class<? extends Task> taskClass() {
        return RssSourceTask.class;
    }

    @Override
    public ConfigDef config() {
        return RssSourceConfig.CONFIG_DEF;
    }

    @Override
    public void stop() {
        // Nothing held: the tasks do the polling.
    }

    @Override
    public String version() {
        return Version.PLUGIN;
    }
}
