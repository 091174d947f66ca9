package dev.escalation.topology;

import dev.escalation.config.EngineConfig;
import dev.escalation.extract.Corroboration;
import dev.escalation.extract.EventCoder;
import dev.escalation.records.Incident;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The one factory of the engine's topology, called by the running engine, the backtest and the
 * tests alike. Two pipelines: articles to incidents (extraction), incidents to alerts (escalation).
 */
public final class EngineTopology {

    /** The store of each region's level ({@code RegionState} by region): interactive queries read it (the watch floor). */
    public static final String REGIONS_STORE = EscalationJournal.REGIONS;
    /** The global store of the config text in force (by {@link Topics#CONFIG_KEY}), for interactive queries. */
    public static final String CONFIG_STORE = LiveConfig.STORE;

    /** Name of the repartition step that brings the reports of one incident together for corroboration. */
    static final String TO_CORROBORATE = "incidents-to-corroborate";
    /** Name of the repartition step that brings every incident to the one escalation task. */
    static final String TO_ESCALATE = "incidents-to-escalate";

    private EngineTopology() {}

    /** Where the topology keeps its state. */
    private enum State {
        /** On disk, with a changelog topic to restore it from: the running engine. */
        DURABLE,
        /** In memory and only there: a backtest, which has no broker to log to and nothing to restore. */
        IN_MEMORY
    }

    /** The running engine: both pipelines, its incidents topic of one partition. */
    public static Topology build(EngineConfig config, Topics topics, EventCoder coder) {
        return build(config, topics, coder, 1);
    }

    /** The running engine: both pipelines, over an incidents topic of {@code incidentPartitions} partitions. */
    public static Topology build(EngineConfig config, Topics topics, EventCoder coder, int incidentPartitions) {
        return build(config, topics, coder, State.DURABLE, incidentPartitions);
    }

    /** A backtest of articles: both pipelines, their state in memory. */
    public static Topology backtest(EngineConfig config, Topics topics, EventCoder coder) {
        return build(config, topics, coder, State.IN_MEMORY, 1);
    }

    /** A backtest of incidents: the escalation pipeline alone, its state in memory. */
    public static Topology backtestIncidents(EngineConfig config, Topics topics) {
        return build(config, topics, null, State.IN_MEMORY, 1);
    }

    /** The pipelines: extraction unless {@code coder} is null, then escalation. */
    private static Topology build(EngineConfig config, Topics topics, EventCoder coder, State state, int incidentPartitions) {
        StreamsBuilder builder = new StreamsBuilder();
        addLiveConfig(builder, config, topics);
        if (coder != null) {
            addExtraction(builder, config, topics, coder, state);
        }
        addEscalation(builder, config, topics, state, incidentPartitions);
        return builder.build();
    }

    /** The global store of the config operators apply at run time; every instance holds it whole. */
    static void addLiveConfig(StreamsBuilder builder, EngineConfig config, Topics topics) {
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(LiveConfig.STORE), Serdes.String(), Serdes.String())
                        .withLoggingDisabled(),
                topics.config().name(),
                Consumed.with(topics.config().keySerde(), topics.config().valueSerde()).withName(topics.config().name() + "-source"),
                () -> new ConfigUpdater(config));
    }

    /**
     * Articles to incidents: each article is coded ({@code extract-incidents}, its incidents in
     * event-time order), then keyed by dyad (or country, for incidents without sides) and
     * repartitioned ({@value #TO_CORROBORATE}), so that every report of one incident meets in one
     * task, where the corroboration step (store {@value Corroborate#STORE}) merges a report into the
     * incident an earlier article gave, under its id. Keyed by dyad, an attack and the answer one
     * article reports stay in order through both hops.
     */
    static void addExtraction(StreamsBuilder builder, EngineConfig config, Topics topics, EventCoder coder, State state) {
        addStore(builder, state, Corroborate.STORE, Serdes.String(), topics.incidentSerde());
        builder.stream(topics.articles().name(), topics.articles().consumed(new PayloadTimestamp()))
                .processValues(() -> new ExtractIncidents(coder, config.extraction().maxBodyBytes()), Named.as("extract-incidents"))
                .selectKey((articleKey, incident) -> Corroboration.key(incident), Named.as("key-by-dyad"))
                .repartition(Repartitioned.with(Serdes.String(), topics.incidentSerde()).withName(TO_CORROBORATE))
                .processValues(() -> new Corroborate(config.extraction().corroborationTolerance(), config.escalation().grace()),
                        Named.as("corroborate"), Corroborate.STORE)
                .to(topics.incidents().name(), topics.incidents().produced());
    }

    /**
     * Incidents to alerts. The intake checks each incident and passes it on with its partition's
     * watermark ({@code validate-incidents}); one escalation task ({@code escalate}) takes them in
     * event-time order across partitions, links each in its dyad, the side pair it belongs to
     * wherever it happened, and runs its region's state machine ({@link EscalationJournal} says
     * what it writes down). One task by design: a global event-time order is what makes the alerts
     * independent of partitions, and the incidents of every conflict in the world are a few per
     * second, far below what one task takes. An incidents topic of one partition is that one task
     * already; one of several is gathered into one first ({@value #TO_ESCALATE}, a repartition
     * topic of one partition), which costs a hop.
     */
    static void addEscalation(StreamsBuilder builder, EngineConfig config, Topics topics, State state, int incidentPartitions) {
        boolean durable = state == State.DURABLE;
        if (durable) {
            addJournalStore(builder, EscalationJournal.INCIDENTS, Serdes.Integer(), topics.incidentSerde(), false);
            addJournalStore(builder, EscalationJournal.REGIONS, Serdes.String(), topics.regionStateSerde(), true);
            addJournalStore(builder, EscalationJournal.PROGRESS, Serdes.String(), Serdes.String(), true);
        }
        KStream<String, Incident> intake = builder.stream(topics.incidents().name(), topics.incidents().consumed(new PayloadTimestamp()))
                .process(() -> new IncidentIntake(config), Named.as("validate-incidents"));
        if (incidentPartitions > 1) {
            intake = intake.repartition(Repartitioned.with(Serdes.String(), topics.incidentSerde()).withName(TO_ESCALATE).withNumberOfPartitions(1));
        }
        intake.process(() -> new EscalationProcessor(config, durable), Named.as(JournalSafeProcessingHandler.ESCALATE), durable ? EscalationJournal.STORES : new String[0])
                .to(topics.alerts().name(), topics.alerts().produced());
    }

    /** The corroboration store: on disk with its changelog in the running engine, in memory alone in a backtest. */
    private static void addStore(StreamsBuilder builder, State state, String name, Serde<String> keys, Serde<Incident> values) {
        builder.addStateStore(state == State.DURABLE
                ? Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), keys, values)
                : Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), keys, values).withLoggingDisabled());
    }

    /**
     * A journal store: in memory with its changelog (it holds weeks of incidents, tens of megabytes, and
     * a restart reads it back from the changelog); cached when it takes many writes to few keys, so
     * that a commit writes each once.
     */
    private static <K, V> void addJournalStore(StreamsBuilder builder, String name, Serde<K> keys, Serde<V> values, boolean cached) {
        StoreBuilder<KeyValueStore<K, V>> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), keys, values);
        builder.addStateStore(cached ? store.withCachingEnabled() : store);
    }

    /** Every topic the engine consumes, upstream first, as Kafka Streams names them for {@code applicationId}. */
    public static List<String> sourceTopics(EngineConfig config, String applicationId, int incidentPartitions) {
        List<String> topics = new ArrayList<>(List.of(config.topics().articles(), applicationId + "-" + TO_CORROBORATE + "-repartition",
                config.topics().incidents()));
        if (incidentPartitions > 1) {
            topics.add(applicationId + "-" + TO_ESCALATE + "-repartition");
        }
        return topics;
    }
}
