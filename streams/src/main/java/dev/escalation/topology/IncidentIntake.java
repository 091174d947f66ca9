package dev.escalation.topology;

import dev.escalation.config.EngineConfig;
import dev.escalation.model.EventTime;
import dev.escalation.records.Incident;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Checks an incident and maps its sides through the operator's aliases, one task per partition of
 * the incidents topic. Each incident leaves with its partition's watermark, the latest event time
 * the partition has shown, so that the escalation stage can take incidents in event-time order
 * across partitions ({@link Watermarks}). A partition with no record for {@code partitionIdle}
 * (wall clock) says so once, and holds the others back no more until its next record.
 */
final class IncidentIntake implements Processor<String, Incident, String, Incident> {

    private final LiveConfig liveConfig;
    private final Codes codes = new Codes();
    private ProcessorContext<String, Incident> context;
    private int partition;
    private long watermark = Long.MIN_VALUE;
    private long lastRecordAt;
    private boolean idle;

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
        this.partition = context.taskId().partition();
        this.lastRecordAt = context.currentSystemTimeMs();
        context.schedule(config().escalation().partitionIdle().dividedBy(2), PunctuationType.WALL_CLOCK_TIME, this::checkIdle);
    }

    @Override
    public void process(Record<String, Incident> record) {
        EngineConfig config = config();
        lastRecordAt = context.currentSystemTimeMs();
        idle = false;
        // The record's value is this task's own copy, just read: mapped in place, not copied. Codes
        // are shared instances, so that the dyad and region stages compare them by reference first.
        Incident incident = checked(record.value());
        incident.setCountryCode(codes.of(incident.getCountryCode()));
        incident.setActorSide(codes.of(config.side(incident.getActorSide())));
        incident.setTargetSide(codes.of(config.side(incident.getTargetSide())));
        // What the escalation never reads (it is in the incidents topic for whoever does) is not
        // carried on: not held in memory, not written to the journal, not repartitioned.
        incident.setLocation(null);
        incident.setLatitude(null);
        incident.setLongitude(null);
        incident.setActor(null);
        incident.setTarget(null);
        incident.setInjured(null);
        incident.setSourceIds(List.of());
        incident.setEvidence(null);
        watermark = Math.max(watermark, EventTime.of(incident));
        context.forward(new Record<>(incident.getId(), incident, record.timestamp(), Watermarks.headers(partition, watermark, false)));
    }

    /** Says once that the partition is idle when it has had no record for {@code partitionIdle}. */
    private void checkIdle(long now) {
        if (!idle && now - lastRecordAt >= config().escalation().partitionIdle().toMillis()) {
            idle = true;
            // Keyed (a repartition drops null keys) and stamped with the partition's watermark, or the wall clock before any record.
            context.forward(new Record<>("partition-" + partition, null, watermark == Long.MIN_VALUE ? now : watermark, Watermarks.headers(partition, watermark, true)));
        }
    }

    /**
     * The incident, or a {@link RejectedRecord} naming the first field whose value cannot be: an
     * empty id, a country that is no ISO code, a date before 1970 or in the future, a negative
     * count of dead or injured, a position off the globe, a confidence outside [0, 1], fewer than
     * one report. Valid Avro is not yet a possible incident, and one impossible value (fatalities
     * -5 counted into a region's intensity) would skew every alert after it.
     */
    private static Incident checked(Incident incident) {
        String id = incident.getId();
        if (id == null || id.isBlank()) {
            throw new RejectedRecord("incident has an empty id ('" + (id == null ? "" : id) + "'); every incident needs a stable id");
        }
        String country = incident.getCountryCode();
        if (country == null || country.length() != 2 || !isUpperLetter(country.charAt(0)) || !isUpperLetter(country.charAt(1))) {
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
        notNegative(incident, "fatalities", incident.getFatalities());
        notNegative(incident, "injured", incident.getInjured());
        within(incident, "latitude", incident.getLatitude(), -90, 90);
        within(incident, "longitude", incident.getLongitude(), -180, 180);
        within(incident, "confidence", incident.getConfidence(), 0, 1);
        if (incident.getCorroboration() < 1) {
            throw new RejectedRecord("incident " + incident.getId() + " has corroboration " + incident.getCorroboration()
                    + "; it counts the reports that carry the incident, at least 1");
        }
        return incident;
    }

    private static void notNegative(Incident incident, String field, Integer count) {
        if (count != null && count < 0) {
            throw new RejectedRecord("incident " + incident.getId() + " has " + field + " " + count + "; a count of people cannot be negative");
        }
    }

    /** An optional number within [min, max]; NaN is outside. */
    private static void within(Incident incident, String field, Double value, double min, double max) {
        if (value != null && !(value >= min && value <= max)) {
            throw new RejectedRecord("incident " + incident.getId() + " has " + field + " " + value + ", outside ["
                    + format(min) + ", " + format(max) + "]");
        }
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
    }

    private static boolean isUpperLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** One instance of each country and side code seen, up to a bound against input that invents them without end. */
    private static final class Codes {
        private static final int MAX = 100_000;
        private final Map<String, String> known = new HashMap<>();

        String of(String code) {
            if (code == null) {
                return null;
            }
            String shared = known.get(code);
            if (shared != null) {
                return shared;
            }
            if (known.size() < MAX) {
                known.put(code, code);
            }
            return code;
        }
    }
}
