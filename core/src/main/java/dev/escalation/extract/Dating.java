package dev.escalation.extract;

import java.time.LocalDate;
import java.util.Set;

/**
 * The date of an event: the day its own clause names, else a relative one ("one day after", "five
 * days later") counted from the last day date the text gave, else a day named earlier in the
 * sentence outside the cause of a retaliation, else a day told after it in the clauses that follow
 * ("conducted an airstrike in the vicinity of Jilib, Somalia, on April 9, 2019"). A relative date
 * with nothing to count from leaves the mention unresolved: it is dropped rather than dated wrongly.
 */
final class Dating {
    private final Reading reading;

    Dating(Reading reading) {
        this.reading = reading;
    }

    /** Dates a mention, or marks it unresolved. */
    void date(Sentence s, Mention m) {
        m.date = pastPeriodOf(s, m) ? null : on(s, m.seg, m.anchor);
        LocalDate after = ofTheNamedVictims(s, m);
        m.date = after != null ? after : m.date;
        m.date = m.date == null ? monthOfRecord(s, m.anchor) : m.date;
        // "a drone struck villagers, killing 85, the agency said on Tuesday": the day it was told, which a later
        // sentence's own day of the event ("late on Sunday") corrects
        m.spokenDate = m.date != null && own(s, m.seg, m.anchor) == null && onlySpoken(s, m.date);
        m.weekDate = m.date != null && byAWeek(s, m.date);
        m.relativeUnresolved = m.date == null && relativeBefore(s, m.anchor);
    }

    /** Whether the sentence's mention of this day is a week ("last week", "earlier this week"), no weekday named. */
    private static boolean byAWeek(Sentence s, LocalDate day) {
        for (DateMentions.Mention d : s.dates) {
            if (day.equals(d.date()) && s.wordIn(WEEK, d.start(), d.end()) && !s.wordIn(DateMentions.WEEKDAY_NAMES, d.start(), d.end())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> WEEK = Token.words("week");

    /** How close after its event word a period names the event's own time: "an assault in Ghazni in August 2018". */
    private static final int OWN_PERIOD_REACH = 6;

    /**
     * The event's own time is a past month or year told right after it, before any other event or day: "Monday's attack,
     * the deadliest since an assault in Ghazni in August 2018" dates the assault to that August, not to the Monday.
     */
    static boolean pastPeriodOf(Sentence s, Mention m) {
        for (DateMentions.Mention d : s.dates) {
            if (d.granularity() == DateMentions.Granularity.DAY && modifies(s, d, m.anchor)) {
                return false; // "the Christmas Eve massacre in December": the day before the event word names it
            }
        }
        for (DateMentions.Mention d : s.dates) {
            if (d.start() < m.anchorEnd || d.start() > m.anchorEnd + OWN_PERIOD_REACH || s.seg(d.start()) != m.seg) {
                continue;
            }
            if (d.granularity() != DateMentions.Granularity.COARSE || s.published == null) {
                return false; // a day told first is the event's
            }
            for (int k = m.anchorEnd; k < d.start(); k++) {
                if (s.isTrigger(k)) {
                    return false;
                }
            }
            Integer year = DateMentions.year(s.tok(d.end() - 1));
            return d.date() != null ? d.date().plusMonths(1).isBefore(s.published.minusDays(7))
                    : year != null && year < s.published.getYear();
        }
        return false;
    }

    /**
     * In a past year's record ("2013 Terrorist Incidents: ... In October, two separate explosions injured at least five
     * policemen"), the first day of the month an event is told in with no day of its own; else null.
     */
    /** How far back a month and its year opening a sentence still tell an event of the text's time. */
    private static final int RECENT_MONTH_DAYS = 400;

    static LocalDate monthOfRecord(Sentence s, int anchor) {
        LocalDate month = null;
        for (DateMentions.Mention d : s.dates) {
            if (d.granularity() == DateMentions.Granularity.DAY) {
                return null;
            }
            // "In March 2026, ...", opening the sentence of any text, a month of the last year ("In March 2022" in 2026 is history)
            boolean withYear = DateMentions.year(s.tok(d.end() - 1)) != null && opens(s, d.start()) && d.date() != null
                    && (s.published == null || !d.date().isBefore(s.published.minusDays(RECENT_MONTH_DAYS)));
            if (d.granularity() == DateMentions.Granularity.COARSE && d.date() != null && d.start() < anchor && (s.yearFramed || withYear)) {
                month = d.date();
            }
        }
        return month;
    }

    /** Only a bullet and the words that make a month a date before the token ("• In early March 2026,"): it opens the sentence. */
    private static boolean opens(Sentence s, int k) {
        for (int j = s.from; j < k; j++) {
            if (!s.tok(j).isPunct() && !DateMentions.MONTH_OPENERS.contains(s.tok(j).norm)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the shooting of a pastor on June 1 and the killing of an imam, a village head and several civilians on June 5": a
     * killing told as a noun with its "of" takes the day told after the list of its victims, before any other event word.
     */
    private static LocalDate ofTheNamedVictims(Sentence s, Mention m) {
        if (!s.tok(m.anchorEnd - 1).is("of")) {
            return null;
        }
        DateMentions.Mention next = null;
        for (DateMentions.Mention d : s.dates) {
            if (d.start() >= m.anchorEnd && d.start() < m.anchorEnd + 25 && (next == null || d.start() < next.start())) {
                next = d;
            }
        }
        if (next == null || next.granularity() != DateMentions.Granularity.DAY || next.date() == null || s.spokenOn(next)) {
            return null;
        }
        for (int k = m.anchorEnd; k < next.start(); k++) {
            if (s.isTrigger(k)) {
                return null;
            }
        }
        return next.date();
    }

    /** The clause's own date, else "one day after ..." relative to the last day date, else a date earlier in the sentence. */
    LocalDate on(Sentence s, int seg, int anchor) {
        // "The army said on Monday that its soldiers had killed seven insurgents near Mucojo, on the coast, on Sunday":
        // the day a source spoke yields to the event's own day told later in the sentence
        boolean spokenYields = s.dates.stream().anyMatch(s::spokenOn) && trailing(s, seg) != null;
        LocalDate own = own(s, seg, anchor, spokenYields);
        if (own != null) {
            return own;
        }
        DateMentions.Mention before = null;
        for (DateMentions.Mention d : s.dates) {
            // a relative date may close the event's own clause: "killing several others on the same day"
            // but "The Bamako attack came one week after the attacks in Paris" dates the attacks it came after, not itself
            boolean told = d.end() <= anchor || d.granularity() == DateMentions.Granularity.AFTER && s.seg(d.start()) == seg
                    && !Placing.linkingBetween(s, anchor, d.start());
            if (told && !s.causeSeg[s.seg(d.start())] && !(spokenYields && s.spokenOn(d))
                    && (d.granularity() == DateMentions.Granularity.AFTER || (d.granularity() == DateMentions.Granularity.DAY && d.date() != null))) {
                before = d;
            }
        }
        if (before == null) {
            return trailing(s, seg);
        }
        if (before.granularity() == DateMentions.Granularity.AFTER) {
            // "one day after", "five days later" count from the last date the text gave
            LocalDate focus = reading.lastDayDate;
            for (DateMentions.Mention d : s.dates) {
                if (d.end() <= before.start() && d.granularity() == DateMentions.Granularity.DAY && d.date() != null) {
                    focus = d.date();
                    if (d.end() + 1 == before.start() && s.tok(d.end()).raw.equals(",") && noEventBeforeComma(s, before.end(), anchor)) {
                        // set off after a day, the event not its object, it tells what that day was: "On May 20, three days
                        // before national elections, a bomb exploded" (not "on Saturday, a day after a drone exploded")
                        return focus;
                    }
                }
            }
            if (focus != null && setOffAfter(s, before, anchor)) {
                // "A week after the attack, the United States fired missiles": the event the clause tells came after the one named
                return focus.plusDays(before.offsetDays());
            }
            return focus == null ? null : focus.minusDays(before.offsetDays());
        }
        return before.date();
    }

    /**
     * "A week after the attack, the United States fired": a span "after" an event, in a clause of its own before the
     * event word (not "on Saturday, a day after a drone exploded", where the event word is what came before).
     */
    private static boolean setOffAfter(Sentence s, DateMentions.Mention d, int anchor) {
        if (d.offsetDays() <= 0 || d.start() != s.from || !s.tok(d.end() - 1).is("after")) {
            return false; // opening the sentence: not "The attack came a week after the attacks in Paris"
        }
        for (int k = d.end(); k < anchor; k++) {
            if (s.tok(k).is(",")) {
                return true;
            }
        }
        return false;
    }

    /** The relative phrase from {@code from} closes with a comma before the event and holds no event word of its own. */
    private static boolean noEventBeforeComma(Sentence s, int from, int anchor) {
        for (int k = from; k < anchor; k++) {
            if (s.tok(k).raw.equals(",")) {
                return true;
            }
            if (s.isTrigger(k)) {
                return false; // "a day after a drone, launched by the Houthis, exploded": the drone's own day
            }
        }
        return false;
    }

    /**
     * The clause's own day date. With several, the one told after the event word and before the
     * clause's next event wins ("spoke yesterday following the missile attack on September 15 and
     * rocket attacks over the weekend"), else the first.
     */
    private static LocalDate own(Sentence s, int seg, int anchor) {
        return own(s, seg, anchor, false);
    }

    private static LocalDate own(Sentence s, int seg, int anchor, boolean spokenYields) {
        int next = s.segStart[seg + 1];
        for (int other : s.mentionAnchors(seg)) {
            if (other > anchor) {
                next = Math.min(next, other);
            }
        }
        LocalDate first = null;
        for (DateMentions.Mention d : s.dates) {
            if (d.granularity() == DateMentions.Granularity.DAY && d.date() != null && s.seg(d.start()) == seg && modifies(s, d, anchor)) {
                return d.date(); // "January 17's airstrike", "the March 19 airstrike": the event's own day, whatever else the clause dates
            }
        }
        for (DateMentions.Mention d : s.dates) {
            if (d.granularity() == DateMentions.Granularity.DAY && d.date() != null && s.seg(d.start()) == seg
                    && !(spokenYields && s.spokenOn(d))) {
                if (d.start() > anchor && d.start() < next) {
                    return local(s, d);
                }
                first = first == null ? local(s, d) : first;
            }
        }
        return first;
    }

    /**
     * A date right before the event word, or before it and a possessive and up to three more words: "Sunday's deadly
     * attack", "Saturday's Russian missile strike".
     */
    private static boolean modifies(Sentence s, DateMentions.Mention d, int anchor) {
        int k = d.end();
        if (k < anchor && s.tok(k).is("'s")) {
            k++;
            for (int words = 0; words < 3 && k < anchor && s.tok(k).isWord() && !s.isTrigger(k); words++) {
                k++;
            }
        }
        return k == anchor && d.end() <= anchor;
    }

    /**
     * The day where it happened, when a note in brackets converts the time told:
     * "today at about 8:40 p.m. EDT (4:40 a.m., April 7, in Syria)" is April 7.
     */
    private static LocalDate local(Sentence s, DateMentions.Mention told) {
        int open = told.end();
        while (open < Math.min(s.to, told.end() + 12) && !s.tok(open).raw.equals("(")) {
            open++;
        }
        if (open >= s.to || !s.tok(open).raw.equals("(")) {
            return told.date();
        }
        for (DateMentions.Mention d : s.dates) {
            if (d.start() > open && d.granularity() == DateMentions.Granularity.DAY && d.date() != null && !closedBefore(s, open, d.start())) {
                return d.date();
            }
        }
        return told.date();
    }

    private static boolean closedBefore(Sentence s, int open, int i) {
        for (int k = open; k < i; k++) {
            if (s.tok(k).raw.equals(")")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A day date in the clauses after the event's, up to the next clause that reports another event
     * or a cause: the place and date that close the sentence are the event's.
     */
    private static LocalDate trailing(Sentence s, int seg) {
        // an aside that lists what was hit tells no other event: "struck eight Houthi targets, including missile and
        // air-surveillance systems, late on Monday"
        for (int t = seg + 1; t < s.segments() && !s.causeSeg[t] && (!Triggers.segHasTrigger(s, t) || s.firstWord(t) != null && s.firstWord(t).is("including")); t++) {
            for (DateMentions.Mention d : s.dates) {
                if (d.granularity() == DateMentions.Granularity.DAY && d.date() != null && s.seg(d.start()) == t) {
                    return d.date();
                }
            }
        }
        return null;
    }

    /** Whether the sentence gives this day only as the day a source spoke ("..., the agency said on Tuesday"). */
    private static boolean onlySpoken(Sentence s, LocalDate day) {
        boolean spoken = false;
        for (DateMentions.Mention d : s.dates) {
            if (d.granularity() == DateMentions.Granularity.DAY && day.equals(d.date())) {
                if (!s.spokenOn(d)) {
                    return false;
                }
                spoken = true;
            }
        }
        return spoken;
    }

    private static boolean relativeBefore(Sentence s, int anchor) {
        for (DateMentions.Mention d : s.dates) {
            if (d.granularity() == DateMentions.Granularity.AFTER && d.end() <= anchor) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause names a day. */
    static boolean hasDayDate(Sentence s, int seg) {
        for (DateMentions.Mention d : s.dates) {
            // "last week" dates an event to its week, not a day: an attack it dates as a cause stays a reference
            if (d.granularity() == DateMentions.Granularity.DAY && s.seg(d.start()) == seg && !(s.tok(d.start()).is("last") && s.tok(d.start() + 1).is("week"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence opens with a day date set off by a comma ("On April 20, a grenade was thrown ..."), which dates it all. */
    static boolean opensWithDayDate(Sentence s) {
        int first = s.from;
        while (first < s.to && s.tok(first).isPunct()) {
            first++; // a list's bullet or dash: "• On August 17, an explosion ..."
        }
        for (DateMentions.Mention d : s.dates) {
            int start = d.start() > first && s.tok(first).is("on") ? first + 1 : first;
            if (d.granularity() == DateMentions.Granularity.DAY && d.start() == start && d.end() < s.to && s.tok(d.end()).raw.equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Whether token i is part of a date expression. */
    static boolean inDate(Sentence s, int i) {
        return DateMentions.covers(s.dates, i);
    }
}
