package dev.escalation.topology;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;

/**
 * When the broker refuses an output record as too large, the input that caused it goes to the
 * dead-letter topic and the engine goes on. Any other send failure fails the stream thread, which
 * the engine replaces: with exactly-once the retry loses nothing and writes nothing twice.
 */
public final class OversizedRecordHandler implements ProductionExceptionHandler {

    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? null : topic.toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (!(exception instanceof RecordTooLargeException) || deadLetterTopic == null) {
            return Response.fail();
        }
        // The same record shape as Kafka's own dead letters: original bytes, the reason in headers.
        return Response.resume(List.of(ExceptionHandlerUtils.buildDeadLetterQueueRecord(
                deadLetterTopic, context.sourceRawKey(), context.sourceRawValue(), context, exception)));
    }
}
