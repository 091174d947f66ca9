package dev.escalation.topology;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.RegionEscalation;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Incident;
import dev.escalation.records.LinkedIncident;
import dev.escalation.records.RegionState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Runs each region's escalation state machine (store {@value #STORE}) over linked incidents keyed
 * by region; emits one alert per change of level.
 */
final class EscalationProcessor implements Processor<String, LinkedIncident, String, EscalationAlert> {

    static final String STORE = "region-state";
    /** How often, in stream time, quiet regions are checked for cool-down. */
    private static final Duration COOL_DOWN_CHECK = Duration.ofHours(1);

    private final LiveConfig liveConfig;
    private ProcessorContext<String, EscalationAlert> context;
    private KeyValueStore<String, RegionState> states;

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
        this.states = context.getStateStore(STORE);
        context.schedule(COOL_DOWN_CHECK, PunctuationType.STREAM_TIME, this::coolDown);
    }

    @Override
    public void process(Record<String, LinkedIncident> record) {
        RegionEscalation escalation = new RegionEscalation(config());
        String region = record.key();
        RegionState state = states.get(region);
        if (state == null) {
            state = RegionEscalation.newState(region);
        }
        Incident incident = record.value().getIncident();
        if (escalation.isLate(state, incident)) {
            throw new RejectedRecord("incident " + incident.getId() + " of " + incident.getEventDate()
                    + " arrived after region " + region + " had reached "
                    + Instant.ofEpochMilli(Math.max(state.getClock(), state.getClosedUntil())) + ", beyond the grace period");
        }
        List<EscalationAlert> alerts = escalation.onIncident(state, record.value());
        states.put(region, state);
        alerts.forEach(this::forward);
    }

    /**
     * Lets quiet regions cool down. Evaluates only up to stream time less the grace period, as
     * Kafka Streams closes windows: an incident still within grace is then never behind the clock.
     */
    private void coolDown(long streamTime) {
        RegionEscalation escalation = new RegionEscalation(config());
        long until = streamTime - config().escalation().grace().toMillis();
        try (KeyValueIterator<String, RegionState> all = states.all()) {
            while (all.hasNext()) {
                KeyValue<String, RegionState> entry = all.next();
                RegionState state = entry.value;
                if (state.getLevel() == 0) {
                    continue;
                }
                List<EscalationAlert> alerts = escalation.onTime(state, until);
                states.put(entry.key, state);
                alerts.forEach(this::forward);
            }
        }
    }

    private void forward(EscalationAlert alert) {
        context.forward(new Record<>(alert.getRegion(), alert, alert.getEventTime().toEpochMilli()));
    }
}
