package dev.escalation.rules;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.LinkedIncident;
import dev.escalation.model.EscalationLevel;
import dev.escalation.records.Incident;
import dev.escalation.records.IncidentRef;
import java.time.Instant;
import java.time.ZoneOffset;

/** HIGH while a threat of more force by a side of a live dyad (one with an attack in the join window) is within its hold. */
public final class ThreatRule extends DyadRule {
    public ThreatRule(EngineConfig.Escalation settings) {
        super(settings, settings.threatHold().toMillis(), EscalationLevel.HIGH);
    }

    @Override
    public boolean onThreatsOnly() {
        return true;
    }

    @Override
    boolean shows(LinkedIncident linked) {
        return linked.threatFollows() != null;
    }

    @Override
    public void explain(String dyad, DyadStory story, Assessment assessment) {
        if (story.threat == null) {
            return;
        }
        Incident incident = story.threat.incident();
        IncidentRef attack = story.threat.threatFollows();
        assessment.cite(incident);
        assessment.cite(attack.getIncidentId());
        assessment.reason(String.format("%s, in dyad %s whose last attack was %s's %s in %s on %s, threatens more force%s",
                incident.getActorSide(), dyad, attack.getActorSide(), Assessment.words(attack.getEventType()), attack.getCountryCode(),
                date(attack.getEventTime()), story.threats > 1 ? String.format(" (the latest of %d threats within %d days)",
                        story.threats, settings.threatHold().toDays()) : ""));
    }

    private static String date(Instant time) {
        return time.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
