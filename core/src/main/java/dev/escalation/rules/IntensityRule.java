package dev.escalation.rules;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.LinkedIncident;
import dev.escalation.model.EscalationLevel;

/** ELEVATED, then HIGH: the weighted incidents of the sliding window against two thresholds. */
public final class IntensityRule implements Rule {
    private final EngineConfig.Escalation settings;
    private final Weights weights;
    private final long window;
    private long micros;

    public IntensityRule(EngineConfig.Escalation settings) {
        this.settings = settings;
        this.weights = new Weights(settings);
        this.window = settings.window().toMillis();
    }

    @Override
    public long[] edges() {
        return new long[] {window};
    }

    @Override
    public void count(LinkedIncident linked, long age, int sign) {
        if (age < window) {
            micros += sign * weights.micros(linked.incident());
        }
    }

    /** The weighted incidents in the window. */
    public double intensity() {
        return micros / Weights.MICROS;
    }

    @Override
    public EscalationLevel level() {
        double intensity = intensity();
        if (intensity >= settings.levels().high()) {
            return EscalationLevel.HIGH;
        }
        return intensity >= settings.levels().elevated() ? EscalationLevel.ELEVATED : EscalationLevel.CALM;
    }

    @Override
    public void explain(Assessment assessment) {
        EscalationLevel level = level();
        if (level != EscalationLevel.CALM) {
            assessment.reason(String.format("intensity %.1f over %d days is at or above %s (%.1f)", intensity(),
                    settings.window().toDays(), level, level == EscalationLevel.HIGH ? settings.levels().high() : settings.levels().elevated()));
        }
    }
}
