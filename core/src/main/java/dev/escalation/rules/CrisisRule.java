package dev.escalation.rules;

import dev.escalation.config.EngineConfig;
import dev.escalation.escalate.LinkedIncident;
import dev.escalation.model.EscalationLevel;
import dev.escalation.records.RetaliationLink;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** CRISIS: a tit-for-tat cycle in the join window whose attacks and answers are not all in one country. */
public final class CrisisRule extends DyadRule {
    public CrisisRule(EngineConfig.Escalation settings) {
        super(settings, settings.joinWindow().toMillis(), EscalationLevel.CRISIS);
    }

    @Override
    boolean shows(LinkedIncident linked) {
        return linked.chain().size() >= 2 && linked.crossesBorders();
    }

    @Override
    public void explain(String dyad, DyadStory story, Assessment assessment) {
        if (story.answer == null || story.answer.chain().size() < 2) {
            return;
        }
        Set<String> countries = countries(story.answer.chain());
        if (countries.size() > 1) {
            assessment.reason("crisis: the tit-for-tat cycle in dyad " + dyad + " spreads across borders (" + String.join(", ", countries) + ")");
        }
    }

    /** The countries a chain of reversals touches, in order. */
    private static Set<String> countries(List<RetaliationLink> chain) {
        Set<String> countries = new LinkedHashSet<>();
        chain.forEach(link -> {
            countries.add(link.getAttack().getCountryCode());
            countries.add(link.getResponse().getCountryCode());
        });
        return countries;
    }
}
