package dev.escalation.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.config.EngineConfig;
import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.embedded.KafkaCluster;
import dev.escalation.records.Article;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import dev.escalation.registry.RegistryServer;
import dev.escalation.registry.SchemaRegistryClient;
import dev.escalation.runtime.Engine;
import dev.escalation.runtime.EngineSettings;
import dev.escalation.runtime.Lag;
import dev.escalation.topology.StreamsSettings;
import dev.escalation.topology.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third-party client floods {@code articles} and {@code incidents} with malformed records of
 * every kind, then valid incidents and an attack with its answer, as raw bytes. Every bad record
 * must reach {@code dead-letters} exactly once with its reason, and the valid records behind the
 * flood must flow at full speed: the answer raises its alert. Then the registry goes away while a
 * record needs it: an outage, not a bad record, so nothing is dead-lettered and the record is read
 * once the registry is back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MalformedFloodIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int BAD_RECORDS = 10_000;
    private static final int VALID_BEHIND = 10_000;
    /** Ids the registry has never given: the records that wedged the engine. */
    private static final int[] UNKNOWN_IDS = {90_001, 90_002, 90_003, 90_004, 90_005};
    private static final String ARTICLES = "articles";
    private static final String INCIDENTS = "incidents";

    /** The kinds of bad record, where each goes and what its dead letter must say. */
    enum Kind {
        RANDOM_BYTES(ARTICLES, "magic byte"),
        SHORTER_THAN_HEADER(ARTICLES, "shorter than the 5-byte Confluent header"),
        JSON(INCIDENTS, "(JSON?)"),
        UNKNOWN_SCHEMA_ID_ARTICLE(ARTICLES, "is not in the schema registry"),
        UNKNOWN_SCHEMA_ID_INCIDENT(INCIDENTS, "is not in the schema registry"),
        TRUNCATED_AVRO(INCIDENTS, "cannot decode"),
        BYTES_LEFT_OVER(ARTICLES, "bytes are left over"),
        ARTICLE_ON_INCIDENTS(INCIDENTS, "cannot decode"),
        EMPTY_BODY(ARTICLES, "has an empty body"),
        BINARY_BODY(ARTICLES, "has a body that is not text"),
        NEGATIVE_FATALITIES(INCIDENTS, "fatalities -5"),
        NEGATIVE_INJURED(INCIDENTS, "injured -1"),
        LATITUDE_OUT_OF_RANGE(INCIDENTS, "latitude 500.0"),
        LONGITUDE_OUT_OF_RANGE(INCIDENTS, "longitude -181.0"),
        CONFIDENCE_OUT_OF_RANGE(INCIDENTS, "confidence 7.5"),
        CORROBORATION_BELOW_ONE(INCIDENTS, "corroboration 0"),
        EMPTY_ID(INCIDENTS, "has an empty id"),
        LOWER_CASE_COUNTRY(INCIDENTS, "country code 'iq'");

        final String topic;
        final String reason;

        Kind(String topic, String reason) {
            this.topic = topic;
            this.reason = reason;
        }
    }

    private final EngineConfig config = EngineConfig.defaults();
    private KafkaCluster kafka;
    private RegistryServer registryServer;
    private Topics topics;
    private Engine engine;
    private Admin admin;

    @BeforeAll
    void startPipeline(@TempDir Path stateDir) {
        kafka = EmbeddedKafka.start();
        registryServer = RegistryServer.start(kafka.bootstrapServers(), 0);
        topics = Topics.create(config.topics(), new SchemaRegistryClient(registryServer.url()));
        engine = Engine.start(config, topics, EngineSettings.of(kafka.clientConfig())
                .withStreams(Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString())).withTimeout(TIMEOUT));
        admin = Admin.create(kafka.clientConfig());
    }

    @AfterAll
    void stopPipeline() {
        if (admin != null) admin.close();
        if (engine != null) engine.close();
        if (registryServer != null) registryServer.close();
        if (kafka != null) kafka.close();
    }

    @Test
    @Order(2)
    void aRegistryOutageDeadLettersNothingAndTheRecordIsReadOnceTheRegistryIsBack() throws Exception {
        // A producer with a newer Incident schema (a defaulted field first): an id the engine has not fetched yet.
        Schema evolved = new Schema.Parser().parse(Incident.getClassSchema().toString()
                .replaceFirst("\"fields\":\\[", "\"fields\":[{\"name\":\"severity\",\"type\":\"int\",\"default\":0},"));
        int evolvedId = new SchemaRegistryClient(registryServer.url()).register(INCIDENTS + "-value", evolved);
        Incident strike = incident("after-the-outage", LocalDate.of(2024, 3, 1), "KW").setEventType(EventType.DRONE_ATTACK)
                .setActorSide("IRAN_AXIS").setTargetSide("US").setFatalities(3).build();
        byte[] current = incidentBytes(strike);
        byte[] written = ByteBuffer.allocate(current.length + 1).put((byte) 0).putInt(evolvedId)
                .put((byte) 0) // severity 0, then the fields as the current schema writes them
                .put(current, 5, current.length - 5).array();

        try (KafkaConsumer<byte[], byte[]> deadLetters = consumer(new ByteArrayDeserializer(), new ByteArrayDeserializer(), topics.deadLetters().name());
             KafkaConsumer<String, EscalationAlert> alerts = consumer(topics.alerts().keySerde().deserializer(),
                     topics.alerts().valueSerde().deserializer(), topics.alerts().name());
             KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(kafka.clientConfig(), new ByteArraySerializer(), new ByteArraySerializer())) {
            long[] deadLettered = {0};
            await().atMost(TIMEOUT).pollInSameThread().until(() -> {
                deadLettered[0] += deadLetters.poll(Duration.ofMillis(100)).count();
                return atEnd(deadLetters);
            });
            long before = deadLettered[0];
            List<String> kuwait = new ArrayList<>();
            java.util.concurrent.Callable<Boolean> nothingNew = () -> {
                deadLettered[0] += deadLetters.poll(Duration.ofMillis(50)).count();
                alerts.poll(Duration.ofMillis(50)).forEach(r -> {
                    if (r.value().getRegion().equals("KW")) kuwait.add(r.value().getAlertId());
                });
                return deadLettered[0] == before && kuwait.isEmpty();
            };
            int port = java.net.URI.create(registryServer.url()).getPort();
            registryServer.close();
            registryServer = null;
            raw.send(new ProducerRecord<>(INCIDENTS, strike.getId().getBytes(StandardCharsets.UTF_8), written)).get();

            // While the registry is out the engine neither dead-letters the record nor goes past it.
            await().pollInSameThread().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(8)).until(nothingNew);

            registryServer = RegistryServer.start(kafka.bootstrapServers(), port);
            long back = System.nanoTime();
            await().atMost(TIMEOUT).pollInSameThread().until(() -> {
                nothingNew.call();
                return !kuwait.isEmpty();
            });
            System.out.printf("registry outage: the record waiting on it was read %.1f s after the registry was back%n",
                    (System.nanoTime() - back) / 1e9);
            assertEquals(before, deadLettered[0], "nothing dead-lettered for an outage");
            assertEquals(List.of("KW-1-20240301T000000Z"), kuwait);
        }
    }

    @Test
    @Order(1)
    void everyBadRecordIsDeadLetteredOnceAndTheValidOnesBehindItFlow() throws Exception {
        Random random = new Random(20_240_202);
        Map<Kind, BiFunction<Random, Integer, byte[]>> makers = makers();
        // Half the flood in runs of one kind: among them 1,000 records naming unknown schema ids in
        // a row, which wedged the engine; the other half scattered.
        List<List<Kind>> runs = new ArrayList<>();
        int inRuns = BAD_RECORDS / 2;
        for (Kind kind : Kind.values()) {
            int length = kind == Kind.UNKNOWN_SCHEMA_ID_INCIDENT ? 1_000 : (inRuns - 1_000) / (Kind.values().length - 1);
            runs.add(Collections.nCopies(length, kind));
        }
        Collections.shuffle(runs, random);
        List<Kind> flood = new ArrayList<>();
        runs.forEach(flood::addAll);
        List<Kind> scattered = new ArrayList<>();
        for (int i = flood.size(); i < BAD_RECORDS; i++) {
            scattered.add(Kind.values()[i % Kind.values().length]);
        }
        Collections.shuffle(scattered, random);
        flood.addAll(scattered);

        Map<String, Object> props = new HashMap<>(kafka.clientConfig());
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        long floodStart = System.nanoTime();
        long validStart;
        try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < flood.size(); i++) {
                Kind kind = flood.get(i);
                raw.send(new ProducerRecord<>(kind.topic, key(kind, i), makers.get(kind).apply(random, i)));
            }
            raw.flush();
            // Behind the flood: valid incidents of a quiet region, then an attack and the strike that answers it.
            validStart = System.nanoTime();
            for (int i = 0; i < VALID_BEHIND; i++) {
                Incident valid = incident("valid-" + i, LocalDate.of(2023, 6, 1).plusDays(i / 100), "FI")
                        .setEventType(EventType.ARMED_CLASH).build();
                raw.send(new ProducerRecord<>(INCIDENTS, valid.getId().getBytes(StandardCharsets.UTF_8), incidentBytes(valid)));
            }
            Incident attack = incident("attack", LocalDate.of(2024, 1, 28), "JO")
                    .setEventType(EventType.DRONE_ATTACK).setActorSide("IRAN_AXIS").setTargetSide("US").setFatalities(3).build();
            Incident answer = incident("answer", LocalDate.of(2024, 2, 2), "IQ")
                    .setEventType(EventType.AIR_STRIKE).setActorSide("US").setTargetSide("IRAN_AXIS").build();
            for (Incident pair : List.of(attack, answer)) {
                raw.send(new ProducerRecord<>(INCIDENTS, pair.getId().getBytes(StandardCharsets.UTF_8), incidentBytes(pair)));
            }
            raw.flush();
        }

        // The valid answer raises its alert behind the flood. The quiet region's first alert says
        // when the first valid record behind the flood was taken, the retaliation when the last was.
        long[] firstValidAlert = {0};
        try (KafkaConsumer<String, EscalationAlert> alerts = consumer(topics.alerts().keySerde().deserializer(),
                topics.alerts().valueSerde().deserializer(), topics.alerts().name())) {
            List<EscalationAlert> seen = new ArrayList<>();
            await().atMost(TIMEOUT).pollInSameThread().pollInterval(Duration.ofMillis(10)).until(described(() -> {
                alerts.poll(Duration.ofMillis(20)).forEach(r -> {
                    seen.add(r.value());
                    if (firstValidAlert[0] == 0 && r.value().getRegion().equals("FI")) {
                        firstValidAlert[0] = System.nanoTime();
                    }
                });
                return seen.stream().anyMatch(a -> a.getRegion().equals("IQ") && a.getLevel() >= 3);
            }, () -> "no retaliation alert for IQ; alerts " + seen.stream().map(a -> a.getRegion() + " " + a.getLevel()).distinct().toList()));
        }
        long validEnd = System.nanoTime();
        double validSeconds = (validEnd - validStart) / 1e9;
        double takenSeconds = (validEnd - firstValidAlert[0]) / 1e9;
        int valid = VALID_BEHIND + 2;

        // Every bad record reaches the dead letters, once, with its reason.
        Map<String, ConsumerRecord<byte[], byte[]>> deadLetters = new HashMap<>();
        List<String> twice = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(new ByteArrayDeserializer(), new ByteArrayDeserializer(), topics.deadLetters().name())) {
            await().atMost(TIMEOUT).pollInSameThread().pollInterval(Duration.ofMillis(20)).until(described(() -> {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    String key = r.key() == null ? "(null key)" : new String(r.key(), StandardCharsets.UTF_8);
                    if (deadLetters.put(key, r) != null) {
                        twice.add(key);
                    }
                }
                return deadLetters.size() >= BAD_RECORDS;
            }, () -> "dead letters by kind " + byKind(deadLetters) + ", expected " + expectedByKind(flood)));
            long floodEnd = System.nanoTime();
            // Nothing more may come: the engine has committed past all its input, then the topic is read to its end.
            Lag.awaitSettled(admin, StreamsSettings.DEFAULT_APPLICATION_ID, engine.sourceTopics(),
                    config.escalation().partitionIdle().multipliedBy(2), TIMEOUT);
            await().atMost(TIMEOUT).pollInSameThread().until(() -> {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    String key = r.key() == null ? "(null key)" : new String(r.key(), StandardCharsets.UTF_8);
                    if (deadLetters.put(key, r) != null) {
                        twice.add(key);
                    }
                }
                return atEnd(consumer);
            });
            System.out.printf("malformed flood: %,d bad records of %d kinds produced and dead-lettered in %.1f s (%,.0f/s); "
                            + "%,d valid records behind it: the last one's alert %.2f s after they were produced, "
                            + "taken in %.2f s from the first one's alert (%,.0f valid records/s)%n",
                    BAD_RECORDS, Kind.values().length, (floodEnd - floodStart) / 1e9, BAD_RECORDS / ((floodEnd - floodStart) / 1e9),
                    valid, validSeconds, takenSeconds, valid / takenSeconds);
        }

        assertEquals(List.of(), twice, "dead-lettered twice");
        Map<Kind, Integer> expected = new EnumMap<>(Kind.class);
        flood.forEach(kind -> expected.merge(kind, 1, Integer::sum));
        Map<Kind, Integer> counted = new EnumMap<>(Kind.class);
        Map<Kind, List<String>> wrongReasons = new TreeMap<>();
        List<String> strangers = new ArrayList<>();
        deadLetters.forEach((key, record) -> {
            Kind kind = kindOf(key);
            if (kind == null) {
                strangers.add(key + ": " + reason(record));
                return;
            }
            counted.merge(kind, 1, Integer::sum);
            if (!reason(record).contains(kind.reason)) {
                wrongReasons.computeIfAbsent(kind, k -> new ArrayList<>()).add(reason(record));
            }
        });
        assertEquals(List.of(), strangers, "dead letters that are no bad record of the flood");
        assertEquals(expected, counted, "dead letters by kind");
        assertEquals(Map.of(), wrongReasons.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().subList(0, Math.min(3, e.getValue().size())))),
                "dead letters without their reason");
        assertEquals(KafkaStreams.State.RUNNING, engine.streams().state(), "bad input must not stop the engine");
        // Behind the flood means after it: the answer's alert comes as soon as the flood is read, at
        // the engine's speed, not after retries (the flood took 55 s when each unknown id cost a lookup).
        assertTrue(validSeconds < 20, "the answer alerted " + validSeconds + " s after it was produced, behind the flood");
        assertTrue(valid / takenSeconds >= 1_000, "valid records behind the flood flow at " + valid / takenSeconds + "/s");
    }

    /** How to make each kind of bad record. */
    private Map<Kind, BiFunction<Random, Integer, byte[]>> makers() {
        byte[] article = articleBytes(Article.newBuilder().setId("article").setBody("Rockets hit a base in Iraq.")
                .setPublishedAt(Instant.parse("2024-01-28T00:00:00Z")).build());
        byte[] incident = incidentBytes(incident("truncated", LocalDate.of(2024, 1, 1), "IQ").setLocation("Erbil").build());
        Map<Kind, BiFunction<Random, Integer, byte[]>> makers = new EnumMap<>(Kind.class);
        makers.put(Kind.RANDOM_BYTES, (r, i) -> {
            byte[] bytes = new byte[5 + r.nextInt(200)];
            r.nextBytes(bytes);
            bytes[0] = (byte) (1 + r.nextInt(120)); // anything but the magic byte 0, nor '{' or '['
            if (bytes[0] == '{' || bytes[0] == '[') bytes[0] = 1;
            return bytes;
        });
        makers.put(Kind.SHORTER_THAN_HEADER, (r, i) -> Arrays.copyOf(new byte[] {0, 0, 0, 0}, 1 + r.nextInt(4)));
        makers.put(Kind.JSON, (r, i) -> ("{\"id\": \"json-" + i + "\", \"countryCode\": \"IQ\"}").getBytes(StandardCharsets.UTF_8));
        makers.put(Kind.UNKNOWN_SCHEMA_ID_ARTICLE, (r, i) -> unknownId(r));
        makers.put(Kind.UNKNOWN_SCHEMA_ID_INCIDENT, (r, i) -> unknownId(r));
        makers.put(Kind.TRUNCATED_AVRO, (r, i) -> Arrays.copyOf(incident, 6 + r.nextInt(incident.length - 12)));
        makers.put(Kind.BYTES_LEFT_OVER, (r, i) -> {
            byte[] bytes = Arrays.copyOf(article, article.length + 1 + r.nextInt(8));
            bytes[article.length] = 7;
            return bytes;
        });
        makers.put(Kind.ARTICLE_ON_INCIDENTS, (r, i) -> article);
        makers.put(Kind.EMPTY_BODY, (r, i) -> articleBytes(Article.newBuilder().setId("empty-" + i).setBody(r.nextBoolean() ? "" : " \n\t ")
                .setPublishedAt(Instant.parse("2024-01-28T00:00:00Z")).build()));
        makers.put(Kind.BINARY_BODY, (r, i) -> {
            byte[] body = new byte[64];
            r.nextBytes(body);
            body[0] = 0;
            return articleBytes(Article.newBuilder().setId("binary-" + i).setBody(new String(body, StandardCharsets.ISO_8859_1))
                    .setPublishedAt(Instant.parse("2024-01-28T00:00:00Z")).build());
        });
        makers.put(Kind.NEGATIVE_FATALITIES, (r, i) -> incidentBytes(impossible(i).setFatalities(-5).build()));
        makers.put(Kind.NEGATIVE_INJURED, (r, i) -> incidentBytes(impossible(i).setInjured(-1).build()));
        makers.put(Kind.LATITUDE_OUT_OF_RANGE, (r, i) -> incidentBytes(impossible(i).setLatitude(500.0).setLongitude(44.0).build()));
        makers.put(Kind.LONGITUDE_OUT_OF_RANGE, (r, i) -> incidentBytes(impossible(i).setLatitude(33.0).setLongitude(-181.0).build()));
        makers.put(Kind.CONFIDENCE_OUT_OF_RANGE, (r, i) -> incidentBytes(impossible(i).setConfidence(7.5).build()));
        makers.put(Kind.CORROBORATION_BELOW_ONE, (r, i) -> incidentBytes(impossible(i).setCorroboration(0).build()));
        makers.put(Kind.EMPTY_ID, (r, i) -> incidentBytes(impossible(i).setId("").build()));
        makers.put(Kind.LOWER_CASE_COUNTRY, (r, i) -> incidentBytes(impossible(i).setCountryCode("iq").build()));
        return makers;
    }

    private static byte[] unknownId(Random random) {
        byte[] payload = new byte[10 + random.nextInt(100)];
        random.nextBytes(payload);
        return ByteBuffer.allocate(5 + payload.length).put((byte) 0).putInt(UNKNOWN_IDS[random.nextInt(UNKNOWN_IDS.length)]).put(payload).array();
    }

    /** An incident that is valid Avro but says what cannot be: each kind changes one field. */
    private static Incident.Builder impossible(int i) {
        return incident("impossible-" + i, LocalDate.of(2024, 1, 1), "IQ")
                .setEventType(EventType.SHELLING).setActorSide("IRAN_AXIS").setTargetSide("US");
    }

    private static Incident.Builder incident(String id, LocalDate date, String country) {
        return Incident.newBuilder().setId(id).setEventType(EventType.OTHER).setEventDate(date).setCountryCode(country);
    }

    private byte[] incidentBytes(Incident incident) {
        return topics.incidents().valueSerde().serializer().serialize(INCIDENTS, incident);
    }

    private byte[] articleBytes(Article article) {
        return topics.articles().valueSerde().serializer().serialize(ARTICLES, article);
    }

    private static byte[] key(Kind kind, int i) {
        return (kind.name() + "#" + i).getBytes(StandardCharsets.UTF_8);
    }

    private static Kind kindOf(String key) {
        int hash = key.indexOf('#');
        try {
            return hash < 0 ? null : Kind.valueOf(key.substring(0, hash));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private <K, V> KafkaConsumer<K, V> consumer(org.apache.kafka.common.serialization.Deserializer<K> keys,
                                                org.apache.kafka.common.serialization.Deserializer<V> values, String topic) {
        Map<String, Object> props = new HashMap<>(kafka.clientConfig());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props, keys, values);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private static boolean atEnd(KafkaConsumer<?, ?> consumer) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** A condition that, when it times out, says how far it got (Awaitility names only the lambda). */
    private static java.util.concurrent.Callable<Boolean> described(java.util.concurrent.Callable<Boolean> condition,
                                                                    java.util.function.Supplier<String> progress) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos() - Duration.ofMillis(500).toNanos();
        return () -> {
            boolean done = condition.call();
            if (!done && System.nanoTime() > deadline) {
                throw new AssertionError("not done: " + progress.get());
            }
            return done;
        };
    }

    private static Map<Kind, Integer> byKind(Map<String, ?> deadLetters) {
        Map<Kind, Integer> counted = new EnumMap<>(Kind.class);
        deadLetters.keySet().forEach(key -> {
            Kind kind = kindOf(key);
            if (kind != null) counted.merge(kind, 1, Integer::sum);
        });
        return counted;
    }

    private static Map<Kind, Integer> expectedByKind(List<Kind> flood) {
        Map<Kind, Integer> expected = new EnumMap<>(Kind.class);
        flood.forEach(kind -> expected.merge(kind, 1, Integer::sum));
        return expected;
    }

    private static String reason(ConsumerRecord<byte[], byte[]> record) {
        Header message = record.headers().lastHeader("__streams.errors.message");
        return message == null ? "(no reason header)" : new String(message.value(), StandardCharsets.UTF_8);
    }
}
