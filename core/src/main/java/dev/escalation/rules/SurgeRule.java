package dev.escalation.rules;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.LinkedIncident;
import dev.escalation.model.EscalationLevel;

/**
 * HIGH on a surge: the window's intensity at least (1 + increase) times the trailing baseline's
 * average per window, and at least a floor (the ACLED Surge Tracker rule). A surge makes a region
 * HIGH, not more: it says the violence is unusual for the region, which is what HIGH means for a
 * region with a low baseline; the rungs above say who answers whom, which a count cannot tell.
 */
public final class SurgeRule implements Rule {
    private final EngineConfig.Escalation settings;
    private final Weights weights;
    private final long window;
    private final long baselineEnd;
    private long windowMicros;
    private long baselineMicros;

    public SurgeRule(EngineConfig.Escalation settings) {
        this.settings = settings;
        this.weights = new Weights(settings);
        this.window = settings.window().toMillis();
        this.baselineEnd = window + settings.baseline().toMillis();
    }

    @Override
    public long[] edges() {
        return new long[] {window, baselineEnd};
    }

    @Override
    public void count(LinkedIncident linked, long age, int sign) {
        if (age < window) {
            windowMicros += sign * weights.micros(linked.incident());
        } else if (age < baselineEnd) {
            baselineMicros += sign * weights.micros(linked.incident());
        }
    }

    /** The baseline's average per window length. */
    public double baseline() {
        return baselineMicros / Weights.MICROS * window / settings.baseline().toMillis();
    }

    private double intensity() {
        return windowMicros / Weights.MICROS;
    }

    private boolean holds() {
        EngineConfig.Surge surge = settings.surge();
        return intensity() >= surge.floor() && intensity() >= (1 + surge.increase()) * baseline();
    }

    @Override
    public EscalationLevel level() {
        return holds() ? EscalationLevel.HIGH : EscalationLevel.CALM;
    }

    @Override
    public void explain(Assessment assessment) {
        if (holds()) {
            long days = settings.window().toDays();
            assessment.reason(String.format(
                    "surge: intensity %.1f over %d days is at least %+.0f%% over the %d-day average (%.1f per %d days) and at least %.1f",
                    intensity(), days, settings.surge().increase() * 100, settings.baseline().toDays(), baseline(), days,
                    settings.surge().floor()));
        }
    }
}
