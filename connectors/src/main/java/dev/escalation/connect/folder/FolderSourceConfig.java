package dev.escalation.connect.folder;

import dev.escalation.connect.SettingChecks;
import dev.escalation.connect.SourceSettings;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/** The settings of {@link FolderSourceConnector}. */
public final class FolderSourceConfig extends AbstractConfig {

    public static final String FOLDER = "folder";
    public static final String FILE_PATTERN = "file.pattern";
    public static final String POLL_INTERVAL_MS = "poll.interval.ms";
    public static final String BATCH_SIZE = "batch.size";
    /** Set by the connector on each task: which share of the files it reads. */
    static final String TASK_INDEX = "task.index";
    static final String TASK_COUNT = "task.count";

    private static final String GROUP = "Folder";

    public static final ConfigDef CONFIG_DEF = SourceSettings.define(new ConfigDef())
            .define(FOLDER, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, SettingChecks.folder(), Importance.HIGH,
                    "The folder on the worker to read feed files from: GDELT 2.0 exports (.CSV, .zip), ACLED CSV, articles or incidents"
                            + " as JSON lines (plain, .zip or .gz); the format of each file is detected from its first line."
                            + " Move finished files in (write them elsewhere first): names starting with '.' are ignored.",
                    GROUP, 1, ConfigDef.Width.LONG, "Folder")
            .define(FILE_PATTERN, Type.STRING, "*", SettingChecks.glob(), Importance.MEDIUM,
                    "Glob of the file names to read, e.g. *.export.CSV.zip or *.{csv,jsonl}.",
                    GROUP, 2, ConfigDef.Width.MEDIUM, "File pattern")
            .define(POLL_INTERVAL_MS, Type.LONG, 5_000L, Range.atLeast(10), Importance.LOW,
                    "Milliseconds between two looks for new files, once every file is read.",
                    GROUP, 3, ConfigDef.Width.SHORT, "Poll interval")
            .define(BATCH_SIZE, Type.INT, 1_000, Range.atLeast(1), Importance.LOW,
                    "Most records handed to Connect per poll.", GROUP, 4, ConfigDef.Width.SHORT, "Batch size");

    /** What tasks are given on top of the connector's settings. */
    static final ConfigDef TASK_CONFIG_DEF = new ConfigDef(CONFIG_DEF)
            .define(TASK_INDEX, Type.INT, 0, Range.atLeast(0), Importance.LOW, "This task's number, from 0.")
            .define(TASK_COUNT, Type.INT, 1, Range.atLeast(1), Importance.LOW, "How many tasks share the folder.");

    public FolderSourceConfig(Map<String, String> props) {
        super(TASK_CONFIG_DEF, props);
    }
}
