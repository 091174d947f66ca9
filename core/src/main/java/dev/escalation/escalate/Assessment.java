package dev.escalation.escalate;

import dev.escalation.model.Timeline;
import dev.escalation.model.Dyad;
import dev.escalation.config.EngineConfig;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import dev.escalation.records.IncidentRef;
import dev.escalation.records.RetaliationLink;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an alert says about a region at one instant: the measures, and the incidents behind them in
 * words. A busy region holds thousands of answers in its join window; an alert names, per dyad,
 * the one answer that tells most (a cycle across borders, else the longest chain, else the
 * latest) with how many there were, the latest threat and the latest answer reported as such, and
 * cites at most {@code evidenceLimit} incidents: those behind its reasons first, then the window's
 * latest. The counts by event type cover the whole window.
 */
final class Assessment {

    final Measures measures;
    final Map<String, Integer> counts = new TreeMap<>();
    /** Links by attack and response id, so a link shared by several chains is shown once. */
    final Map<String, RetaliationLink> chain = new LinkedHashMap<>();
    final Set<String> reasons = new LinkedHashSet<>();
    final Set<String> incidentIds = new LinkedHashSet<>();
    final Set<String> urls = new LinkedHashSet<>();
    private final int evidenceLimit;

    /** What one dyad shows in the join window and the threat hold. */
    private static final class DyadStory {
        LinkedIncident answer;
        int answers;
        LinkedIncident threat;
        int threats;
        LinkedIncident reported;
        int reports;
    }

    private Assessment(Measures measures, int evidenceLimit) {
        this.measures = measures;
        this.evidenceLimit = evidenceLimit;
    }

    /** The assessment of the incidents {@code held} at {@code now}, under {@code rules}. */
    static Assessment of(EngineConfig.Escalation rules, Timeline<LinkedIncident> held, Timeline<LinkedIncident> threats, long now) {
        Assessment a = new Assessment(new Measures(rules, held, threats, now), rules.evidenceLimit());
        int windowStart = held.after(now - rules.window().toMillis());
        int end = held.after(now);
        for (int i = windowStart; i < end; i++) {
            a.counts.merge(held.valueAt(i).incident().getEventType().name(), 1, Integer::sum);
        }
        a.explainIntensity();
        a.explainLinks(rules, held, now);
        if (a.measures.massFatalities()) {
            a.reasons.add(a.measures.fatalities + " deaths in " + rules.window().toDays()
                    + " days, at or above the mass-fatality threshold (" + rules.levels().massFatalities() + ")");
        }
        // Then the window's incidents, the latest first, as far as the limit allows.
        for (int i = end - 1; i >= windowStart && a.incidentIds.size() < a.evidenceLimit; i--) {
            Incident incident = held.valueAt(i).incident();
            if (incident.getEventType() != EventType.THREAT) {
                a.cite(incident);
            }
        }
        return a;
    }

    private void cite(Incident incident) {
        cite(incident.getId());
        for (String url : incident.getSourceUrls()) {
            if (urls.size() < evidenceLimit) {
                urls.add(url);
            }
        }
    }

    private void cite(String incidentId) {
        if (incidentIds.size() < evidenceLimit) {
            incidentIds.add(incidentId);
        }
    }

    private void explainIntensity() {
        Measures m = measures;
        EngineConfig.Escalation rules = m.rules;
        long days = rules.window().toDays();
        if (m.high()) {
            reasons.add(String.format("intensity %.1f over %d days is at or above HIGH (%.1f)", m.intensity(), days, rules.levels().high()));
        } else if (m.elevated()) {
            reasons.add(String.format("intensity %.1f over %d days is at or above ELEVATED (%.1f)",
                    m.intensity(), days, rules.levels().elevated()));
        }
        if (m.surge()) {
            reasons.add(String.format(
                    "surge: intensity %.1f over %d days is at least %+.0f%% over the %d-day average (%.1f per %d days) and at least %.1f",
                    m.intensity(), days, rules.surge().increase() * 100, rules.baseline().toDays(), m.baseline(), days, rules.surge().floor()));
        }
    }

    /** Retaliation, cycles, spread and threats, from what the dyad stage attached to each incident, told per dyad. */
    private void explainLinks(EngineConfig.Escalation rules, Timeline<LinkedIncident> held, long now) {
        long joinStart = now - rules.joinWindow().toMillis();
        long threatStart = now - rules.threatHold().toMillis();
        Map<String, DyadStory> stories = new TreeMap<>();
        for (int i = held.after(Math.min(joinStart, threatStart)); i < held.end() && held.timeAt(i) <= now; i++) {
            LinkedIncident linked = held.valueAt(i);
            Incident incident = linked.incident();
            if (linked.threatFollows() != null && linked.time() > threatStart) {
                DyadStory story = stories.computeIfAbsent(Dyad.of(incident).orElseThrow(), d -> new DyadStory());
                story.threat = linked;
                story.threats++;
            }
            if (linked.time() <= joinStart) {
                continue;
            }
            if (!linked.chain().isEmpty()) {
                DyadStory story = stories.computeIfAbsent(Dyad.of(incident).orElseThrow(), d -> new DyadStory());
                if (story.answer == null || tellsMore(linked, story.answer)) {
                    story.answer = linked;
                }
                story.answers++;
            } else if (incident.getIsRetaliation() && Dyad.isAttack(incident)) {
                // Reported as retaliation by the text, with no attack held to tie it to: by dyad, or by side without one.
                String key = Dyad.of(incident).orElse(incident.getActorSide() == null ? "unknown side" : incident.getActorSide());
                DyadStory story = stories.computeIfAbsent(key, d -> new DyadStory());
                story.reported = linked;
                story.reports++;
            }
        }
        stories.forEach((dyad, story) -> {
            if (story.answer != null) {
                explainAnswer(dyad, story, rules);
            }
            if (story.reported != null) {
                explainReported(story, rules);
            }
            if (story.threat != null) {
                explainThreat(dyad, story, rules);
            }
        });
    }

    /** A cycle across borders tells more than a cycle, a longer chain more than a shorter one, and the later more than the earlier. */
    private static boolean tellsMore(LinkedIncident candidate, LinkedIncident best) {
        boolean crisis = candidate.chain().size() >= 2 && candidate.crossesBorders();
        boolean bestCrisis = best.chain().size() >= 2 && best.crossesBorders();
        if (crisis != bestCrisis) {
            return crisis;
        }
        return candidate.chain().size() >= best.chain().size();
    }

    private void explainAnswer(String dyad, DyadStory story, EngineConfig.Escalation rules) {
        Incident response = story.answer.incident();
        List<RetaliationLink> links = story.answer.chain();
        RetaliationLink last = links.get(links.size() - 1);
        IncidentRef attack = last.getAttack();
        cite(response);
        for (RetaliationLink link : links) {
            chain.put(link.getAttack().getIncidentId() + ">" + link.getResponse().getIncidentId(), link);
        }
        for (int i = links.size() - 1; i >= 0; i--) { // the attack answered first, then back along the chain
            cite(links.get(i).getAttack().getIncidentId());
        }
        reasons.add(String.format("%s answered %s's %s in %s with %s in %s %.0f hours later%s",
                response.getActorSide(), attack.getActorSide(), words(attack.getEventType()), attack.getCountryCode(),
                withArticle(words(response.getEventType().name())), response.getCountryCode(), last.getLagHours(),
                story.answers > 1 ? String.format(" (one of %d answers in dyad %s within %d days)", story.answers, dyad,
                        rules.joinWindow().toDays()) : ""));
        if (!attack.getCountryCode().equals(response.getCountryCode())) {
            reasons.add(String.format("spread: the retaliation landed in %s, the attack it answers was in %s",
                    response.getCountryCode(), attack.getCountryCode()));
        }
        if (links.size() < 2) {
            return;
        }
        reasons.add(String.format("cycle: dyad %s reversed %d times, each answer within %d days (tit-for-tat)",
                dyad, links.size(), rules.joinWindow().toDays()));
        Set<String> countries = countries(links);
        if (countries.size() > 1) {
            reasons.add("crisis: the tit-for-tat cycle in dyad " + dyad + " spreads across borders (" + String.join(", ", countries) + ")");
        }
    }

    private void explainReported(DyadStory story, EngineConfig.Escalation rules) {
        Incident incident = story.reported.incident();
        cite(incident);
        reasons.add(String.format("%s %s in %s on %s is reported as retaliation for %s%s",
                incident.getActorSide() == null ? "unknown side" : incident.getActorSide(), words(incident.getEventType().name()),
                incident.getCountryCode(), incident.getEventDate(),
                incident.getRetaliationFor() == null ? "an earlier attack" : incident.getRetaliationFor(),
                story.reports > 1 ? String.format(" (the latest of %d such reports within %d days)", story.reports,
                        rules.joinWindow().toDays()) : ""));
    }

    private void explainThreat(String dyad, DyadStory story, EngineConfig.Escalation rules) {
        Incident incident = story.threat.incident();
        IncidentRef attack = story.threat.threatFollows();
        cite(incident);
        cite(attack.getIncidentId());
        reasons.add(String.format("%s, in dyad %s whose last attack was %s's %s in %s on %s, threatens more force%s",
                incident.getActorSide(), dyad, attack.getActorSide(), words(attack.getEventType()), attack.getCountryCode(),
                date(attack.getEventTime()), story.threats > 1 ? String.format(" (the latest of %d threats within %d days)",
                        story.threats, rules.threatHold().toDays()) : ""));
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

    private static String words(String eventType) {
        return eventType.toLowerCase().replace('_', ' ');
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String date(Instant time) {
        return time.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
