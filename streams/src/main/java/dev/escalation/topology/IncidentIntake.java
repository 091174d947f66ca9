package dev.escalation.topology;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.DyadLinks;
import dev.escalation.records.Incident;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Checks an incident, maps its sides through the operator's aliases and keys it by dyad, so that
 * both directions of a side pair meet in one task wherever they happened. An incident with no
 * dyad keeps its own id as key: it only passes through the dyad stage, spread over all partitions.
 */
final class IncidentIntake implements Processor<String, Incident, String, Incident> {

    private final LiveConfig liveConfig;
    private ProcessorContext<String, Incident> context;

    IncidentIntake(EngineConfig config) {
        this.liveConfig = new LiveConfig(config);
    }

    /** The one place this processor reads its configuration. */
    private EngineConfig config() {
        return liveConfig.current();
    }

    @Override
    public void init(ProcessorContext<String, Incident> context) {
        liveConfig.init(context);
        this.context = context;
    }

    @Override
    public void process(Record<String, Incident> record) {
        EngineConfig config = config();
        Incident incident = Incident.newBuilder(checked(record.value()))
                .setActorSide(config.side(record.value().getActorSide()))
                .setTargetSide(config.side(record.value().getTargetSide()))
                .build();
        context.forward(record.withKey(DyadLinks.dyadOf(incident).orElse(incident.getId())).withValue(incident));
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
}
