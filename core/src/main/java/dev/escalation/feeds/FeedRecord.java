package dev.escalation.feeds;

import dev.escalation.config.EngineConfig;
import dev.escalation.model.EventTime;
import dev.escalation.model.Regions;
import dev.escalation.records.Article;
import dev.escalation.records.Incident;
import java.time.Instant;
import org.apache.avro.specific.SpecificRecord;

/** One record read from a feed file: an {@link Article} or an {@link Incident}, with where it came from. */
public record FeedRecord(String file, long line, SpecificRecord value) {

    public boolean isArticle() {
        return value instanceof Article;
    }

    /** The event time: an incident's time or date, an article's publication time; null when unknown. */
    public Instant eventTime() {
        if (value instanceof Incident incident) {
            return Instant.ofEpochMilli(EventTime.of(incident));
        }
        return ((Article) value).getPublishedAt();
    }

    /**
     * The record timestamp on the input topic: the event time, or null (the producer's clock) for a
     * record with none or one before 1970, which no Kafka timestamp can carry; the engine reads the
     * time from the payload and dead-letters such a record.
     */
    public Long timestamp() {
        Instant time = eventTime();
        return time != null && time.toEpochMilli() >= 0 ? time.toEpochMilli() : null;
    }

    /**
     * The record key on the input topic. Incidents are keyed by region, as the engine re-keys them,
     * so each region's incidents keep their file order through every partition: replay and backtest agree.
     */
    public String key(EngineConfig config) {
        if (value instanceof Incident incident) {
            return Regions.regionOf(config, incident);
        }
        return ((Article) value).getId();
    }
}
