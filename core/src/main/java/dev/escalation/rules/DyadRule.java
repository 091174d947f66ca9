package dev.escalation.rules;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.LinkedIncident;
import dev.escalation.model.EscalationLevel;

/**
 * A rule told dyad by dyad that holds while some incident of its window shows what it looks for
 * (an answer, a cycle, a threat, ...): it counts those incidents and sets its rung while any is left.
 */
abstract class DyadRule implements Rule {
    final EngineConfig.Escalation settings;
    private final long window;
    private final EscalationLevel rung;
    private int count;

    DyadRule(EngineConfig.Escalation settings, long window, EscalationLevel rung) {
        this.settings = settings;
        this.window = window;
        this.rung = rung;
    }

    /** True when the incident shows what the rule looks for, whatever its age. */
    abstract boolean shows(LinkedIncident linked);

    @Override
    public final long[] edges() {
        return new long[] {window};
    }

    @Override
    public final void count(LinkedIncident linked, long age, int sign) {
        if (age < window && shows(linked)) {
            count += sign;
        }
    }

    @Override
    public final EscalationLevel level(Normal normal) {
        return count > 0 ? rung : EscalationLevel.CALM;
    }

    @Override
    public final boolean aboutDyads() {
        return true;
    }
}
