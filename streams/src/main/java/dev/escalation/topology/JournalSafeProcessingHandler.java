package dev.escalation.topology;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bad records go to the dead-letter topic and the engine goes on, as with Kafka's
 * {@link LogAndContinueProcessingExceptionHandler}, except inside the escalation stage
 * ({@value #ESCALATE}): there an exception means a record half taken (its incident removed from
 * the waiting ones, its region's level changed in memory, but the journal or the alert not
 * written), and going on would commit that half with the input offsets. Such a failure fails the
 * stream thread instead: exactly-once aborts the open transaction, the engine replaces the thread,
 * and the task resumes from its journal as last committed, the record read again.
 */
public final class JournalSafeProcessingHandler implements ProcessingExceptionHandler {

    /** The escalation stage's processor name ({@link EngineTopology#addEscalation}). */
    static final String ESCALATE = "escalate";
    private static final Logger LOG = LoggerFactory.getLogger(JournalSafeProcessingHandler.class);

    private final LogAndContinueProcessingExceptionHandler deadLetters = new LogAndContinueProcessingExceptionHandler();

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (ESCALATE.equals(context.processorNodeId()) && !(exception instanceof RejectedRecord)) {
            LOG.error("the escalation stage failed on {}-{}@{}; the thread stops so that the half-taken record is not committed "
                    + "(exactly-once restores the journal and reads it again): {}", context.topic(), context.partition(), context.offset(),
                    exception.toString());
            return Response.fail();
        }
        return deadLetters.handleError(context, record, exception);
    }
}
