package dev.escalation.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.EventType;
import dev.escalation.records.Feed;
import dev.escalation.records.Incident;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Confluent wire format through the embedded registry: round trips, evolution, bad bytes. */
class AvroSerdeTest {

    private static EmbeddedKafka kafka;
    private static RegistryServer server;
    private static SchemaRegistryClient client;
    private static AvroSerde<Incident> incidents;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start();
        server = RegistryServer.start(kafka.bootstrapServers(), 0);
        client = new SchemaRegistryClient(server.url());
        incidents = new AvroSerde<>(Incident.class, client);
    }

    @AfterAll
    static void stop() {
        server.close();
        kafka.close();
    }

    @Test
    void writesMagicByteAndRegisteredIdThenAvro() {
        byte[] bytes = incidents.serialize("incidents", TestRecords.strike());

        assertEquals(0, bytes[0]);
        assertEquals(client.latest("incidents-value").id(), ByteBuffer.wrap(bytes, 1, 4).getInt());
        assertEquals(TestRecords.strike(), incidents.deserialize("incidents", bytes));
    }

    @Test
    void roundTripsNestedRecordsMapsAndArrays() {
        AvroSerde<EscalationAlert> alerts = new AvroSerde<>(EscalationAlert.class, client);

        byte[] bytes = alerts.serializer().serialize("escalation-alerts", TestRecords.alert());

        assertEquals(TestRecords.alert(), alerts.deserializer().deserialize("escalation-alerts", bytes));
    }

    @Test
    void aKeySerdeUsesTheKeySubject() {
        AvroSerde<Incident> keys = new AvroSerde<>(Incident.class, client);
        keys.configure(Map.of(), true);

        keys.serialize("keyed", TestRecords.strike());

        assertEquals(List.of(1), client.versions("keyed-key"));
    }

    @Test
    void buildsItsClientFromConfluentsConfigKeys() {
        AvroSerde<Incident> configured = new AvroSerde<>(Incident.class);
        configured.configure(Map.of(SchemaRegistryClient.URL_CONFIG, server.url()), false);

        assertEquals(TestRecords.strike(), incidents.deserialize("configured", configured.serialize("configured", TestRecords.strike())));
    }

    @Test
    void readsRecordsWrittenWithAnOlderSchemaIntoTheCurrentClass() throws IOException {
        GenericRecord old = new GenericData.Record(TestSchemas.OLD_INCIDENT);
        old.put("id", "inc-old");
        old.put("eventType", EventType.SHELLING);
        old.put("eventDate", LocalDate.of(2024, 2, 1));
        old.put("countryCode", "SY");
        byte[] bytes = confluentBytes(client.register("evolving-value", TestSchemas.OLD_INCIDENT), old);

        Incident read = incidents.deserialize("evolving", bytes);

        assertEquals("inc-old", read.getId());
        assertEquals(EventType.SHELLING, read.getEventType());
        assertEquals(LocalDate.of(2024, 2, 1), read.getEventDate());
        assertEquals(Feed.OTHER, read.getFeed());
        assertEquals(1, read.getCorroboration());
        assertNull(read.getFatalities());
    }

    @Test
    void readsRecordsWrittenWithANewerSchemaIntoTheCurrentClass() throws IOException {
        Schema newer = TestSchemas.INCIDENT_WITH_DEFAULTED_FIELD;
        GenericRecord record = new GenericData.Record(newer);
        Incident strike = TestRecords.strike();
        newer.getFields().forEach(f -> record.put(f.name(), f.name().equals("severity") ? 4 : strike.get(f.name())));
        byte[] bytes = confluentBytes(client.register("newer-value", newer), record);

        assertEquals(strike, incidents.deserialize("newer", bytes));
    }

    @Test
    void withoutAutoRegisterTheSchemaMustAlreadyBeThere() {
        AvroSerde<Incident> strict = new AvroSerde<>(Incident.class, client);
        strict.configure(Map.of(AvroSerde.AUTO_REGISTER_CONFIG, "false"), false);

        SerializationException e = assertThrows(SerializationException.class, () -> strict.serialize("unregistered", TestRecords.strike()));
        assertTrue(e.getMessage().startsWith("cannot find the schema of dev.escalation.records.Incident under subject 'unregistered-value'"),
                e.getMessage());

        int id = client.register("unregistered-value", Incident.getClassSchema());
        assertEquals(id, ByteBuffer.wrap(strict.serialize("unregistered", TestRecords.strike()), 1, 4).getInt());
    }

    @Test
    void jsonIsNotConfluentAvro() {
        byte[] json = "{\"id\":\"inc-1\"}".getBytes(StandardCharsets.UTF_8);

        assertEquals("unknown magic byte 0x7b at offset 0 on topic incidents: not Confluent Avro (JSON?)", failure(json));
    }

    @Test
    void aShortPayloadSaysWhatIsMissing() {
        assertEquals("payload of 3 bytes on topic incidents is shorter than the 5-byte Confluent header (magic byte 0 and a 4-byte schema id)",
                failure(new byte[] {0, 0, 1}));
    }

    @Test
    void anUnknownSchemaIdIsNamed() {
        String message = failure(new byte[] {0, 0, 0, 0x7f, 0x7f, 2, 'x'});

        assertTrue(message.startsWith("writer schema id 32639 is not in the schema registry at " + server.url() + ": Schema 32639 not found"),
                message);
    }

    @Test
    void aFloodOfUnknownIdsAsksTheRegistryOncePerId() {
        SchemaRegistryClient counted = new SchemaRegistryClient(server.url());
        AvroSerde<Incident> serde = new AvroSerde<>(Incident.class, counted);

        for (int i = 0; i < 1_000; i++) {
            byte[] bytes = {0, 0, 1, 0, (byte) (i % 5), 2, 'x'};
            SerializationException e = assertThrows(SerializationException.class, () -> serde.deserialize("incidents", bytes));
            assertTrue(e.getMessage().contains("is not in the schema registry"), e.getMessage());
        }

        assertEquals(5, counted.requests(), "one request per unknown id, the misses remembered");
    }

    @Test
    void aRegistryThatDoesNotAnswerIsAnOutageNotABadRecord() throws IOException {
        int deadPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        SchemaRegistryClient down = new SchemaRegistryClient(java.util.Map.of(SchemaRegistryClient.URL_CONFIG, "http://localhost:" + deadPort,
                SchemaRegistryClient.MAX_RETRIES_CONFIG, "2", SchemaRegistryClient.RETRIES_WAIT_MS_CONFIG, "10"));
        AvroSerde<Incident> serde = new AvroSerde<>(Incident.class, down);
        byte[] good = incidents.serialize("incidents", TestRecords.strike());

        RegistryOutageException e = assertThrows(RegistryOutageException.class, () -> serde.deserialize("incidents", good));
        assertTrue(e.getMessage().contains("cannot answer now"), e.getMessage());
        assertEquals(3, down.requests(), "tried, then retried twice");
        // Not remembered as missing: the next record asks again.
        assertThrows(RegistryOutageException.class, () -> serde.deserialize("incidents", good));
        assertEquals(6, down.requests());
    }

    @Test
    void avroThatDoesNotDecodeIsNamed() {
        byte[] good = incidents.serialize("incidents", TestRecords.strike());

        String truncated = failure(Arrays.copyOf(good, 20));
        String padded = failure(Arrays.copyOf(good, good.length + 3));

        assertTrue(truncated.startsWith("cannot decode 15 bytes of Avro on topic incidents with writer schema id "), truncated);
        assertTrue(padded.contains("bytes are left over after the record"), padded);
    }

    @Test
    void nullStaysNullForTombstones() {
        assertNull(incidents.serialize("incidents", null));
        assertNull(incidents.deserialize("incidents", null));
    }

    private static String failure(byte[] bytes) {
        return assertThrows(SerializationException.class, () -> incidents.deserialize("incidents", bytes)).getMessage();
    }

    private static byte[] confluentBytes(int schemaId, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(ByteBuffer.allocate(4).putInt(schemaId).array());
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        // Incident's model, for its logical types (LocalDate, Instant) and enums.
        new SpecificDatumWriter<GenericRecord>(record.getSchema(), SpecificData.getForClass(Incident.class)).write(record, encoder);
        return out.toByteArray();
    }
}
