package dev.escalation.topology;

import dev.escalation.model.EventTime;
import dev.escalation.records.Article;
import dev.escalation.records.Incident;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time from the payload: an incident's time (or date), an article's publication time; an
 * article with no publication time takes the time it was produced. Kafka record times cannot be
 * negative, so a payload time before 1970 falls back to partition time (it must not move stream
 * time) and the validation step right after the source dead-letters that record: no record ever gets -1.
 */
public final class PayloadTimestamp implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        long time = record.timestamp();
        if (record.value() instanceof Incident incident) {
            time = EventTime.of(incident);
        } else if (record.value() instanceof Article article && article.getPublishedAt() != null) {
            time = article.getPublishedAt().toEpochMilli();
        }
        return time >= 0 ? time : Math.max(partitionTime, 0);
    }
}
