package dev.escalation.rules;

import dev.escalation.config.EngineConfig;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;

/** An incident's weight for intensity, by event type plus per death, in exact millionths. */
final class Weights {
    static final double MICROS = 1_000_000;

    private final long[] byTypeMicros = new long[EventType.values().length];
    private final long perDeathMicros;

    Weights(EngineConfig.Escalation settings) {
        for (EventType type : EventType.values()) {
            byTypeMicros[type.ordinal()] = Math.round(settings.weight(type) * MICROS);
        }
        perDeathMicros = Math.round(settings.fatalityWeight() * MICROS);
    }

    long micros(Incident incident) {
        return byTypeMicros[incident.getEventType().ordinal()] + perDeathMicros * deaths(incident);
    }

    static int deaths(Incident incident) {
        return incident.getFatalities() == null ? 0 : incident.getFatalities();
    }
}
