package dev.escalation.rules;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.LinkedIncident;
import dev.escalation.model.EscalationLevel;

/**
 * ELEVATED, then HIGH: the weighted incidents of the sliding window against two thresholds, and,
 * where the region's normal intensity is known, against that normal too (what is usual there is
 * not an escalation). A region with no baseline yet (a cold start) counts only the incidents its
 * feeds are sure of, so that one noisy row cannot raise it.
 */
public final class IntensityRule implements Rule {
    private final EngineConfig.Escalation settings;
    private final Weights weights;
    private final long window;
    private long micros;
    /** The weight of the incidents at least as sure as a cold start demands. */
    private long sureMicros;

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
            long weight = weights.micros(linked.incident());
            micros += sign * weight;
            if (linked.incident().getConfidence() >= settings.coldStartConfidence()) {
                sureMicros += sign * weight;
            }
        }
    }

    /** The weighted incidents in the window. */
    public double intensity() {
        return micros / Weights.MICROS;
    }

    /** The intensity the rule judges: all the window's incidents, or on a cold start only the sure ones. */
    private double judged(Normal normal) {
        return (normal.known() ? micros : sureMicros) / Weights.MICROS;
    }

    private double elevated(Normal normal) {
        return Math.max(settings.levels().elevated(), (1 + settings.levels().elevatedAboveNormal()) * normal.intensity());
    }

    private double high(Normal normal) {
        return Math.max(settings.levels().high(), (1 + settings.levels().highAboveNormal()) * normal.intensity());
    }

    @Override
    public EscalationLevel level(Normal normal) {
        double intensity = judged(normal);
        if (intensity >= high(normal)) {
            return EscalationLevel.HIGH;
        }
        return intensity >= elevated(normal) ? EscalationLevel.ELEVATED : EscalationLevel.CALM;
    }

    @Override
    public void explain(Assessment assessment) {
        Normal normal = assessment.normal();
        EscalationLevel level = level(normal);
        if (level == EscalationLevel.CALM) {
            return;
        }
        boolean high = level == EscalationLevel.HIGH;
        double threshold = high ? high(normal) : elevated(normal);
        double fixed = high ? settings.levels().high() : settings.levels().elevated();
        String reason = String.format("intensity %.1f over %d days is at or above %s (%.1f)", judged(normal), settings.window().toDays(),
                level, threshold);
        if (threshold > fixed) {
            reason += String.format(", %+.0f%% over the region's %s normal of %.1f", 100 * (threshold / normal.intensity() - 1),
                    normal.seeded() ? "seeded" : "measured", normal.intensity());
        } else if (!normal.known()) {
            reason += String.format(", counting only incidents of confidence %.2f or more: the region has no baseline yet",
                    settings.coldStartConfidence());
        }
        assessment.reason(reason);
    }
}
