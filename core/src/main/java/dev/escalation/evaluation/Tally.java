package dev.escalation.evaluation;

import dev.escalation.records.EventType;
import dev.escalation.records.Incident;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** The counts of one half of the evaluation set. */
public final class Tally {
    public int articles;
    public int emptyArticles;
    public int required;
    public int optional;
    public int extracted;
    public int precise;
    public int recalled;
    public int typeOk;
    public int sidesOk;
    public int fatalitiesOk;
    public int retaliationOk;
    public int countryOk;
    public int countryBase;
    public int dateOk;
    public int dateBase;
    public int otherRequired;
    public int otherFound;
    public int duplicates;
    /** Why extracted incidents matched no label: in an article with no incident, right family and one of country or date off, wrong family, none near. */
    public int falseInEmpty;
    public int falseNear;
    public int falseFamily;
    public int falseOther;
    /** The false incidents of a wrong family, counted by "coded family > label family". */
    public final Map<String, Integer> familySwaps = new TreeMap<>();
    /** Why required labels were missed: the article gave no incident at all, or only others. */
    public int missedArticleSilent;
    /** Side errors over recalled labels, each side apart: left UNKNOWN where the label names one, or given a wrong side. */
    public int actorUnknown;
    public int actorWrong;
    public int targetUnknown;
    public int targetWrong;
    /** The wrong sides given, counted by "actor|target: label side > coded side". */
    public final Map<String, Integer> sideSwaps = new TreeMap<>();

    public double precision() {
        return extracted == 0 ? 1.0 : (double) precise / extracted;
    }

    public double recall() {
        return required == 0 ? 1.0 : (double) recalled / required;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double sideAccuracy() {
        return recalled == 0 ? 0 : (double) sidesOk / recalled;
    }

    public double dateAccuracy() {
        return dateBase == 0 ? 0 : (double) dateOk / dateBase;
    }

    static String ratio(int ok, int of) {
        return String.format("%.3f (%d/%d)", of == 0 ? 0.0 : (double) ok / of, ok, of);
    }

    void score(String id, List<Label> labels, List<Incident> coded, StringBuilder detail) {
        articles++;
        emptyArticles += labels.isEmpty() ? 1 : 0;
        extracted += coded.size();
        if (detail != null) {
            detail.append("== ").append(id).append('\n');
        }
        for (Label l : labels) {
            if (l.optional()) {
                optional++;
                continue;
            }
            if (l.type() == EventType.OTHER) {
                otherRequired++;
                otherFound += coded.stream().anyMatch(i -> Scoring.matches(l, i)) ? 1 : 0;
                continue;
            }
            required++;
            Incident best = Scoring.best(l, coded);
            boolean placedRight = coded.stream().anyMatch(i -> Scoring.familyOk(l, i) && Scoring.dateOk(l, i));
            boolean datedRight = coded.stream().anyMatch(i -> Scoring.familyOk(l, i) && Scoring.countryOk(l, i));
            countryBase += placedRight ? 1 : 0;
            dateBase += datedRight ? 1 : 0;
            if (best == null) {
                missedArticleSilent += coded.isEmpty() ? 1 : 0;
                if (detail != null) {
                    String near = "";
                    for (Incident i : coded) {
                        if (Scoring.familyOk(l, i) && Scoring.countryOk(l, i)) {
                            near = "  [coded on " + i.getEventDate() + "]";
                        } else if (Scoring.familyOk(l, i) && Scoring.dateOk(l, i)) {
                            near = "  [coded in " + i.getCountryCode() + "]";
                        }
                    }
                    detail.append("   MISSED  ").append(describe(l)).append(near).append('\n');
                }
                continue;
            }
            recalled++;
            countryOk++;
            dateOk++;
            typeOk += Scoring.typeOk(l, best) ? 1 : 0;
            sidesOk += Scoring.sidesOk(l, best) ? 1 : 0;
            countSideErrors(l, best);
            fatalitiesOk += Scoring.fatalitiesOk(l, best) ? 1 : 0;
            retaliationOk += Scoring.retaliationOk(l, best) ? 1 : 0;
            if (detail != null) {
                String diff = differences(l, best);
                detail.append("   found   ").append(brief(best)).append(diff)
                        .append(diff.isEmpty() ? "" : "  <- " + best.getEvidence()).append('\n');
            }
        }
        Set<Label> taken = new HashSet<>();
        for (Incident i : coded) {
            List<Label> hit = new ArrayList<>();
            for (Label l : labels) {
                if (Scoring.matches(l, i)) {
                    hit.add(l);
                }
            }
            if (hit.isEmpty()) {
                countFalse(labels, i);
                if (detail != null) {
                    detail.append("   FALSE   ").append(brief(i)).append("  <- ").append(i.getEvidence()).append('\n');
                }
                continue;
            }
            precise++;
            Label free = hit.stream().filter(l -> !taken.contains(l)).findFirst().orElse(null);
            if (free == null) {
                duplicates++;
                if (detail != null) {
                    detail.append("   DUPLICATE ").append(brief(i)).append("  <- ").append(i.getEvidence()).append('\n');
                }
            } else {
                taken.add(free);
                if (detail != null && free.optional()) {
                    detail.append("   optional ").append(brief(i)).append('\n');
                }
            }
        }
    }

    private void countSideErrors(Label l, Incident i) {
        if (!Scoring.sideOk(l.actorSide(), l.actorSideAlt(), i.getActorSide())) {
            boolean unknown = i.getActorSide() == null || i.getActorSide().equals("UNKNOWN");
            actorUnknown += unknown ? 1 : 0;
            actorWrong += unknown ? 0 : 1;
            sideSwaps.merge("actor " + l.actorSide() + " > " + i.getActorSide(), 1, Integer::sum);
        }
        if (!Scoring.sideOk(l.targetSide(), l.targetSideAlt(), i.getTargetSide())) {
            boolean unknown = i.getTargetSide() == null || i.getTargetSide().equals("UNKNOWN");
            targetUnknown += unknown ? 1 : 0;
            targetWrong += unknown ? 0 : 1;
            sideSwaps.merge("target " + l.targetSide() + " > " + i.getTargetSide(), 1, Integer::sum);
        }
    }

    private void countFalse(List<Label> labels, Incident i) {
        if (labels.isEmpty()) {
            falseInEmpty++;
        } else if (labels.stream().anyMatch(l -> Scoring.familyOk(l, i) && (Scoring.countryOk(l, i) || Scoring.dateOk(l, i)))) {
            falseNear++;
        } else if (labels.stream().anyMatch(l -> Scoring.countryOk(l, i) && Scoring.dateOk(l, i))) {
            falseFamily++;
            Label l = labels.stream().filter(x -> Scoring.countryOk(x, i) && Scoring.dateOk(x, i)).findFirst().orElseThrow();
            familySwaps.merge(Scoring.family(i.getEventType()) + " > " + Scoring.family(l.type()), 1, Integer::sum);
        } else {
            falseOther++;
        }
    }

    private static String describe(Label l) {
        return l.type() + " " + l.country() + " " + (l.date() != null ? l.date() : "[" + l.dateFrom() + ".." + l.dateTo() + "]") + " "
                + l.actorSide() + "->" + l.targetSide() + " fatalities=" + l.fatalities() + "  <- " + l.evidence();
    }

    private static String brief(Incident i) {
        return i.getEventType() + " " + i.getCountryCode() + " " + i.getEventDate() + " " + i.getActorSide() + "->" + i.getTargetSide()
                + " fatalities=" + i.getFatalities() + " retaliation=" + i.getIsRetaliation();
    }

    private static String differences(Label l, Incident i) {
        StringBuilder d = new StringBuilder();
        if (!Scoring.typeOk(l, i)) {
            d.append(" type:").append(l.type());
        }
        if (!Scoring.sideOk(l.actorSide(), l.actorSideAlt(), i.getActorSide())) {
            d.append(" actor:").append(l.actorSide());
        }
        if (!Scoring.sideOk(l.targetSide(), l.targetSideAlt(), i.getTargetSide())) {
            d.append(" target:").append(l.targetSide());
        }
        if (!Scoring.fatalitiesOk(l, i)) {
            d.append(" fatalities:").append(l.fatalities());
        }
        if (!Objects.equals(l.date(), i.getEventDate())) {
            d.append(" date:").append(l.date());
        }
        return d.length() == 0 ? "" : "  (label" + d + ")";
    }
}
