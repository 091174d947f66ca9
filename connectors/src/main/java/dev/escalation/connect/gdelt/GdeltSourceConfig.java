package dev.escalation.connect.gdelt;

import dev.escalation.connect.PollSettings;
import dev.escalation.connect.SettingChecks;
import dev.escalation.connect.SourceSettings;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/** The settings of {@link GdeltSourceConnector}. */
public final class GdeltSourceConfig extends AbstractConfig {

    public static final String UPDATE_URL = "gdelt.update.url";
    public static final String BATCH_SIZE = "batch.size";

    private static final String GROUP = "GDELT";

    public static final ConfigDef CONFIG_DEF = PollSettings.define(SourceSettings.define(new ConfigDef()), 60_000L)
            .define(UPDATE_URL, Type.STRING, "http://data.gdeltproject.org/gdeltv2/lastupdate.txt", SettingChecks.httpUrl(), Importance.HIGH,
                    "The update list to follow, in the format of GDELT 2.0's lastupdate.txt (lines 'size md5 url'); the event export"
                            + " it names (url ending in .export.CSV.zip) is downloaded, checked against its size and MD5, and read.",
                    GROUP, 1, ConfigDef.Width.LONG, "Update URL")
            .define(BATCH_SIZE, Type.INT, 1_000, Range.atLeast(1), Importance.LOW,
                    "Most records handed to Connect per poll.", GROUP, 2, ConfigDef.Width.SHORT, "Batch size");

    public GdeltSourceConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }
}
