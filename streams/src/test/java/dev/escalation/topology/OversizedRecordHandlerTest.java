package dev.escalation.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Response;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class OversizedRecordHandlerTest {

    private static final byte[] ARTICLE = "the article's bytes".getBytes(StandardCharsets.UTF_8);

    private final OversizedRecordHandler handler = new OversizedRecordHandler();
    private final ProducerRecord<byte[], byte[]> output = new ProducerRecord<>("incidents", new byte[10_000_000]);

    OversizedRecordHandlerTest() {
        handler.configure(Map.of("errors.dead.letter.queue.topic.name", "dead-letters"));
    }

    @Test
    void aRecordTooLargeDeadLettersItsInputAndTheEngineGoesOn() {
        Response response = handler.handleError(context(), output, new RecordTooLargeException("10 MB is over max.request.size"));

        assertEquals(Result.RESUME, response.result());
        ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
        assertEquals("dead-letters", dead.topic());
        assertArrayEquals(ARTICLE, dead.value(), "the input's original bytes, not the oversized output");
        assertTrue(new String(dead.headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8).contains("max.request.size"));
    }

    @Test
    void otherSendFailuresFailTheThreadSoThatItIsReplacedAndRetried() {
        assertEquals(Result.FAIL, handler.handleError(context(), output, new TimeoutException("broker away")).result());
    }

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            public String topic() { return "articles"; }
            public int partition() { return 0; }
            public long offset() { return 42; }
            public Headers headers() { return new RecordHeaders(); }
            public String processorNodeId() { return "incidents-sink"; }
            public TaskId taskId() { return new TaskId(0, 0); }
            public long timestamp() { return 0; }
            public byte[] sourceRawKey() { return "a1".getBytes(StandardCharsets.UTF_8); }
            public byte[] sourceRawValue() { return ARTICLE; }
        };
    }
}
