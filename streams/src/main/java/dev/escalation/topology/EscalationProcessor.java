package dev.escalation.topology;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.RegionEscalation;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Incident;
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

/** Runs each region's escalation state machine over incidents keyed by region; emits one alert per change of level. */
final class EscalationProcessor implements Processor<String, Incident, String, EscalationAlert> {

    static final String STORE = "region-state";
    /** How often, in stream time, quiet regions are checked for cool-down. */
    private static final Duration COOL_DOWN_CHECK = Duration.ofHours(1);

    private final RegionEscalation escalation;
    private final long graceMillis;
    private ProcessorContext<String, EscalationAlert> context;
    private KeyValueStore<String, RegionState> states;

    EscalationProcessor(EngineConfig config) {
        this.escalation = new RegionEscalation(config);
        this.graceMillis = config.escalation().grace().toMillis();
    }

    @Override
    public void init(ProcessorContext<String, EscalationAlert> context) {
        this.context = context;
        this.states = context.getStateStore(STORE);
        context.schedule(COOL_DOWN_CHECK, PunctuationType.STREAM_TIME, this::coolDown);
    }

    @Override
    public void process(Record<String, Incident> record) {
        String region = record.key();
        RegionState state = states.get(region);
        if (state == null) {
            state = RegionEscalation.newState(region);
        }
        if (escalation.isLate(state, record.value())) {
            throw new RejectedRecord("incident " + record.value().getId() + " of " + record.value().getEventDate()
                    + " arrived after region " + region + " had reached "
                    + Instant.ofEpochMilli(state.getClock()) + ", beyond the grace period");
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
        long until = streamTime - graceMillis;
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
