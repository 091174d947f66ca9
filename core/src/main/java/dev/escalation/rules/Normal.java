package dev.escalation.rules;

/**
 * What intensity is normal for a region at an instant: seeded by the operator
 * ({@code regions.baselines}), measured (the trailing baseline, once the region has been observed
 * for window + baseline), or not known yet (a cold start).
 *
 * @param intensity the normal intensity per window; 0 when not known
 */
public record Normal(boolean known, boolean seeded, double intensity) {
    static final Normal COLD = new Normal(false, false, 0);
}
