package dev.escalation.topology;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.Regions;
import dev.escalation.extract.EventCoder;
import dev.escalation.records.Article;
import dev.escalation.records.Incident;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    /** Name of the repartition step that keys incidents by region. */
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

    /** Articles to incidents, keyed by incident id. */
    static void addExtraction(StreamsBuilder builder, EngineConfig config, Topics topics, EventCoder coder) {
        int maxBody = config.extraction().maxBodyBytes();
        builder.stream(topics.articles().name(), topics.articles().consumed(new PayloadTimestamp()))
                .flatMapValues(article -> coder.code(checked(article, maxBody)), Named.as("extract-incidents"))
                .selectKey((articleKey, incident) -> incident.getId(), Named.as("key-by-incident-id"))
                .to(topics.incidents().name(), topics.incidents().produced());
    }

    /** Incidents to alerts: repartitioned by region, one escalation state machine per region. */
    static void addEscalation(StreamsBuilder builder, EngineConfig config, Topics topics) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(EscalationProcessor.STORE), Serdes.String(), topics.regionStateSerde()));
        builder.stream(topics.incidents().name(), topics.incidents().consumed(new PayloadTimestamp()))
                .mapValues(incident -> checked(incident), Named.as("validate-incidents"))
                .selectKey((incidentKey, incident) -> Regions.regionOf(incident), Named.as("key-by-region"))
                .repartition(Repartitioned.with(Serdes.String(), topics.incidentSerde()).withName(BY_REGION))
                .process(() -> new EscalationProcessor(config), Named.as("escalate"), EscalationProcessor.STORE)
                .to(topics.alerts().name(), topics.alerts().produced());
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

    private static Incident checked(Incident incident) {
        String country = incident.getCountryCode();
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new RejectedRecord("incident " + incident.getId() + " has country code '" + country
                    + "'; an ISO 3166-1 alpha-2 code such as IQ is required");
        }
        LocalDate date = incident.getEventDate();
        if (date.getYear() < 1970) {
            throw new RejectedRecord("incident " + incident.getId() + " is dated " + date
                    + ", before 1970-01-01, the earliest event time Kafka records can carry");
        }
        if (date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            throw new RejectedRecord("incident " + incident.getId() + " is dated " + date + ", in the future");
        }
        return incident;
    }

    /** Every topic the engine consumes, upstream first, as Kafka Streams names them for {@code applicationId}. */
    public static List<String> sourceTopics(EngineConfig config, String applicationId) {
        return List.of(config.topics().articles(), config.topics().incidents(), applicationId + "-" + BY_REGION + "-repartition");
    }
}
