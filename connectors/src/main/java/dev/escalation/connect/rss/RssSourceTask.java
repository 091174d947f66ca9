package dev.escalation.connect.rss;

import dev.escalation.connect.FeedMetrics;
import dev.escalation.connect.Http;
import dev.escalation.connect.Idle;
import dev.escalation.connect.InputTopics;
import dev.escalation.connect.PollSchedule;
import dev.escalation.connect.PollSettings;
import dev.escalation.connect.SourceSettings;
import dev.escalation.connect.Version;
import dev.escalation.feeds.FeedRecord;
import dev.escalation.records.Article;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls this task's feeds. Source partition {@code {"url": feed URL}}, offset
 * {@code {"recent": the remembered items}} (see {@link RecentItems}).
 */
public final class RssSourceTask extends SourceTask {

    private static final Logger log = LoggerFactory.getLogger(RssSourceTask.class);

    static final String URL = "url";
    static final String RECENT = "recent";

    private final Map<String, RecentItems> recent = new HashMap<>();
    private String defaultLanguage;
    private InputTopics topics;
    private FeedMetrics metrics;
    private PollSchedule schedule;
    private Http http;

    @Override
    public void start(Map<String, String> props) {
        RssSourceConfig config = new RssSourceConfig(props);
        List<String> urls = config.getList(RssSourceConfig.FEED_URLS);
        int capacity = config.getInt(RssSourceConfig.REMEMBERED_ITEMS);
        for (String url : urls) {
            Map<String, Object> offset = context.offsetStorageReader().offset(Map.of(URL, url));
            recent.put(url, RecentItems.decode(offset == null ? null : (String) offset.get(RECENT), capacity));
        }
        defaultLanguage = config.getString(RssSourceConfig.DEFAULT_LANGUAGE);
        topics = SourceSettings.inputTopics(config);
        metrics = new FeedMetrics(context.pluginMetrics());
        schedule = PollSettings.schedule(config, urls, metrics);
        http = PollSettings.http(config);
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        String url = schedule.due();
        if (url == null) {
            Idle.nap(schedule.untilNext());
            return null;
        }
        NewsFeed feed;
        try {
            feed = NewsFeed.parse(http.get(url), url);
        } catch (IOException e) {
            schedule.failed(url, e);
            return null;
        }
        schedule.succeeded(url);
        return newArticles(url, feed);
    }

    /** The items not emitted yet, oldest first (feeds list the newest first). */
    private List<SourceRecord> newArticles(String url, NewsFeed feed) {
        RecentItems seen = recent.get(url);
        String host = URI.create(url).getHost();
        List<SourceRecord> records = new ArrayList<>();
        List<NewsFeed.Item> items = new ArrayList<>(feed.items());
        Collections.reverse(items);
        for (NewsFeed.Item item : items) {
            String key = NewsArticle.key(item);
            if (!seen.firstTime(key)) {
                continue;
            }
            metrics.itemRead();
            Article article;
            try {
                article = NewsArticle.of(item, feed, host, defaultLanguage);
            } catch (IllegalArgumentException e) {
                // Remembered all the same, so that it is reported once, not on every poll.
                log.warn("{}: item {}: {}", url, key, e.getMessage());
                metrics.itemRejected();
                continue;
            }
            records.add(topics.record(Map.of(URL, url), Map.of(RECENT, seen.encode()), new FeedRecord(url, 0, article)));
        }
        if (!records.isEmpty()) {
            log.info("{}: {} new articles", url, records.size());
        }
        return records;
    }

    @Override
    public void stop() {
        // Nothing open between polls.
    }

    @Override
    public String version() {
        return Version.PLUGIN;
    }
}
