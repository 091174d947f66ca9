package dev.escalation.rules;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.LinkedIncident;
import dev.escalation.model.Dyad;
import dev.escalation.model.EscalationLevel;
import dev.escalation.records.Incident;

/**
 * RETALIATION on the text's word: an attack in the join window that its report calls a response
 * to an earlier attack, when no attack is held to tie it to (the attack was before the engine's
 * history, or its sides are unknown).
 */
public final class ReportedRetaliationRule extends DyadRule {
    public ReportedRetaliationRule(EngineConfig.Escalation settings) {
        super(settings, settings.joinWindow().toMillis(), EscalationLevel.RETALIATION);
    }

    @Override
    boolean shows(LinkedIncident linked) {
        Incident incident = linked.incident();
        return linked.chain().isEmpty() && incident.getIsRetaliation() && Dyad.isAttack(incident) && settings.evidence().links(incident);
    }

    @Override
    public void explain(String dyad, DyadStory story, Assessment assessment) {
        if (story.reported == null) {
            return;
        }
        Incident incident = story.reported.incident();
        assessment.cite(incident);
        assessment.reason(String.format("%s %s in %s on %s is reported as retaliation for %s%s",
                incident.getActorSide() == null ? "unknown side" : incident.getActorSide(), Assessment.words(incident.getEventType().name()),
                incident.getCountryCode(), incident.getEventDate(),
                incident.getRetaliationFor() == null ? "an earlier attack" : incident.getRetaliationFor(),
                story.reports > 1 ? String.format(" (the latest of %d such reports within %d days)", story.reports,
                        settings.joinWindow().toDays()) : ""));
    }
}
