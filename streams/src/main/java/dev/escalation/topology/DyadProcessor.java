package dev.escalation.topology;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.DyadLinks;
import dev.escalation.escalate.EventTime;
import dev.escalation.escalate.Regions;
import dev.escalation.records.DyadState;
import dev.escalation.records.Incident;
import dev.escalation.records.LinkedIncident;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The dyad stage: over incidents keyed by dyad, links each attack to the reversals that lead to it
 * and each threat to the dyad's last attack (store {@value #STORE}), then keys it by its region.
 * An attack that arrives after incidents it precedes (within grace) also sends those again, each
 * at its own event time, with their new links.
 */
final class DyadProcessor implements Processor<String, Incident, String, LinkedIncident> {

    static final String STORE = "dyad-state";

    private final LiveConfig liveConfig;
    private ProcessorContext<String, LinkedIncident> context;
    private KeyValueStore<String, DyadState> states;

    DyadProcessor(EngineConfig config) {
        this.liveConfig = new LiveConfig(config);
    }

    /** The one place this processor reads its configuration. */
    private EngineConfig config() {
        return liveConfig.current();
    }

    @Override
    public void init(ProcessorContext<String, LinkedIncident> context) {
        liveConfig.init(context);
        this.context = context;
        this.states = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, Incident> record) {
        EngineConfig config = config();
        Incident incident = record.value();
        Optional<String> dyad = DyadLinks.dyadOf(incident);
        if (dyad.isEmpty()) {
            context.forward(record.withKey(Regions.regionOf(config, incident)).withValue(DyadLinks.unlinked(incident)));
            return;
        }
        DyadState state = states.get(dyad.get());
        if (state == null) {
            state = DyadLinks.newState(dyad.get());
        }
        List<LinkedIncident> linked = new DyadLinks(config).link(state, incident);
        states.put(dyad.get(), state);
        context.forward(record.withKey(Regions.regionOf(config, incident)).withValue(linked.get(0)));
        for (LinkedIncident relinked : linked.subList(1, linked.size())) {
            Incident earlier = relinked.getIncident();
            context.forward(record.withKey(Regions.regionOf(config, earlier)).withValue(relinked).withTimestamp(EventTime.of(earlier)));
        }
    }
}
