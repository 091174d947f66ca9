package dev.escalation.topology;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.DyadLinks;
import dev.escalation.escalate.LinkedIncident;
import dev.escalation.escalate.RegionEscalation;
import dev.escalation.model.Dyad;
import dev.escalation.model.EscalationLevel;
import dev.escalation.model.EventTime;
import dev.escalation.model.Regions;
import dev.escalation.model.Timeline;
import dev.escalation.rules.Ladder;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Incident;
import dev.escalation.records.RegionState;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The escalation stage, one task that sees every incident: it takes incidents in event-time order
 * across the partitions of the incidents topic ({@link Watermarks}; waiting ones in {@code pending}),
 * links each in its dyad ({@link DyadLinks}), then runs its region's state machine
 * ({@link RegionEscalation}), and emits one alert per change of level. The dyads and regions live
 * in memory; what a restart needs is written down in the {@link EscalationJournal}.
 */
final class EscalationProcessor implements Processor<String, Incident, String, EscalationAlert> {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationProcessor.class);
    private static final EscalationLevel[] LEVELS = EscalationLevel.values();

    /** How often, in event time taken, raised regions are checked for cool-down and old incidents let go: on the hour. */
    private static final Duration COOL_DOWN_CHECK = Duration.ofHours(1);

    /** Metrics (group "escalation"): incidents reported beyond their feed's report horizon, and below their feed's evidence floor. */
    static final String METRICS_GROUP = "escalation";
    static final String BACKGROUND = "background-reports";
    static final String BELOW_FLOOR = "below-evidence-floor";
    private final LiveConfig liveConfig;
    private final boolean durable;
    private ProcessorContext<String, EscalationAlert> context;
    private EscalationJournal journal;
    private Watermarks watermarks;
    /** Incidents received, not yet taken, in event-time order. */
    private Timeline<Incident> pending;
    private Map<String, DyadLinks> dyads;
    private Map<String, RegionEscalation> regions;
    /** The journal key of the last incident taken: those up to it have been taken, those after wait. */
    private String taken;
    /** What the journal was last told of {@link #taken}. */
    private String journaledTaken;
    /** Incidents have been taken up to this event time. */
    private long takenUntil = Long.MIN_VALUE;
    /** Raised regions have been let cool down up to this event time. */
    private long cooledUntil = Long.MIN_VALUE;
    private Sensor background;
    private Sensor belowFloor;
    /** The journal's retention ({@link #retention}) and the config it was computed for. */
    private long retention;
    private EngineConfig retentionOf;

    /** @param durable whether to keep the journal (the running engine) or nothing beyond memory (a backtest) */
    EscalationProcessor(EngineConfig config, boolean durable) {
        this.liveConfig = new LiveConfig(config);
        this.durable = durable;
    }

    /** The one place this processor reads its configuration. */
    private EngineConfig config() {
        return liveConfig.current();
    }

    /**
     * Builds the dyads and regions again from the journal: the regions' levels and clocks as
     * stored, the incidents taken linked again in event-time order, the others waiting as before.
     */
    @Override
    public void init(ProcessorContext<String, EscalationAlert> context) {
        liveConfig.init(context);
        this.context = context;
        String task = context.taskId().toString();
        this.background = context.metrics().addRateTotalSensor(METRICS_GROUP, task, BACKGROUND, Sensor.RecordingLevel.INFO);
        this.belowFloor = context.metrics().addRateTotalSensor(METRICS_GROUP, task, BELOW_FLOOR, Sensor.RecordingLevel.INFO);
        this.journal = durable ? EscalationJournal.of(context) : EscalationJournal.none();
        this.watermarks = new Watermarks(StreamsSettings.incidentPartitions(context.appConfigs()), journal);
        this.pending = new Timeline<>();
        this.dyads = new HashMap<>();
        this.regions = new HashMap<>();
        this.takenUntil = Long.MIN_VALUE;
        this.cooledUntil = Long.MIN_VALUE;
        journal.regions().forEach((name, state) -> regions.put(name, new RegionEscalation(state)));
        this.taken = journal.taken();
        this.journaledTaken = taken;
        EngineConfig config = config();
        for (Incident incident : journal.restore()) {
            long time = EventTime.of(incident);
            if (taken != null && EscalationJournal.key(time, incident.getId()).compareTo(taken) <= 0) {
                link(config, incident).forEach(linked -> region(Regions.regionOf(config, linked.incident())).holdWithoutEvaluating(linked));
                takenUntil = Math.max(takenUntil, time);
            } else {
                pending.put(time, incident.getId(), incident);
            }
        }
    }

    /**
     * Takes the record's watermark, then the incident it carries (a record from an idle partition
     * carries none): dead-lettered when it comes too late for its region, else held until every
     * partition has gone past it, and then every incident that has become ready, in event-time order.
     */
    @Override
    public void process(Record<String, Incident> record) {
        EngineConfig config = config();
        watermarks.update(record.headers());
        Incident incident = record.value();
        if (incident != null) {
            RegionEscalation escalation = region(Regions.regionOf(config, incident));
            if (!config.escalation().evidence().counts(incident)) {
                belowFloor.record(); // noise by the operator's floor for its feed: not counted, not a fault
            } else if (escalation.lateness(config, incident) == RegionEscalation.Lateness.BACKGROUND) {
                background.record(); // reported too long after the event to count: background, not a fault
            } else {
                long time = EventTime.of(incident);
                pending.put(time, incident.getId(), incident);
                journal.hold(time, incident);
            }
        }
        takeReady(config);
        if (durable) {
            // Usually every incident is taken as it comes: then the journal is told once that all are.
            String takenMark = pending.isEmpty() ? EscalationJournal.ALL_TAKEN : taken == null ? EscalationJournal.NONE_TAKEN : taken;
            if (!takenMark.equals(journaledTaken)) {
                journal.taken(takenMark);
                journaledTaken = takenMark;
            }
        }
    }

    private void takeReady(EngineConfig config) {
        long frontier = watermarks.frontier();
        if (frontier == Long.MIN_VALUE) {
            return;
        }
        long settle = config.escalation().settle().toMillis();
        long mark = frontier == Long.MAX_VALUE ? Long.MAX_VALUE : frontier - settle;
        // With no settle, an incident is taken as soon as every partition has reached its instant: alerts
        // as soon as can be. With one, an instant is taken whole once every partition is past it by the
        // settle time: then the order of one date's incidents does not depend on which partition came first.
        while (!pending.isEmpty() && (settle == 0 ? pending.timeAt(pending.start()) <= mark : pending.timeAt(pending.start()) < mark)) {
            long time = pending.timeAt(pending.start());
            Incident next = pending.removeFirst();
            if (durable) {
                String key = EscalationJournal.key(time, next.getId());
                if (taken == null || key.compareTo(taken) > 0) {
                    taken = key;
                }
            }
            escalate(config, next);
        }
        takenUntil = Math.max(takenUntil, Math.min(mark, watermarks.highest()));
        if (takenUntil == Long.MIN_VALUE) {
            return; // no partition has shown an event time yet (it fell idle before its first record)
        }
        // On a fixed grid of event time, not every hour from whenever the task started: a restarted
        // task then looks at the same instants, and closes its regions up to the same times.
        long step = COOL_DOWN_CHECK.toMillis();
        long until = Math.floorDiv(takenUntil - config.escalation().grace().toMillis(), step) * step;
        if (until > cooledUntil) {
            coolDown(config, until);
        }
    }

    /** Links the incident in its dyad, then brings it, and any incident whose links it changed, to its region. */
    private void escalate(EngineConfig config, Incident incident) {
        List<LinkedIncident> linked = link(config, incident);
        for (LinkedIncident each : linked) {
            String region = Regions.regionOf(config, each.incident());
            RegionEscalation escalation = region(region);
            if (each != linked.get(0) && escalation.lateness(config, each.incident()) != RegionEscalation.Lateness.ON_TIME) {
                // The region has moved on past the grace period: no change is dated back to the
                // incident; its new link counts from the region's next evaluation on.
                escalation.holdWithoutEvaluating(each);
                continue;
            }
            List<EscalationAlert> alerts = escalation.onIncident(config, each);
            if (escalation.takeChanged()) {
                journal.region(escalation.state());
            }
            alerts.forEach(this::forward);
        }
    }

    /** The incident linked in its dyad, and the incidents it re-linked; the incident alone when it has no dyad. */
    private List<LinkedIncident> link(EngineConfig config, Incident incident) {
        Optional<String> dyad = Dyad.of(incident);
        return dyad.isEmpty() ? List.of(LinkedIncident.unlinked(incident))
                : dyads.computeIfAbsent(dyad.get(), d -> new DyadLinks()).link(config, incident);
    }

    private RegionEscalation region(String name) {
        return regions.computeIfAbsent(name, RegionEscalation::newRegion);
    }

    /**
     * Lets raised regions cool down, up to the time incidents have been taken to, less the grace
     * period, as Kafka Streams closes windows: an incident still within grace is then never
     * behind a region's clock. Then lets go of the journal's incidents no window can count any more.
     */
    private void coolDown(EngineConfig config, long until) {
        cooledUntil = until;
        regions.values().stream().filter(escalation -> escalation.state().getLevel() != 0)
                .sorted((a, b) -> a.state().getRegion().compareTo(b.state().getRegion()))
                .forEach(escalation -> {
                    List<EscalationAlert> alerts = escalation.onTime(config, until);
                    if (escalation.takeChanged()) {
                        journal.region(escalation.state());
                    }
                    alerts.forEach(this::forward);
                });
        if (durable) {
            journal.releaseBefore(until - retention(config));
        }
    }

    @Override
    public void close() {
        context.metrics().removeSensor(background);
        context.metrics().removeSensor(belowFloor);
    }

    /** How long the journal keeps an incident taken: as long as a dyad or the rules of some region may count it. */
    private long retention(EngineConfig config) {
        if (config != retentionOf) {
            long longest = DyadLinks.reach(config.escalation());
            for (EngineConfig.Escalation settings : config.regions().overrides().values()) {
                longest = Math.max(longest, Ladder.reach(settings));
            }
            retention = Math.max(longest, Ladder.reach(config.escalation())) + 2 * config.escalation().grace().toMillis();
            retentionOf = config;
        }
        return retention;
    }

    private void forward(EscalationAlert alert) {
        if (durable) {
            LOG.info("level change: region {} {} -> {} ({}) at event time {} [{}]", alert.getRegion(),
                    LEVELS[Math.max(0, Math.min(alert.getPreviousLevel(), LEVELS.length - 1))], alert.getLevelName(),
                    alert.getStatus(), alert.getEventTime(), alert.getAlertId());
        }
        context.forward(new Record<>(alert.getRegion(), alert, alert.getEventTime().toEpochMilli()));
    }
}
