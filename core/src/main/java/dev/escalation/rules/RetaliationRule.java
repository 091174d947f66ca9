package dev.escalation.rules;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.LinkedIncident;
import dev.escalation.model.EscalationLevel;
import dev.escalation.records.Incident;
import dev.escalation.records.IncidentRef;
import dev.escalation.records.RetaliationLink;
import java.util.List;

/**
 * RETALIATION: an attack in the join window answers an earlier attack of its dyad the other way
 * (the dyad stage linked it). Told per dyad with the answer that tells most, and where it landed:
 * spread, when the answer hit another country than the attack it answers.
 */
public final class RetaliationRule extends DyadRule {
    public RetaliationRule(EngineConfig.Escalation settings) {
        super(settings, settings.joinWindow().toMillis(), EscalationLevel.RETALIATION);
    }

    @Override
    boolean shows(LinkedIncident linked) {
        return !linked.chain().isEmpty();
    }

    @Override
    public void explain(String dyad, DyadStory story, Assessment assessment) {
        if (story.answer == null) {
            return;
        }
        Incident response = story.answer.incident();
        List<RetaliationLink> links = story.answer.chain();
        RetaliationLink last = links.get(links.size() - 1);
        IncidentRef attack = last.getAttack();
        assessment.cite(response);
        for (RetaliationLink link : links) {
            assessment.chain(link);
        }
        for (int i = links.size() - 1; i >= 0; i--) { // the attack answered first, then back along the chain
            assessment.cite(links.get(i).getAttack().getIncidentId());
        }
        assessment.reason(String.format("%s answered %s's %s in %s with %s in %s %.0f hours later%s",
                response.getActorSide(), attack.getActorSide(), Assessment.words(attack.getEventType()), attack.getCountryCode(),
                withArticle(Assessment.words(response.getEventType().name())), response.getCountryCode(), last.getLagHours(),
                story.answers > 1 ? String.format(" (one of %d answers in dyad %s within %d days)", story.answers, dyad,
                        settings.joinWindow().toDays()) : ""));
        if (!attack.getCountryCode().equals(response.getCountryCode())) {
            assessment.reason(String.format("spread: the retaliation landed in %s, the attack it answers was in %s",
                    response.getCountryCode(), attack.getCountryCode()));
        }
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
