package dev.escalation.topology;

import dev.escalation.extract.Corroboration;
import dev.escalation.records.Incident;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Merges an incident that an earlier article already reported into the earlier one
 * ({@link Corroboration}) and emits the merged incident under the earlier id. Records arrive keyed
 * by {@link Corroboration#key}; the store holds each recent incident under that key, '|', its id.
 * An incident is held while a later report of it can still arrive: its date plus the tolerance
 * and the escalation grace, against stream time (the publication time of the articles).
 */
final class Corroborate implements FixedKeyProcessor<String, Incident, Incident> {

    static final String STORE = "corroboration";

    private final Corroboration corroboration;
    private final Duration held;
    private FixedKeyProcessorContext<String, Incident> context;
    private KeyValueStore<String, Incident> store;

    Corroborate(Duration tolerance, Duration grace) {
        this.corroboration = new Corroboration(tolerance);
        this.held = tolerance.plus(grace);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Incident> context) {
        this.context = context;
        this.store = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, Incident> record) {
        String prefix = record.key() + "|";
        LocalDate oldest = LocalDate.ofInstant(Instant.ofEpochMilli(context.currentStreamTimeMs()).minus(held), ZoneOffset.UTC);
        List<Incident> candidates = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, Incident> it = store.prefixScan(prefix, new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, Incident> kv = it.next();
                if (kv.value.getEventDate().isBefore(oldest)) {
                    expired.add(kv.key);
                } else {
                    candidates.add(kv.value);
                }
            }
        }
        expired.forEach(store::delete);
        Incident incident = record.value();
        Incident earlier = corroboration.earlier(candidates, incident);
        Incident out = earlier == null ? incident : Corroboration.merge(earlier, incident);
        store.put(prefix + out.getId(), out);
        context.forward(record.withValue(out));
    }
}
