package dev.escalation.topology;

import dev.escalation.model.EventTime;
import dev.escalation.extract.EventCoder;
import dev.escalation.records.Article;
import dev.escalation.records.Incident;
import java.util.List;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Codes an article into its incidents, in event-time order. An article the coder must not read is
 * rejected (dead-lettered with the reason); one that reports nothing is normal news and only
 * counted, in the metric {@value #NO_INCIDENTS}-total (group stream-extraction-metrics, per task).
 */
final class ExtractIncidents implements FixedKeyProcessor<String, Article, Incident> {

    static final String NO_INCIDENTS = "articles-without-incidents";

    private final EventCoder coder;
    private final int maxBodyBytes;
    private FixedKeyProcessorContext<String, Incident> context;
    private Sensor withoutIncidents;

    ExtractIncidents(EventCoder coder, int maxBodyBytes) {
        this.coder = coder;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Incident> context) {
        this.context = context;
        withoutIncidents = context.metrics().addRateTotalSensor("extraction", context.taskId().toString(), NO_INCIDENTS,
                Sensor.RecordingLevel.INFO);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article article = record.value();
        String refusal = EventCoder.refusal(article, maxBodyBytes);
        if (refusal != null) {
            throw new RejectedRecord(refusal);
        }
        List<Incident> incidents = coder.code(article);
        if (incidents.isEmpty()) {
            withoutIncidents.record();
        }
        incidents.stream().sorted(EventTime.ORDER)
                .forEach(incident -> context.forward(record.withValue(incident)));
    }

    @Override
    public void close() {
        context.metrics().removeSensor(withoutIncidents);
    }
}
