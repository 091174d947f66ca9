package dev.escalation.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.registry.RegistryOutageException;
import dev.escalation.registry.SchemaRegistryUnavailableException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.Response;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.Result;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class UnreadableRecordHandlerTest {

    private static final byte[] BYTES = {0, 0, 1, 0x5f, (byte) 0x91, 2, 'x'};

    private final UnreadableRecordHandler handler = new UnreadableRecordHandler();
    private final ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("incidents", 0, 42, "i1".getBytes(StandardCharsets.UTF_8), BYTES);

    UnreadableRecordHandlerTest() {
        handler.configure(Map.of("errors.dead.letter.queue.topic.name", "dead-letters"));
    }

    @Test
    void aBadRecordIsDeadLetteredWithItsBytesAndReasonAndTheEngineGoesOn() {
        Response response = handler.handleError(context(), record,
                new SerializationException("writer schema id 90001 is not in the schema registry at http://localhost:8081: Schema 90001 not found"));

        assertEquals(Result.RESUME, response.result());
        assertEquals(1, response.deadLetterQueueRecords().size());
        ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
        assertEquals("dead-letters", dead.topic());
        assertArrayEquals(BYTES, dead.value());
        assertArrayEquals("i1".getBytes(StandardCharsets.UTF_8), dead.key());
        assertTrue(new String(dead.headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8)
                .contains("writer schema id 90001 is not in the schema registry"));
        assertEquals("incidents", new String(dead.headers().lastHeader("__streams.errors.topic").value(), StandardCharsets.UTF_8));
        assertEquals("42", new String(dead.headers().lastHeader("__streams.errors.offset").value(), StandardCharsets.UTF_8));
    }

    @Test
    void aRegistryOutageIsNoBadRecordTheThreadStopsBeforeItAndNothingIsDeadLettered() {
        RegistryOutageException outage = new RegistryOutageException("cannot fetch writer schema id 3",
                new SchemaRegistryUnavailableException(0, 0, "no schema registry answered GET /schemas/ids/3"));

        Response direct = handler.handleError(context(), record, outage);
        Response wrapped = handler.handleError(context(), record, new RuntimeException("deserializing", outage));

        assertEquals(Result.FAIL, direct.result());
        assertEquals(0, direct.deadLetterQueueRecords().size());
        assertEquals(Result.FAIL, wrapped.result());
        assertEquals(0, wrapped.deadLetterQueueRecords().size());
    }

    @Test
    void withoutADeadLetterTopicABadRecordIsSkipped() {
        UnreadableRecordHandler unconfigured = new UnreadableRecordHandler();
        unconfigured.configure(Map.of());

        Response response = unconfigured.handleError(context(), record, new SerializationException("not Avro"));

        assertEquals(Result.RESUME, response.result());
        assertEquals(0, response.deadLetterQueueRecords().size());
    }

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            public String topic() { return "incidents"; }
            public int partition() { return 0; }
            public long offset() { return 42; }
            public Headers headers() { return new RecordHeaders(); }
            public String processorNodeId() { return "incidents-source"; }
            public TaskId taskId() { return new TaskId(3, 0); }
            public long timestamp() { return 0; }
            public byte[] sourceRawKey() { return "i1".getBytes(StandardCharsets.UTF_8); }
            public byte[] sourceRawValue() { return BYTES; }
        };
    }
}
