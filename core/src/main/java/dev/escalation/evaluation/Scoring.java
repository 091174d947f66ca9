package dev.escalation.evaluation;

import dev.escalation.records.EventType;
import dev.escalation.records.Incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The matching rules of the labelling guide (../shared/EXTRACTION-GUIDE.md, "How output is
 * scored"), one method per criterion so that a field can be left out when its own accuracy is
 * measured.
 */
public final class Scoring {
    private Scoring() {
    }

    /** The guide's families: remote fire (air, drone, missile, rocket, shelling, naval), bombing, armed clash, interception, threat, other. */
    public static String family(EventType type) {
        return switch (type) {
            case AIR_STRIKE, DRONE_ATTACK, MISSILE_ATTACK, ROCKET_ATTACK, SHELLING, NAVAL_ATTACK -> "remote fire";
            case BOMBING -> "bombing";
            case ARMED_CLASH -> "armed clash";
            case INTERCEPTION -> "interception";
            case THREAT -> "threat";
            case OTHER -> "other";
        };
    }

    /** Same article, acceptable country, date within a day or inside the bounds, same family. */
    public static boolean matches(Label l, Incident i) {
        return familyOk(l, i) && countryOk(l, i) && dateOk(l, i);
    }

    static boolean familyOk(Label l, Incident i) {
        return family(l.type()).equals(family(i.getEventType()));
    }

    /** One of the label's acceptable codes; an empty country matches a sea incident (no country). */
    static boolean countryOk(Label l, Incident i) {
        String c = i.getCountryCode() == null || i.getCountryCode().isBlank() ? null : i.getCountryCode();
        if (l.country() == null) {
            return c == null || l.countryAlt().contains(c);
        }
        return c != null && (c.equals(l.country()) || l.countryAlt().contains(c));
    }

    /** Within one day of the label's date; inside its inclusive bounds when it has no date; any day when it has neither. */
    static boolean dateOk(Label l, Incident i) {
        LocalDate d = i.getEventDate();
        if (l.date() != null) {
            return d != null && Math.abs(d.toEpochDay() - l.date().toEpochDay()) <= 1;
        }
        if (d == null) {
            return l.dateFrom() == null && l.dateTo() == null;
        }
        return (l.dateFrom() == null || !d.isBefore(l.dateFrom())) && (l.dateTo() == null || !d.isAfter(l.dateTo()));
    }

    static boolean typeOk(Label l, Incident i) {
        return l.type() == i.getEventType() || l.typeAlt().contains(i.getEventType());
    }

    /** Actor and target both right; alternatives count as right, and IRAN_AXIS for HAMAS or HEZBOLLAH. */
    static boolean sidesOk(Label l, Incident i) {
        return sideOk(l.actorSide(), l.actorSideAlt(), i.getActorSide()) && sideOk(l.targetSide(), l.targetSideAlt(), i.getTargetSide());
    }

    static boolean sideOk(String label, List<String> alt, String coded) {
        String want = side(label);
        String got = side(coded);
        if (want.equals(got) || alt.contains(got)) {
            return true;
        }
        return (want.equals("HAMAS") || want.equals("HEZBOLLAH")) && got.equals("IRAN_AXIS");
    }

    private static String side(String s) {
        return s == null || s.isBlank() ? "UNKNOWN" : s;
    }

    static boolean fatalitiesOk(Label l, Incident i) {
        return Objects.equals(l.fatalities(), i.getFatalities());
    }

    static boolean retaliationOk(Label l, Incident i) {
        return l.retaliation() == i.getIsRetaliation();
    }

    /** Among the incidents matching a label, the one agreeing on most further fields (type, sides, exact date, fatalities). */
    static Incident best(Label l, List<Incident> coded) {
        Incident best = null;
        int bestScore = -1;
        for (Incident i : coded) {
            if (!matches(l, i)) {
                continue;
            }
            int score = (typeOk(l, i) ? 8 : 0) + (sidesOk(l, i) ? 4 : 0) + (Objects.equals(l.date(), i.getEventDate()) ? 2 : 0)
                    + (fatalitiesOk(l, i) ? 1 : 0);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }
}
