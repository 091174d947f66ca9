package dev.escalation.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.escalation.config.EngineConfig;
import dev.escalation.model.EscalationLevel;
import dev.escalation.model.Regions;
import dev.escalation.records.RegionState;
import dev.escalation.topology.EngineTopology;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The regions' levels from the engine's own state: an interactive query on the store
 * {@value EngineTopology#REGIONS_STORE}. The store lives in the one escalation task; an instance
 * that does not hold it asks the instance that does ({@code application.server}) for its
 * {@code /api/regions?local=true}.
 */
public final class StoreRegions implements RegionSource {

    private static final DateTimeFormatter ALERT_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private static final EscalationLevel[] LEVELS = EscalationLevel.values();

    private final KafkaStreams streams;
    private final Supplier<EngineConfig> config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public StoreRegions(KafkaStreams streams, Supplier<EngineConfig> config) {
        this.streams = streams;
        this.config = config;
    }

    @Override
    public List<RegionLevel> regions() {
        try {
            return local();
        } catch (InvalidStateStoreException notHere) {
            return remote(notHere);
        }
    }

    /** This instance's own store; throws when it does not hold it (or is not running). */
    public List<RegionLevel> local() {
        ReadOnlyKeyValueStore<String, RegionState> store = streams.store(StoreQueryParameters.fromNameAndType(
                EngineTopology.REGIONS_STORE, QueryableStoreTypes.<String, RegionState>keyValueStore()));
        EngineConfig now = config.get();
        List<RegionLevel> regions = new ArrayList<>();
        try (KeyValueIterator<String, RegionState> all = store.all()) {
            all.forEachRemaining(entry -> regions.add(view(now, entry.value)));
        }
        regions.sort(Comparator.comparing(RegionLevel::region));
        return regions;
    }

    public static RegionLevel view(EngineConfig config, RegionState state) {
        String region = state.getRegion();
        int level = Math.max(0, Math.min(state.getLevel(), LEVELS.length - 1));
        boolean calmSinceStart = level == 0 && state.getLevelSince() == 0;
        Instant since = calmSinceStart ? null : Instant.ofEpochMilli(state.getLevelSince());
        String alertId = since == null ? null : region + "-" + level + "-" + ALERT_ID_TIME.format(since);
        return new RegionLevel(region, Regions.countriesOf(config, region), level, LEVELS[level].name(), since, alertId);
    }

    private List<RegionLevel> remote(InvalidStateStoreException notHere) {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            throw notHere;
        }
        Collection<StreamsMetadata> holders = streams.streamsMetadataForStore(EngineTopology.REGIONS_STORE);
        for (StreamsMetadata holder : holders) {
            if (holder.host() == null || holder.host().isEmpty() || holder.port() <= 0) {
                continue;
            }
            URI uri = URI.create("http://" + holder.host() + ":" + holder.port() + "/api/regions?local=true");
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return JSON.readValue(response.body(), new TypeReference<List<RegionLevel>>() {});
                }
            } catch (IOException e) {
                // try the next holder (a standby, say)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new InvalidStateStoreException("the store " + EngineTopology.REGIONS_STORE + " is on no instance that answers ("
                + notHere.getMessage() + ")");
    }

    @Override
    public String notReadyReason() {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING) {
            return "the Streams application is " + state + ", not RUNNING";
        }
        try {
            streams.store(StoreQueryParameters.fromNameAndType(EngineTopology.REGIONS_STORE,
                    QueryableStoreTypes.<String, RegionState>keyValueStore())).approximateNumEntries();
            return null;
        } catch (InvalidStateStoreException e) {
            if (!streams.streamsMetadataForStore(EngineTopology.REGIONS_STORE).isEmpty()
                    && streams.streamsMetadataForStore(EngineTopology.REGIONS_STORE).stream().noneMatch(m -> m.host().isEmpty())) {
                return null;
            }
            return "the store " + EngineTopology.REGIONS_STORE + " is not queryable: " + e.getMessage();
        }
    }
}
