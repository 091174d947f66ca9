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
public final class ReportedRetaliationRule implements Rule {
    private final EngineConfig.Escalation settings;
    private final long join;
    private int reports;

    public ReportedRetaliationRule(EngineConfig.Escalation settings) {
        this.settings = settings;
        this.join = settings.joinWindow().toMillis();
    }

    @Override
    public long[] edges() {
        return new long[] {join};
    }

    @Override
    public void count(LinkedIncident linked, long age, int sign) {
        Incident incident = linked.incident();
        if (age < join && linked.chain().isEmpty() && incident.getIsRetaliation() && Dyad.isAttack(incident)
                && settings.evidence().links(incident)) {
            reports += sign;
        }
    }

    @Override
    public EscalationLevel level(Normal normal) {
        return reports > 0 ? EscalationLevel.RETALIATION : EscalationLevel.CALM;
    }

    @Override
    public boolean aboutDyads() {
        return true;
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
