package dev.escalation.topology;

import dev.escalation.config.EngineConfig;
import dev.escalation.extract.Corroboration;
import dev.escalation.extract.EventCoder;
import java.util.List;
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
    /** Name of the repartition step that keys incidents by dyad (side pair). */
    static final String BY_DYAD = "incidents-by-dyad";
    /** Name of the repartition step that keys linked incidents by region. */
    static final String BY_REGION = "incidents-by-region";

    private EngineTopology() {}

    public static Topology build(EngineConfig config, Topics topics, EventCoder coder) {
        StreamsBuilder builder = new StreamsBuilder();
        addLiveConfig(builder, config, topics);
        addExtraction(builder, config, topics, coder);
        addEscalation(builder, config, topics);
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
    static void addExtraction(StreamsBuilder builder, EngineConfig config, Topics topics, EventCoder coder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(Corroborate.STORE), Serdes.String(), topics.incidentSerde()));
        builder.stream(topics.articles().name(), topics.articles().consumed(new PayloadTimestamp()))
                .processValues(() -> new ExtractIncidents(coder, config.extraction().maxBodyBytes()), Named.as("extract-incidents"))
                .selectKey((articleKey, incident) -> Corroboration.key(incident), Named.as("key-by-dyad"))
                .repartition(Repartitioned.with(Serdes.String(), topics.incidentSerde()).withName(TO_CORROBORATE))
                .processValues(() -> new Corroborate(config.extraction().corroborationTolerance(), config.escalation().grace()),
                        Named.as("corroborate"), Corroborate.STORE)
                .to(topics.incidents().name(), topics.incidents().produced());
    }

    /**
     * Incidents to alerts, in two stages. The dyad stage sees both directions of a side pair
     * wherever they happened: incidents keyed by dyad ({@value #BY_DYAD}), linked to the attacks
     * they answer (store {@value DyadProcessor#STORE}). The region stage runs one escalation state
     * machine per region over the linked incidents keyed by region ({@value #BY_REGION}, store
     * {@value EscalationProcessor#STORE}). Every incident takes both hops, so a region's incidents
     * reach it through the same path whether or not they have sides.
     */
    static void addEscalation(StreamsBuilder builder, EngineConfig config, Topics topics) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DyadProcessor.STORE), Serdes.String(), topics.dyadStateSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(EscalationProcessor.STORE), Serdes.String(), topics.regionStateSerde()));
        builder.stream(topics.incidents().name(), topics.incidents().consumed(new PayloadTimestamp()))
                .process(() -> new IncidentIntake(config), Named.as("validate-incidents"))
                .repartition(Repartitioned.with(Serdes.String(), topics.incidentSerde()).withName(BY_DYAD))
                .process(() -> new DyadProcessor(config), Named.as("link-dyads"), DyadProcessor.STORE)
                .repartition(Repartitioned.with(Serdes.String(), topics.linkedIncidentSerde()).withName(BY_REGION))
                .process(() -> new EscalationProcessor(config), Named.as("escalate"), EscalationProcessor.STORE)
                .to(topics.alerts().name(), topics.alerts().produced());
    }

    /** Every topic the engine consumes, upstream first, as Kafka Streams names them for {@code applicationId}. */
    public static List<String> sourceTopics(EngineConfig config, String applicationId) {
        return List.of(config.topics().articles(), applicationId + "-" + TO_CORROBORATE + "-repartition", config.topics().incidents(),
                applicationId + "-" + BY_DYAD + "-repartition", applicationId + "-" + BY_REGION + "-repartition");
    }
}
