package dev.escalation.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro in the Confluent wire format: magic byte 0, the writer schema's registry id (4 bytes, big
 * endian), then the Avro binary encoding. Interoperates with Confluent's serializers in any
 * language.
 *
 * <p>The subject follows Confluent's TopicNameStrategy: {@code <topic>-value}, or
 * {@code <topic>-key} when configured as a key serde. The serializer registers the record's
 * schema on first use (unless {@value #AUTO_REGISTER_CONFIG} is false, then it must already be
 * registered). The deserializer fetches the writer schema by id and resolves it into {@code T}'s
 * schema, so records written with an older or newer compatible schema still read.
 *
 * <p>A record that cannot be read fails with a {@link SerializationException} naming why (not
 * Confluent Avro, an id the registry does not have, Avro that does not decode): a bad record.
 * When the registry cannot answer at all the deserializer throws {@link RegistryOutageException}
 * instead: the record is not known to be bad and must be read again later.
 *
 * <p>Thread-safe: Kafka Streams shares one instance between its threads. A null record is a
 * tombstone and stays null both ways.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {

    /** Whether the serializer registers its schema (default true), as in Confluent's serializers. */
    public static final String AUTO_REGISTER_CONFIG = "auto.register.schemas";

    private static final byte MAGIC_BYTE = 0;
    private static final int HEADER_SIZE = 5;

    private final Class<T> type;
    private final Schema schema;
    private final SpecificData data;
    private final SpecificDatumWriter<T> writer;

    /**
     * Writes an optional field (a union of null and one type, as every optional field of ours is)
     * by whether it is null, without Avro's general union resolution, which looks the value's type
     * up by name in every union of every record.
     */
    private static final class NullableFirstWriter<T> extends SpecificDatumWriter<T> {
        NullableFirstWriter(Schema schema, SpecificData data) {
            super(schema, data);
        }

        @Override
        protected int resolveUnion(Schema union, Object datum) {
            List<Schema> branches = union.getTypes();
            if (branches.size() == 2 && branches.get(0).getType() == Schema.Type.NULL) {
                return datum == null ? 0 : 1;
            }
            return super.resolveUnion(union, datum);
        }
    }
    private final Map<String, byte[]> headerByTopic = new ConcurrentHashMap<>();
    private final Map<Integer, SpecificDatumReader<T>> readersByWriterId = new ConcurrentHashMap<>();
    private SchemaRegistry client;
    private boolean isKey;
    private boolean autoRegister = true;

    /** A value serde that registers its schema; {@link #configure} may change both. */
    public AvroSerde(Class<T> type, SchemaRegistry client) {
        this(type);
        this.client = Objects.requireNonNull(client, "client");
    }

    /** A serde whose registry client comes from {@link #configure} ({@value SchemaRegistryClient#URL_CONFIG}). */
    public AvroSerde(Class<T> type) {
        this.type = type;
        this.data = SpecificData.getForClass(type);
        this.schema = data.getSchema(type);
        this.writer = new NullableFirstWriter<>(schema, data);
    }

    /** Reads {@value #AUTO_REGISTER_CONFIG}, and {@value SchemaRegistryClient#URL_CONFIG} when no client was given. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        Object autoRegister = configs.get(AUTO_REGISTER_CONFIG);
        if (autoRegister != null) {
            this.autoRegister = Boolean.parseBoolean(autoRegister.toString());
        }
        if (client == null) {
            client = new SchemaRegistryClient(configs);
        }
        headerByTopic.clear(); // the subject may have changed from -value to -key
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        Objects.requireNonNull(topic, "AvroSerde needs the topic to name the subject (<topic>-value)");
        byte[] header = headerByTopic.computeIfAbsent(topic, this::header);
        Output out = OUTPUT.get();
        out.reset(header);
        try {
            out.encoder = EncoderFactory.get().binaryEncoder(out, out.encoder);
            writer.write(record, out.encoder);
            out.encoder.flush();
        } catch (IOException | RuntimeException e) {
            out.encoder = null; // it may hold bytes of the failed record
            throw new SerializationException("cannot write " + type.getSimpleName() + " for topic " + topic + " as Avro: " + e.getMessage(), e);
        }
        return out.bytes();
    }

    /**
     * A thread's output buffer and buffered encoder, used again record after record: Avro's
     * unbuffered encoder writes a byte at a time, into a synchronized stream, for every field.
     */
    private static final class Output extends OutputStream {
        /** A buffer grown past this for one large record is let go afterwards. */
        private static final int KEPT = 64 * 1024;
        private byte[] buffer = new byte[1024];
        private int count;
        BinaryEncoder encoder;

        void reset(byte[] header) {
            if (buffer.length > KEPT) {
                buffer = new byte[1024];
            }
            count = 0;
            write(header, 0, header.length);
        }

        @Override
        public void write(int b) {
            ensure(1);
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            ensure(length);
            System.arraycopy(bytes, offset, buffer, count, length);
            count += length;
        }

        private void ensure(int more) {
            if (count + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, count + more));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, count);
        }
    }

    private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);

    /** The magic byte and the id of this serde's schema under the topic's subject. */
    private byte[] header(String topic) {
        String subject = subject(topic);
        try {
            int id = autoRegister ? client().register(subject, schema) : client().lookup(subject, schema).id();
            return ByteBuffer.allocate(HEADER_SIZE).put(MAGIC_BYTE).putInt(id).array();
        } catch (SchemaRegistryException e) {
            throw new SerializationException("cannot " + (autoRegister ? "register" : "find") + " the schema of " + type.getName()
                    + " under subject '" + subject + "' at " + client().location() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length < HEADER_SIZE) {
            throw new SerializationException("payload of " + bytes.length + " bytes on topic " + topic
                    + " is shorter than the 5-byte Confluent header (magic byte 0 and a 4-byte schema id)");
        }
        if (bytes[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format("unknown magic byte 0x%02x at offset 0 on topic %s: not Confluent Avro%s",
                    bytes[0], topic, bytes[0] == '{' || bytes[0] == '[' ? " (JSON?)" : ""));
        }
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        SpecificDatumReader<T> reader = readersByWriterId.computeIfAbsent(id, this::reader);
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, HEADER_SIZE, bytes.length - HEADER_SIZE, null);
        try {
            T record = reader.read(null, decoder);
            if (!decoder.isEnd()) {
                throw new IOException("bytes are left over after the record, so they were written with another schema");
            }
            return record;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode " + (bytes.length - HEADER_SIZE) + " bytes of Avro on topic " + topic
                    + " with writer schema id " + id + " into " + type.getName() + ": " + e, e);
        }
    }

    /**
     * The reader of records written with the schema of this id. An id the registry does not have
     * makes the record bad ({@link SerializationException}: dead-letter it); a registry that cannot
     * answer says nothing about the record ({@link RegistryOutageException}: read it again later).
     */
    private SpecificDatumReader<T> reader(int writerId) {
        Schema writerSchema;
        try {
            writerSchema = client().schemaById(writerId);
        } catch (SchemaRegistryException e) {
            if (e.notFound()) {
                throw new SerializationException("writer schema id " + writerId + " is not in the schema registry at "
                        + client().location() + ": " + e.getMessage(), e);
            }
            throw new RegistryOutageException("cannot fetch writer schema id " + writerId + " from the schema registry at "
                    + client().location() + ", which cannot answer now: " + e.getMessage(), e);
        }
        return new SpecificDatumReader<>(writerSchema, schema, data);
    }

    private String subject(String topic) {
        return topic + (isKey ? "-key" : "-value");
    }

    private SchemaRegistry client() {
        if (client == null) {
            throw new IllegalStateException("AvroSerde<" + type.getSimpleName() + "> has no schema registry client: pass one or configure "
                    + SchemaRegistryClient.URL_CONFIG);
        }
        return client;
    }

    @Override
    public void close() {
        // The client holds no resources that need closing.
    }
}
