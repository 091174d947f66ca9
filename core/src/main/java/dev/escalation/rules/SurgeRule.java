package dev.escalation.rules;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.LinkedIncident;
import dev.escalation.model.EscalationLevel;

/**
 * HIGH on a surge: the window's intensity at least (1 + increase) times the region's normal
 * intensity, and at least a floor (the ACLED Surge Tracker rule). The normal is the seeded one, or
 * the trailing baseline's average per window once the region has been observed that long; a
 * region with no baseline yet has nothing to surge over. A surge makes a region HIGH, not more: it
 * says the violence is unusual for the region, which is what HIGH means for a region with a low
 * baseline; the rungs above say who answers whom, which a count cannot tell.
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

    /** The trailing baseline's average per window length. */
    public double baseline() {
        return baselineMicros / Weights.MICROS * window / settings.baseline().toMillis();
    }

    private double intensity() {
        return windowMicros / Weights.MICROS;
    }

    private boolean holds(Normal normal) {
        EngineConfig.Surge surge = settings.surge();
        return normal.known() && intensity() >= surge.floor() && intensity() >= (1 + surge.increase()) * normal.intensity();
    }

    @Override
    public EscalationLevel level(Normal normal) {
        return holds(normal) ? EscalationLevel.HIGH : EscalationLevel.CALM;
    }

    @Override
    public void explain(Assessment assessment) {
        Normal normal = assessment.normal();
        if (holds(normal)) {
            long days = settings.window().toDays();
            String over = normal.seeded() ? "the region's seeded normal" : String.format("the %d-day average", settings.baseline().toDays());
            assessment.reason(String.format("surge: intensity %.1f over %d days is at least %+.0f%% over %s (%.1f per %d days) and at least %.1f",
                    intensity(), days, settings.surge().increase() * 100, over, normal.intensity(), days, settings.surge().floor()));
        }
    }
}
