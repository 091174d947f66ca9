package dev.escalation.rules;

import dev.escalation.escalate.LinkedIncident;
import dev.escalation.model.Dyad;
import dev.escalation.model.EventTime;
import dev.escalation.model.Timeline;
import dev.escalation.records.EventType;
import dev.escalation.records.EvidenceStrength;
import dev.escalation.records.Incident;
import dev.escalation.records.RetaliationLink;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an alert says about a region at one instant: the ladder's measures, and the incidents behind
 * them in words, each rule telling its own reasons (those about dyads dyad by dyad). A busy region
 * holds thousands of answers in its join window; an alert names, per dyad, the one answer that
 * tells most with how many there were, the latest threat and the latest answer reported as such,
 * and cites at most {@code evidenceLimit} incidents: those behind its reasons first, then the
 * window's latest. The counts by event type cover the whole window.
 */
public final class Assessment {

    private final Ladder ladder;
    private final Map<String, Integer> counts = new TreeMap<>();
    /** Links by attack and response id, so a link shared by several chains is shown once. */
    private final Map<String, RetaliationLink> chain = new LinkedHashMap<>();
    private final Set<String> reasons = new LinkedHashSet<>();
    private final Set<String> incidentIds = new LinkedHashSet<>();
    private final Set<String> urls = new LinkedHashSet<>();
    private final int evidenceLimit;
    private final long grace;
    private final Normal normal;
    private int reports;
    private final Set<String> feeds = new java.util.TreeSet<>();
    private double confidence;
    private int lateReports;
    /** The latest incident cited that was reported after the grace period. */
    private Incident lateReport;

    private Assessment(Ladder ladder) {
        this.ladder = ladder;
        this.evidenceLimit = ladder.settings.evidenceLimit();
        this.grace = ladder.settings.grace().toMillis();
        this.normal = ladder.normal();
    }

    /** The assessment of the incidents {@code held} at {@code now}, under the ladder's settings. */
    public static Assessment of(Ladder ladder, Timeline<LinkedIncident> held, long now) {
        Assessment a = new Assessment(ladder);
        int windowStart = held.after(now - ladder.settings.window().toMillis());
        int end = held.after(now);
        for (int i = windowStart; i < end; i++) {
            a.counts.merge(held.valueAt(i).incident().getEventType().name(), 1, Integer::sum);
        }
        boolean dyadsTold = false;
        for (Rule rule : ladder.rules) {
            if (!rule.aboutDyads()) {
                rule.explain(a);
            } else if (!dyadsTold) {
                a.explainDyads(held, now);
                dyadsTold = true;
            }
        }
        if (a.lateReport != null) {
            Incident late = a.lateReport;
            a.reason(String.format("%s in %s on %s was reported on %s: a late report, counted at its own event time%s",
                    words(late.getEventType().name()), late.getCountryCode(), late.getEventDate(),
                    late.getReportedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                    a.lateReports > 1 ? String.format(" (one of %d late reports cited)", a.lateReports) : ""));
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

    /** The rules about dyads, told dyad by dyad from what each dyad shows in the join window and the threat hold. */
    private void explainDyads(Timeline<LinkedIncident> held, long now) {
        long joinStart = now - ladder.settings.joinWindow().toMillis();
        long threatStart = now - ladder.settings.threatHold().toMillis();
        Map<String, DyadStory> stories = new TreeMap<>();
        for (int i = held.after(Math.min(joinStart, threatStart)); i < held.end() && held.timeAt(i) <= now; i++) {
            LinkedIncident linked = held.valueAt(i);
            Incident incident = linked.incident();
            if (linked.threatFollows() != null && linked.time() > threatStart) {
                stories.computeIfAbsent(Dyad.of(incident).orElseThrow(), d -> new DyadStory()).threat(linked);
            }
            if (linked.time() <= joinStart) {
                continue;
            }
            if (!linked.chain().isEmpty()) {
                stories.computeIfAbsent(Dyad.of(incident).orElseThrow(), d -> new DyadStory()).answer(linked);
            } else if (incident.getIsRetaliation() && Dyad.isAttack(incident)) {
                // Reported as retaliation by the text, with no attack held to tie it to: by dyad, or by side without one.
                String key = Dyad.of(incident).orElse(incident.getActorSide() == null ? "unknown side" : incident.getActorSide());
                stories.computeIfAbsent(key, d -> new DyadStory()).reported(linked);
            }
        }
        stories.forEach((dyad, story) -> {
            for (Rule rule : ladder.rules) {
                if (rule.aboutDyads()) {
                    rule.explain(dyad, story, this);
                }
            }
        });
    }

    /** Adds a reason in words. */
    void reason(String reason) {
        reasons.add(reason);
    }

    /** Adds a link to the retaliation chain the alert shows (once, however many chains share it). */
    void chain(RetaliationLink link) {
        chain.put(link.getAttack().getIncidentId() + ">" + link.getResponse().getIncidentId(), link);
    }

    /** Cites the incident and its sources, as far as the evidence limit allows. */
    void cite(Incident incident) {
        if (incidentIds.size() < evidenceLimit && !incidentIds.contains(incident.getId())) {
            reports += incident.getCorroboration();
            feeds.add(incident.getFeed().name());
            confidence = Math.max(confidence, incident.getConfidence());
            if (incident.getReportedAt() != null && incident.getReportedAt().toEpochMilli() - EventTime.of(incident) > grace) {
                lateReports++;
                if (lateReport == null || EventTime.of(incident) > EventTime.of(lateReport)) {
                    lateReport = incident;
                }
            }
        }
        cite(incident.getId());
        for (String url : incident.getSourceUrls()) {
            if (urls.size() < evidenceLimit) {
                urls.add(url);
            }
        }
    }

    void cite(String incidentId) {
        if (incidentIds.size() < evidenceLimit) {
            incidentIds.add(incidentId);
        }
    }

    /** What is normal for the region at the instant assessed. */
    Normal normal() {
        return normal;
    }

    /** How strong the evidence cited is: reports, feeds, the highest confidence, late reports. */
    public EvidenceStrength strength() {
        return new EvidenceStrength(reports, List.copyOf(feeds), confidence, lateReports);
    }

    public Map<String, Integer> counts() {
        return counts;
    }

    public List<RetaliationLink> chain() {
        return List.copyOf(chain.values());
    }

    public List<String> reasons() {
        return List.copyOf(reasons);
    }

    public List<String> incidentIds() {
        return List.copyOf(incidentIds);
    }

    public List<String> urls() {
        return List.copyOf(urls);
    }

    /** An event type in words: AIR_STRIKE is "air strike". */
    static String words(String eventType) {
        return eventType.toLowerCase().replace('_', ' ');
    }
}
