package dev.escalation.rules;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.LinkedIncident;
import dev.escalation.model.EscalationLevel;

/** CRISIS on its own: the deaths reported in the window at or above the mass-fatality threshold. */
public final class MassFatalityRule implements Rule {
    private final EngineConfig.Escalation settings;
    private final long window;
    private int deaths;

    public MassFatalityRule(EngineConfig.Escalation settings) {
        this.settings = settings;
        this.window = settings.window().toMillis();
    }

    @Override
    public long[] edges() {
        return new long[] {window};
    }

    @Override
    public void count(LinkedIncident linked, long age, int sign) {
        if (age < window) {
            deaths += sign * Weights.deaths(linked.incident());
        }
    }

    /** The deaths reported in the window. */
    public int deaths() {
        return deaths;
    }

    private boolean holds() {
        return deaths >= settings.levels().massFatalities();
    }

    @Override
    public EscalationLevel level(Normal normal) {
        return holds() ? EscalationLevel.CRISIS : EscalationLevel.CALM;
    }

    @Override
    public void explain(Assessment assessment) {
        if (holds()) {
            assessment.reason(deaths + " deaths in " + settings.window().toDays()
                    + " days, at or above the mass-fatality threshold (" + settings.levels().massFatalities() + ")");
        }
    }
}
