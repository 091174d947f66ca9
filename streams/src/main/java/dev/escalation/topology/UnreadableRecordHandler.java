package dev.escalation.topology;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that cannot be read goes to the dead-letter topic with its original bytes and the
 * reason, once, and the engine goes on (KIP-1034's record shape). But a record that cannot be read
 * <em>now</em>, because what it needs does not answer (the schema registry is out: a
 * {@link RetriableException} such as {@code RegistryOutageException}), is not a bad record: it is
 * not dead-lettered, the stream thread stops before it and is replaced (the engine's uncaught
 * exception handler), and with exactly-once the replacement reads it again from the last commit,
 * losing nothing and writing nothing twice. The registry client has already retried with backoff
 * by then, so the replacement comes no faster than that.
 *
 * <p>Logs one line per record, without the stack trace a flood would repeat ten thousand times
 * (the dead letter carries it).
 */
public final class UnreadableRecordHandler implements DeserializationExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadableRecordHandler.class);

    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null || topic.toString().isBlank() ? null : topic.toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        RetriableException outage = retriable(exception);
        if (outage != null) {
            LOG.warn("cannot read {}-{} at offset {} now, not dead-lettered: {}; the stream thread stops and its replacement reads it again",
                    context.topic(), context.partition(), context.offset(), outage.getMessage());
            return Response.fail();
        }
        LOG.warn("dead-lettering {}-{} at offset {}: {}", context.topic(), context.partition(), context.offset(), exception.getMessage());
        if (deadLetterTopic == null) {
            return Response.resume();
        }
        return Response.resume(List.of(ExceptionHandlerUtils.buildDeadLetterQueueRecord(
                deadLetterTopic, record.key(), record.value(), context, exception)));
    }

    /** The retriable exception behind this one, or null. */
    static RetriableException retriable(Throwable exception) {
        for (Throwable e = exception; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof RetriableException retriable) {
                return retriable;
            }
        }
        return null;
    }
}
