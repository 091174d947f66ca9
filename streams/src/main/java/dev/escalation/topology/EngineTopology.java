package dev.escalation.topology;

import dev.escalation.config.EngineConfig;
import dev.escalation.extract.Corroboration;
import dev.escalation.extract.EventCoder;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The one factory of the engine's topology, called by the running engine, the backtest and the
 * tests alike. Two pipelines: articles to incidents (extraction), incidents to alerts (escalation).
 */
public final class EngineTopology {

    /** Name of the repartition step that brings the reports of one incident together for corroboration. */
    static final String TO_CORROBORATE = "incidents-to-corroborate";
    /** Name of the repartition step that brings every incident to the one escalation task. */
    static final String TO_ESCALATE = "incidents-to-escalate";

    private EngineTopology() {}

    /** Where the topology keeps its state. */
    public enum State {
        /** On disk, with a changelog topic to restore it from: the running engine. */
        DURABLE,
        /** In memory, with no changelog: a backtest, which has no broker to log to and nothing to restore. */
        IN_MEMORY
    }

    /** The running engine's topology. */
    public static Topology build(EngineConfig config, Topics topics, EventCoder coder) {
        return build(config, topics, coder, State.DURABLE);
    }

    public static Topology build(EngineConfig config, Topics topics, EventCoder coder, State state) {
        StreamsBuilder builder = new StreamsBuilder();
        addLiveConfig(builder, config, topics);
        addExtraction(builder, config, topics, coder, state);
        addEscalation(builder, config, topics, state);
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
     * watermark ({@code validate-incidents}); one escalation task ({@value #TO_ESCALATE}, a single
     * partition) takes them in event-time order across partitions, links each in its dyad, the side
     * pair it belongs to wherever it happened, and runs its region's state machine (stores
     * {@link EscalationProcessor#STORES}). One task by design: a global event-time order is what
     * makes the alerts independent of partitions, and the incidents of every conflict in the world
     * are a few per second, far below what one task takes.
     */
    static void addEscalation(StreamsBuilder builder, EngineConfig config, Topics topics, State state) {
        addStore(builder, state, Watermarks.STORE, Serdes.Integer(), Serdes.String());
        addStore(builder, state, EscalationProcessor.PENDING, Serdes.String(), topics.incidentSerde());
        addStore(builder, state, EscalationProcessor.DYAD_STATE, Serdes.String(), topics.dyadStateSerde());
        addStore(builder, state, EscalationProcessor.DYAD_HELD, Serdes.String(), topics.incidentSerde());
        addStore(builder, state, EscalationProcessor.REGION_STATE, Serdes.String(), topics.regionStateSerde());
        addStore(builder, state, EscalationProcessor.REGION_HELD, Serdes.String(), topics.linkedIncidentSerde());
        builder.stream(topics.incidents().name(), topics.incidents().consumed(new PayloadTimestamp()))
                .process(() -> new IncidentIntake(config), Named.as("validate-incidents"))
                .repartition(Repartitioned.with(Serdes.String(), topics.incidentSerde()).withName(TO_ESCALATE).withNumberOfPartitions(1))
                .process(() -> new EscalationProcessor(config), Named.as("escalate"), EscalationProcessor.STORES)
                .to(topics.alerts().name(), topics.alerts().produced());
    }

    private static <K, V> void addStore(StreamsBuilder builder, State state, String name, Serde<K> keys, Serde<V> values) {
        builder.addStateStore(state == State.DURABLE
                ? Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), keys, values)
                : Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), keys, values).withLoggingDisabled());
    }

    /** Every topic the engine consumes, upstream first, as Kafka Streams names them for {@code applicationId}. */
    public static List<String> sourceTopics(EngineConfig config, String applicationId) {
        return List.of(config.topics().articles(), applicationId + "-" + TO_CORROBORATE + "-repartition", config.topics().incidents(),
                applicationId + "-" + TO_ESCALATE + "-repartition");
    }
}
