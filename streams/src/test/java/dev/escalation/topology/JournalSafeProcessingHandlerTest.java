package dev.escalation.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler.Result;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/**
 * A record the escalation stage fails on is never resumed past: it would leave the stage half
 * taken (a region's level changed in memory, neither journaled nor alerted) and exactly-once would
 * commit that; a restart from the journal then evaluates the held incidents late (FailoverIT's
 * intermittent CRISIS dated at a cool-down tick, an ELEVATED never raised). Rejected records, and
 * failures of the other stages, still go to the dead-letter topic.
 */
class JournalSafeProcessingHandlerTest {

    @Test
    void aFailureInsideTheEscalationStageStopsTheThread() {
        assertEquals(Result.FAIL, handle("escalate", new SerializationException("the schema registry is out")).result());
        assertEquals(Result.FAIL, handle("escalate", new IllegalStateException("a bug")).result());
    }

    @Test
    void rejectedRecordsAndOtherStagesStillGoToTheDeadLetters() {
        var rejected = handle("validate-incidents", new RejectedRecord("incident x has country code 'q'"));
        assertEquals(Result.RESUME, rejected.result());
        assertEquals(1, rejected.deadLetterQueueRecords().size());
        assertEquals("dead", rejected.deadLetterQueueRecords().get(0).topic());
        assertEquals(Result.RESUME, handle("extract-incidents", new IllegalArgumentException("odd article")).result());
    }

    private static org.apache.kafka.streams.errors.ProcessingExceptionHandler.Response handle(String node, Exception e) {
        JournalSafeProcessingHandler handler = new JournalSafeProcessingHandler();
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "dead"));
        ErrorHandlerContext context = (ErrorHandlerContext) Proxy.newProxyInstance(ErrorHandlerContext.class.getClassLoader(),
                new Class<?>[] {ErrorHandlerContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "processorNodeId" -> node;
                    case "topic" -> "incidents";
                    case "partition" -> 0;
                    case "offset", "timestamp" -> 7L;
                    case "taskId" -> new TaskId(0, 0);
                    case "headers" -> new RecordHeaders();
                    case "sourceRawKey" -> new byte[] {1};
                    case "sourceRawValue" -> new byte[] {2};
                    default -> null;
                });
        return handler.handleError(context, new Record<>("k", "v", 0L), e);
    }
}
