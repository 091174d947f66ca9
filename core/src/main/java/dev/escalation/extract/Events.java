package dev.escalation.extract;

import dev.escalation.extract.Sentence.Np;
import dev.escalation.extract.Sentence.PlaceRef;
import dev.escalation.model.EventFamily;
import dev.escalation.records.EventType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One incident per real event within an article. A located mention, one per country it names,
 * merges into an incident already told when they agree (type family, sides, region, date within a
 * day), else starts one dated by its own date, the lead incident's or the publication's. "The
 * strikes" with no date of its own refers back and starts nothing; a mention with no place
 * completes an incident of the last few sentences. History, tallies and undated causes become
 * referents: they absorb later mentions of themselves but are never emitted.
 */
final class Events {
    private final Reading reading;

    Events(Reading reading) {
        this.reading = reading;
    }

    /** Tells a dated, argued mention located at {@code places}; the incidents it starts or adds to join {@code touched}. */
    void tell(int index, Sentence s, Mention m, List<PlaceRef> places, List<Draft> touched) {
        // an attack told as the cause of another is an incident of its own when the text dates and places it
        boolean cause = s.causeSeg[m.seg];
        boolean referent = Triggers.background(s, m) || (cause && (m.date == null || !Dating.hasDayDate(s, m.seg)));
        if (places.isEmpty()) {
            if (!referent) {
                Draft d = draft(index, s, m, null);
                Draft hit = recentCompatible(d);
                if (hit != null) {
                    merge(hit, d); // "the strikes killed 12", "Hezbollah said it had targeted an army post"
                    touched.add(hit);
                } else if (d.type == EventType.INTERCEPTION) {
                    interceptAt(d, touched);
                }
            }
            return;
        }
        boolean anaphoric = m.definite && m.date == null;
        for (Map.Entry<String, PlaceRef> e : Placing.byCountry(places).entrySet()) {
            Draft d = draft(index, s, m, e.getValue());
            if (referent) {
                d.referent = true;
                reading.drafts.add(d);
                continue;
            }
            if (cause) {
                d.retaliation = false;
                d.causeText = null;
                d.fromCause = true;
            }
            Draft hit = compatible(d, false);
            if (hit != null && toldApart(hit, d)) {
                hit = null;
            }
            if (hit == null && m.demonstrative) {
                continue; // "This attack underscores the need for the accord reached in Algiers on March 1"
            }
            if (hit == null && anaphoric) {
                if (compatible(d, true) != null || antecedentAnywhere(d.type)) {
                    continue; // refers to an attack told before, elsewhere or as history
                }
            }
            if (hit != null) {
                merge(hit, d);
                hit.lastTouched = index;
                touched.add(hit);
                continue;
            }
            if (d.date == null) {
                d.date = reading.lead != null ? reading.lead : reading.published;
            }
            if (d.date == null) {
                continue; // no publication date and no absolute date: cannot date it
            }
            if (reading.lead == null) {
                reading.lead = d.date;
            }
            reading.drafts.add(d);
            touched.add(d);
        }
    }

    /**
     * Two event words of different types in one sentence, each with its own words ("the ballistic
     * missile attack ... and a barrage of rocket attacks"), are two events the sentence tells apart.
     */
    private static boolean toldApart(Draft told, Draft m) {
        return told.sentence == m.sentence && told.strongType && m.strongType && told.type != m.type;
    }

    /**
     * A list of places with their own days after an event word, items parted by semicolons ("attacks
     * ... in Potiskum and in Gombe on Nov. 3; in Malam Fatori on Nov. 6; in Azare on Nov. 7"): one
     * incident per place and day, of the event told last before the item. An item with an event word
     * of its own is coded by that word.
     */
    void tellListed(int index, Sentence s, List<Mention> told, List<Draft> touched) {
        int from = s.from;
        for (int k = s.from; k <= s.to; k++) {
            if (k < s.to && !s.tok(k).is(";")) {
                continue;
            }
            Mention m = toldBefore(told, k);
            if ((from > s.from || k < s.to) && m != null) {
                listedItem(index, s, m, from, k, touched);
            }
            from = k + 1;
        }
    }

    private static Mention toldBefore(List<Mention> told, int end) {
        Mention last = null;
        for (Mention m : told) {
            if (m.anchor < end) {
                last = m;
            }
        }
        return last;
    }

    private void listedItem(int index, Sentence s, Mention m, int from, int to, List<Draft> touched) {
        LocalDate day = null;
        for (DateMentions.Mention d : s.dates) {
            if (d.start() >= from && d.end() <= to && d.granularity() == DateMentions.Granularity.DAY && d.date() != null) {
                if (day != null) {
                    return; // two days in one item: not a list of single events
                }
                day = d.date();
            }
        }
        if (day == null) {
            return;
        }
        for (int k = from; k < to; k++) {
            if (s.isTrigger(k) && (k < m.anchor || k >= m.anchorEnd)) {
                return;
            }
        }
        for (Sentence.PlaceRef p : s.places) {
            if (p.locative() && p.start() >= from && p.end() <= to) {
                tell(index, s, m.listedAt(s.seg(p.start()), day), List.of(p), touched);
            }
        }
    }

    /**
     * An interception with no place of its own ("we helped Israel take down nearly all of the
     * incoming drones") happens where the attack it stops was aimed: the latest attack told in the
     * last few sentences.
     */
    private void interceptAt(Draft m, List<Draft> touched) {
        for (int i = reading.drafts.size() - 1; i >= 0; i--) {
            Draft d = reading.drafts.get(i);
            if (!d.referent && m.sentence - d.lastTouched <= 3 && EventFamily.of(d.type) == EventFamily.REMOTE_VIOLENCE
                    && (m.actorSide == null || !m.actorSide.equals(d.actorSide))) { // no side intercepts its own strike
                m.country = d.country;
                m.date = m.date != null ? m.date : d.date;
                reading.drafts.add(m);
                touched.add(m);
                return;
            }
        }
    }

    /** The incident a place-less mention refers to: the latest one it agrees with, told in the last few sentences. */
    private Draft recentCompatible(Draft m) {
        for (int i = reading.drafts.size() - 1; i >= 0; i--) {
            Draft d = reading.drafts.get(i);
            if (!d.referent && d.type != EventType.THREAT && m.sentence - d.lastTouched <= 3 && compatibleWith(d, m)) {
                return d;
            }
        }
        return null;
    }

    /** A mention as a draft incident at one place (null: none), its sides resolved for that place's country. */
    private Draft draft(int index, Sentence s, Mention m, PlaceRef place) {
        Draft d = new Draft();
        d.type = m.type;
        d.strongType = m.strong;
        if (place != null) {
            d.country = place.place().country();
            if (place.place().admin1() != null) {
                d.admin1 = place.place().admin1();
                d.location = place.place().name();
            } else if (place.direction() != null) {
                d.location = place.direction() + " " + place.place().name();
            }
        }
        d.date = m.date;
        d.explicitDate = m.date != null;
        Np actorNp = m.actor;
        Np targetNp = m.target;
        if (actorNp != null && "CIVILIAN".equals(actorNp.side)) {
            // civilians do not strike: "at least 26 people have died in an airstrike" names the victims
            targetNp = targetNp == null ? actorNp : targetNp;
            actorNp = null;
        }
        if (actorNp != null) {
            d.actor = actorNp.name != null ? actorNp.name : s.span(reading.body, actorNp.start, actorNp.end);
            d.actorSide = Sides.resolve(actorNp.side, d.country);
        }
        if (targetNp != null) {
            d.target = words(s, targetNp);
            d.targetSide = targetNp.side == null ? Sides.militaryTargetIn(d.target, d.country) : Sides.resolve(targetNp.side, d.country);
        }
        if (Objects.equals(d.actorSide, d.targetSide)) {
            d.target = null;
            d.targetSide = null;
        }
        d.retaliation = m.retaliation;
        d.causeText = m.causeText;
        d.causeVague = m.causeVague || m.causeText == null;
        d.evidence = s.text;
        d.sentence = index;
        d.lastTouched = index;
        return d;
    }

    /** A target's words as written, with its article: "a US base". */
    private String words(Sentence s, Np np) {
        int start = np.start;
        if (start - 1 >= s.from && Sentence.DETERMINERS.contains(s.tok(start - 1).norm)) {
            start--;
        }
        return s.span(reading.body, start, np.end);
    }

    private Draft compatible(Draft m, boolean referents) {
        for (Draft d : reading.drafts) {
            if (d.referent != referents || !d.country.equals(m.country) || d.type == EventType.THREAT) {
                continue;
            }
            if (compatibleWith(d, m)) {
                return d;
            }
        }
        return null;
    }

    private static boolean compatibleWith(Draft d, Draft m) {
        // one article rarely tells two attacks of one family on one day in one region: "missiles" and
        // "rockets" at the same base are two descriptions of one attack
        boolean typeOk = d.type == m.type || d.type == EventType.OTHER || m.type == EventType.OTHER
                || EventFamily.of(d.type) == EventFamily.of(m.type);
        boolean sidesOk = agree(d.actorSide, m.actorSide) && agree(d.targetSide, m.targetSide) && agree(d.admin1, m.admin1);
        // one incident may be dated a day apart by two sources ("early Friday", "on Thursday", US time);
        // two kinds of attack on two dates ("the Jan 28 drone attack", "overnight strikes") are two incidents
        boolean dateOk = m.date == null || d.date == null
                || ((d.type != m.type && d.explicitDate) ? d.date.equals(m.date) : Math.abs(d.date.toEpochDay() - m.date.toEpochDay()) <= 1);
        return typeOk && sidesOk && dateOk;
    }

    private boolean antecedentAnywhere(EventType type) {
        for (Draft d : reading.drafts) {
            if (d.type != EventType.THREAT && (d.type == type || type == EventType.OTHER || EventFamily.of(d.type) == EventFamily.of(type))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two values agree, an unknown agreeing with anything. */
    static boolean agree(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    private static void merge(Draft into, Draft m) {
        if ((into.type == EventType.OTHER && m.type != EventType.OTHER) || (!into.strongType && m.strongType)) {
            into.type = m.type;
            into.strongType = m.strongType;
        }
        if (!into.explicitDate && m.explicitDate) {
            into.date = m.date;
            into.explicitDate = true;
        }
        if (into.admin1 == null && m.admin1 != null) {
            into.admin1 = m.admin1;
            into.location = m.location;
        } else if (into.location == null) {
            into.location = m.location;
        }
        if (into.actorSide == null && m.actorSide != null && !m.actorSide.equals(into.targetSide)) {
            into.actor = m.actor;
            into.actorSide = m.actorSide;
        }
        if (into.targetSide == null && m.targetSide != null && !m.targetSide.equals(into.actorSide)) {
            into.target = m.target;
            into.targetSide = m.targetSide;
        }
        if (m.retaliation && (!into.retaliation || (into.causeVague && !m.causeVague))) {
            into.causeText = m.causeText;
            into.causeVague = m.causeVague;
        }
        into.retaliation |= m.retaliation;
    }
}
