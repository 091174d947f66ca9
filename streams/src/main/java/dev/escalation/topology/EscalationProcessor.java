package dev.escalation.topology;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.DyadLinks;
import dev.escalation.escalate.Held;
import dev.escalation.escalate.RegionEscalation;
import dev.escalation.escalate.Regions;
import dev.escalation.records.DyadState;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Incident;
import dev.escalation.records.LinkedIncident;
import dev.escalation.records.RegionState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The escalation stage, one task that sees every incident: it takes incidents in event-time order
 * across the partitions of the incidents topic ({@link Watermarks}; waiting ones in store
 * {@value #PENDING}), links each in its dyad (clock in {@value #DYAD_STATE}, attacks and threats in
 * {@value #DYAD_HELD}), then runs its region's state machine (level and clocks in
 * {@value #REGION_STATE}, incidents in {@value #REGION_HELD}), and emits one alert per change of level.
 */
final class EscalationProcessor implements Processor<String, Incident, String, EscalationAlert> {

    static final String PENDING = "pending-incidents";
    static final String DYAD_STATE = "dyad-state";
    static final String DYAD_HELD = "dyad-incidents";
    static final String REGION_STATE = "region-state";
    static final String REGION_HELD = "region-incidents";
    static final String[] STORES = {Watermarks.STORE, PENDING, DYAD_STATE, DYAD_HELD, REGION_STATE, REGION_HELD};

    private static final Logger LOG = LoggerFactory.getLogger(EscalationProcessor.class);
    /** How often, in event time taken, raised regions are checked for cool-down. */
    private static final Duration COOL_DOWN_CHECK = Duration.ofHours(1);
    /** Dyads and regions kept in memory between records; more are read back from the stores when needed. */
    private static final int CACHED = 10_000;

    private final LiveConfig liveConfig;
    private ProcessorContext<String, EscalationAlert> context;
    private Watermarks watermarks;
    private Held<Incident> pending;
    private KeyValueStore<String, DyadState> dyadStates;
    private KeyValueStore<String, RegionState> regionStates;
    private ModelCache<DyadLinks> dyads;
    private ModelCache<RegionEscalation> regions;
    /** Incidents have been taken up to this event time. */
    private long taken = Long.MIN_VALUE;
    /** Raised regions have been let cool down up to this event time. */
    private long cooledUntil = Long.MIN_VALUE;

    EscalationProcessor(EngineConfig config) {
        this.liveConfig = new LiveConfig(config);
    }

    /** The one place this processor reads its configuration. */
    private EngineConfig config() {
        return liveConfig.current();
    }

    @Override
    public void init(ProcessorContext<String, EscalationAlert> context) {
        liveConfig.init(context);
        this.context = context;
        this.watermarks = new Watermarks(StreamsSettings.incidentPartitions(context.appConfigs()), context.getStateStore(Watermarks.STORE));
        this.taken = Long.MIN_VALUE;
        this.cooledUntil = Long.MIN_VALUE;
        this.pending = new HeldStore<Incident>(context.getStateStore(PENDING)).restore("pending", DyadLinks::held);
        this.dyadStates = context.getStateStore(DYAD_STATE);
        this.regionStates = context.getStateStore(REGION_STATE);
        HeldStore<Incident> dyadHeld = new HeldStore<>(context.getStateStore(DYAD_HELD));
        this.dyads = new ModelCache<>(CACHED, dyad -> {
            DyadState state = dyadStates.get(dyad);
            return new DyadLinks(state != null ? state : DyadLinks.newState(dyad),
                    dyadHeld.restore(dyad + "|attacks", DyadLinks::held), dyadHeld.restore(dyad + "|threats", DyadLinks::held));
        });
        HeldStore<LinkedIncident> regionHeld = new HeldStore<>(context.getStateStore(REGION_HELD));
        this.regions = new ModelCache<>(CACHED, region -> {
            RegionState state = regionStates.get(region);
            return new RegionEscalation(state != null ? state : RegionEscalation.newState(region),
                    regionHeld.restore(region, RegionEscalation::held));
        });
    }

    /**
     * Takes the record's watermark, then the incident it carries (a record from an idle partition
     * carries none): dead-lettered when it comes too late for its region, else held until every
     * partition has gone past it, and then every incident that has become ready, in event-time order.
     */
    @Override
    public void process(Record<String, Incident> record) {
        watermarks.update(record.headers());
        Incident incident = record.value();
        if (incident != null) {
            String region = Regions.regionOf(config(), incident);
            RegionEscalation escalation = regions.get(region);
            if (escalation.isLate(config(), incident)) {
                RegionState state = escalation.state();
                throw new RejectedRecord("incident " + incident.getId() + " of " + incident.getEventDate()
                        + " arrived after region " + region + " had reached "
                        + Instant.ofEpochMilli(Math.max(state.getClock(), state.getClosedUntil())) + ", beyond the grace period");
            }
            pending.put(incident);
        }
        takeReady();
    }

    private void takeReady() {
        long frontier = watermarks.frontier();
        if (frontier == Long.MIN_VALUE) {
            return;
        }
        long settle = config().escalation().settle().toMillis();
        long mark = frontier == Long.MAX_VALUE ? Long.MAX_VALUE : frontier - settle;
        // With no settle, an incident is taken as soon as every partition has reached its instant: alerts
        // as soon as can be. With one, an instant is taken whole once every partition is past it by the
        // settle time: then the order of one date's incidents does not depend on which partition came first.
        while (!pending.isEmpty() && (settle == 0 ? pending.all().firstKey().time() <= mark : pending.all().firstKey().time() < mark)) {
            Incident next = pending.all().firstEntry().getValue();
            pending.remove(next.getId());
            escalate(next);
        }
        taken = Math.max(taken, Math.min(mark, watermarks.highest()));
        long until = taken - config().escalation().grace().toMillis();
        if (cooledUntil == Long.MIN_VALUE || until - cooledUntil >= COOL_DOWN_CHECK.toMillis()) {
            coolDown(until);
        }
    }

    /** Links the incident in its dyad, then brings it, and any incident whose links it changed, to its region. */
    private void escalate(Incident incident) {
        EngineConfig config = config();
        Optional<String> dyad = DyadLinks.dyadOf(incident);
        List<LinkedIncident> linked = List.of(DyadLinks.unlinked(incident));
        if (dyad.isPresent()) {
            DyadLinks links = dyads.get(dyad.get());
            linked = links.link(config, incident);
            dyadStates.put(dyad.get(), links.state());
        }
        for (LinkedIncident each : linked) {
            String region = Regions.regionOf(config, each.getIncident());
            RegionEscalation escalation = regions.get(region);
            if (each != linked.get(0) && escalation.isLate(config, each.getIncident())) {
                // The incident counted already; its new link comes beyond its region's grace period.
                LOG.info("incident {} was re-linked after region {} had moved on beyond the grace period; its new link is not counted",
                        each.getIncident().getId(), region);
                continue;
            }
            List<EscalationAlert> alerts = escalation.onIncident(config, each);
            regionStates.put(region, escalation.state());
            alerts.forEach(this::forward);
        }
    }

    /**
     * Lets raised regions cool down, up to the time incidents have been taken to, less the grace
     * period, as Kafka Streams closes windows: an incident still within grace is then never
     * behind a region's clock.
     */
    private void coolDown(long until) {
        cooledUntil = until;
        List<String> raised = new ArrayList<>();
        try (KeyValueIterator<String, RegionState> all = regionStates.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value.getLevel() != 0) {
                    raised.add(entry.key);
                }
            });
        }
        for (String region : raised) {
            RegionEscalation escalation = regions.get(region);
            List<EscalationAlert> alerts = escalation.onTime(config(), until);
            regionStates.put(region, escalation.state());
            alerts.forEach(this::forward);
        }
    }

    private void forward(EscalationAlert alert) {
        context.forward(new Record<>(alert.getRegion(), alert, alert.getEventTime().toEpochMilli()));
    }
}
