package dev.escalation.topology;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.DyadLinks;
import dev.escalation.escalate.EventTime;
import dev.escalation.extract.EventCoder;
import dev.escalation.records.Article;
import dev.escalation.records.Incident;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
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
     * Articles to incidents, in event-time order within each article and keyed like the dyad stage
     * keys them, so that an attack and the answer one article reports stay in order through both hops.
     */
    static void addExtraction(StreamsBuilder builder, EngineConfig config, Topics topics, EventCoder coder) {
        int maxBody = config.extraction().maxBodyBytes();
        builder.stream(topics.articles().name(), topics.articles().consumed(new PayloadTimestamp()))
                .flatMapValues(article -> inEventTimeOrder(coder.code(checked(article, maxBody))), Named.as("extract-incidents"))
                .selectKey((articleKey, incident) -> DyadLinks.dyadOf(incident).orElse(incident.getId()), Named.as("key-by-dyad"))
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

    private static List<Incident> inEventTimeOrder(List<Incident> incidents) {
        return incidents.stream().sorted(Comparator.comparingLong(EventTime::of).thenComparing(Incident::getId)).toList();
    }

    private static Article checked(Article article, int maxBodyBytes) {
        String body = article.getBody();
        if (body == null || body.isBlank()) {
            throw new RejectedRecord("article " + article.getId() + " has an empty body");
        }
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBodyBytes) {
            throw new RejectedRecord("article " + article.getId() + " has a body of " + bytes
                    + " bytes, over extraction.maxBodyBytes (" + maxBodyBytes + ")");
        }
        String language = article.getLanguage();
        if (language != null && !language.isBlank() && !language.toLowerCase().startsWith("en")) {
            throw new RejectedRecord("article " + article.getId() + " is in language '" + language
                    + "'; the event coder reads English only");
        }
        return article;
    }

    /** Every topic the engine consumes, upstream first, as Kafka Streams names them for {@code applicationId}. */
    public static List<String> sourceTopics(EngineConfig config, String applicationId) {
        return List.of(config.topics().articles(), config.topics().incidents(),
                applicationId + "-" + BY_DYAD + "-repartition", applicationId + "-" + BY_REGION + "-repartition");
    }
}
