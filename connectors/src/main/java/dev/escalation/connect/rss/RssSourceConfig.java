package dev.escalation.connect.rss;

import dev.escalation.connect.PollSettings;
import dev.escalation.connect.SettingChecks;
import dev.escalation.connect.SourceSettings;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/** The settings of {@link RssSourceConnector}. */
public final class RssSourceConfig extends AbstractConfig {

    public static final String FEED_URLS = "feed.urls";
    public static final String REMEMBERED_ITEMS = "remembered.items";
    public static final String DEFAULT_LANGUAGE = "default.language";

    private static final String GROUP = "Feeds";

    public static final ConfigDef CONFIG_DEF = PollSettings.define(SourceSettings.define(new ConfigDef()), 300_000L)
            .define(FEED_URLS, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, SettingChecks.httpUrls(), Importance.HIGH,
                    "RSS 2.0 or Atom feed URLs, comma-separated; tasks share them out.", GROUP, 1, ConfigDef.Width.LONG, "Feed URLs")
            .define(REMEMBERED_ITEMS, Type.INT, 1_000, Range.between(1, 10_000), Importance.LOW,
                    "How many of each feed's latest items are remembered (in the source offset) so that neither a new poll nor a restart"
                            + " emits them again; more than a feed ever lists at once.", GROUP, 2, ConfigDef.Width.SHORT, "Remembered items")
            .define(DEFAULT_LANGUAGE, Type.STRING, "en", SettingChecks.language(), Importance.LOW,
                    "Language of articles whose feed does not say (ISO 639-1).", GROUP, 3, ConfigDef.Width.SHORT, "Default language");

    public RssSourceConfig(Map<String, String> props) {
        super(CONFIG_DEF, props);
    }
}
