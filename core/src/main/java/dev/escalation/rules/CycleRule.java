package dev.escalation.rules;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.LinkedIncident;
import dev.escalation.model.EscalationLevel;

/** CYCLE: an answer in the join window whose chain holds two or more reversals in its dyad (tit-for-tat). */
public final class CycleRule extends DyadRule {
    public CycleRule(EngineConfig.Escalation settings) {
        super(settings, settings.joinWindow().toMillis(), EscalationLevel.CYCLE);
    }

    @Override
    boolean shows(LinkedIncident linked) {
        return linked.chain().size() >= 2;
    }

    @Override
    public void explain(String dyad, DyadStory story, Assessment assessment) {
        if (story.answer != null && story.answer.chain().size() >= 2) {
            assessment.reason(String.format("cycle: dyad %s reversed %d times, each answer within %d days (tit-for-tat)",
                    dyad, story.answer.chain().size(), settings.joinWindow().toDays()));
        }
    }
}
