package dev.escalation.rules;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.LinkedIncident;
import dev.escalation.model.EscalationLevel;

/** CYCLE: an answer in the join window whose chain holds two or more reversals in its dyad (tit-for-tat). */
public final class CycleRule implements Rule {
    private final EngineConfig.Escalation settings;
    private final long join;
    private int cycles;

    public CycleRule(EngineConfig.Escalation settings) {
        this.settings = settings;
        this.join = settings.joinWindow().toMillis();
    }

    @Override
    public long[] edges() {
        return new long[] {join};
    }

    @Override
    public void count(LinkedIncident linked, long age, int sign) {
        if (age < join && linked.chain().size() >= 2) {
            cycles += sign;
        }
    }

    @Override
    public EscalationLevel level(Normal normal) {
        return cycles > 0 ? EscalationLevel.CYCLE : EscalationLevel.CALM;
    }

    @Override
    public boolean aboutDyads() {
        return true;
    }

    @Override
    public void explain(String dyad, DyadStory story, Assessment assessment) {
        if (story.answer != null && story.answer.chain().size() >= 2) {
            assessment.reason(String.format("cycle: dyad %s reversed %d times, each answer within %d days (tit-for-tat)",
                    dyad, story.answer.chain().size(), settings.joinWindow().toDays()));
        }
    }
}
