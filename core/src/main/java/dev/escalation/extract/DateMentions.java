package dev.escalation.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Date expressions in a sentence, resolved against the publication date: weekdays into the past
 * ("on Sunday" is the last Sunday on or before publication), "overnight" and "yesterday" are the
 * day before, "Jan 28" takes the publication year unless that lies in the future. Months, years
 * and "last week" are coarse: they mark history, not a dated incident. (Timestamps in feed fields
 * are read by {@code feeds.FeedDates}.)
 */
final class DateMentions {
    enum Granularity { DAY, COARSE, AFTER }

    /**
     * A date expression over tokens [start, end). For DAY, {@code date} is set when it could be
     * resolved; for COARSE, only for a month after a word of {@link #MONTH_OPENERS} ("In April", "In March 2026"): its first
     * day, which a past year's record reads, and any text for a month and year opening a sentence (Dating.monthOfRecord);
     * for AFTER ("one day after ...", "five days later") {@code offsetDays} says how
     * many days the event told next preceded the one in focus (negative: followed it).
     */
    record Mention(int start, int end, Granularity granularity, LocalDate date, int offsetDays) {
    }

    /** Words before a month that make it the time of what follows: "in April", "the June attack", "during February 2024". */
    static final Set<String> MONTH_OPENERS = Token.words("in", "a", "an", "the", "early", "late", "mid", "during");

    private static final Map<String, Integer> MONTHS = Token.table(Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12)));
    private static final Map<String, DayOfWeek> WEEKDAYS = Token.table(Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY));

    /** The names of the weekdays. */
    static final Set<String> WEEKDAY_NAMES = WEEKDAYS.keySet();

    private DateMentions() {
    }

    /** A month's name or abbreviation: "December", "Dec". */
    static boolean isMonth(Token t) {
        return MONTHS.containsKey(t.norm);
    }

    /** "over the weekend", "last weekend": the Saturday on or before publication (Sunday is within a day of it). */
    private static Mention weekend(int start, int end, LocalDate pub) {
        return new Mention(start, end, Granularity.DAY, pub == null ? null : pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)), 0);
    }

    /** Date mentions in tokens [from, to); {@code published} may be null (then only absolute dates with a year resolve). */
    static List<Mention> find(List<Token> tokens, int from, int to, LocalDate published) {
        List<Mention> out = new ArrayList<>(2);
        int i = from;
        while (i < to) {
            Mention m = at(tokens, i, to, published);
            if (m != null) {
                i = m.end();
                if (!datesAThing(tokens, m, to)) {
                    out.add(m);
                    for (Mention more = moreDaysOfTheMonth(tokens, m, to, published); more != null;
                            more = moreDaysOfTheMonth(tokens, more, to, published)) {
                        out.add(more);
                        i = more.end();
                    }
                }
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * A later day of the same month listed after a month and day: "June 23 and 30", "July 22, 24 and 27"; the number
     * followed by nothing it could count ("June 23 and 30 people", "On May 3, 20 of the soldiers", "June 23, 5 to 10
     * rockets" are no dates), and no later than the publication.
     */
    private static Mention moreDaysOfTheMonth(List<Token> tokens, Mention m, int to, LocalDate published) {
        int k = m.end();
        if (m.granularity() != Granularity.DAY || m.date() == null || k + 1 >= to || dayNumber(tokens.get(k - 1)) == null
                || !(tokens.get(k).is("and") || tokens.get(k).raw.equals(","))) {
            return null;
        }
        Integer day = dayNumber(tokens.get(k + 1));
        Token next = k + 2 < to ? tokens.get(k + 2) : null;
        boolean counts = next != null && next.isWord() && !next.is("and") && !next.is("in") && !next.is("on") && !next.is("near");
        if (day == null || counts || day <= m.date().getDayOfMonth() || day > m.date().lengthOfMonth()) {
            return null;
        }
        LocalDate date = m.date().withDayOfMonth(day);
        return published != null && date.isAfter(published) ? null : new Mention(k + 1, k + 2, Granularity.DAY, date, 0);
    }

    /** Things that have a date of their own: "a January 5 report", "the May 11 Jeddah Declaration". */
    private static final Set<String> DATED_THINGS = Token.words("report", "reports", "statement", "declaration", "agreement", "accord",
            "letter", "meeting", "summit", "speech", "deal", "ceasefire", "truce", "resolution", "election", "elections", "conference",
            "talks", "announcement", "briefing", "decision", "memorandum", "communique", "communiqué", "deadline", "session", "vote");

    /** A day date before a name or a dated thing, with an article before it: the date of that thing, not of an event. */
    private static boolean datesAThing(List<Token> tokens, Mention m, int to) {
        if (m.granularity() != Granularity.DAY || m.start() == 0 || !Sentence.DETERMINERS.contains(tokens.get(m.start() - 1).norm)) {
            return false;
        }
        for (int k = m.end(); k < Math.min(to, m.end() + 4); k++) {
            Token t = tokens.get(k);
            if (DATED_THINGS.contains(t.norm)) {
                return true;
            }
            if (!t.isWord() || !t.capitalised()) {
                return false; // "the June 5 attack", "the July 7 terrorist attack": an event's own date
            }
        }
        return false;
    }

    /** Lower-case words that can start a date expression (capitalised month and weekday names are checked apart). */
    private static final Set<String> STARTS = Token.words("today", "tonight", "overnight", "yesterday", "this", "last", "earlier", "past",
            "weekend", "same", "next", "following", "previous",
            "late", "early", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "twenty", "thirty");

    /**
     * "6/5/2024": a numeric date, read month first (American) or day first, whichever is a real day on
     * or before publication, the later if both are; none when neither is.
     */
    private static Mention numericDate(List<Token> tokens, int i, int to, LocalDate pub) {
        if (pub == null || i + 4 >= to || !tokens.get(i + 1).raw.equals("/") || !tokens.get(i + 3).raw.equals("/")) {
            return null;
        }
        Integer a = dayNumber(tokens.get(i));
        Integer b = dayNumber(tokens.get(i + 2));
        Token y = tokens.get(i + 4);
        Integer year = year(y) != null ? year(y) : y.kind == Token.Kind.NUMBER && y.raw.length() == 2 && digits(y.raw) ? 2000 + Integer.parseInt(y.raw) : null;
        if (a == null || b == null || year == null) {
            return null;
        }
        LocalDate best = null;
        for (int[] md : new int[][] {{a, b}, {b, a}}) {
            if (md[0] > 12) {
                continue;
            }
            LocalDate d = LocalDate.of(year, md[0], 1);
            if (md[1] > d.lengthOfMonth()) {
                continue;
            }
            d = d.withDayOfMonth(md[1]);
            if (!d.isAfter(pub) && (best == null || d.isAfter(best))) {
                best = d;
            }
        }
        return best == null ? null : new Mention(i, i + 5, Granularity.DAY, best, 0);
    }

    /** Whether token k is part of one of the date expressions. */
    static boolean covers(List<Mention> dates, int k) {
        for (Mention d : dates) {
            if (d.start() <= k && k < d.end()) {
                return true;
            }
        }
        return false;
    }

    private static Mention at(List<Token> tokens, int i, int to, LocalDate pub) {
        Token t = tokens.get(i);
        if (t.is("the") && i > 0 && tokens.get(i - 1).is("on") && i + 1 < to && ordinalDay(tokens.get(i + 1)) != null
                && (i + 2 >= to || !tokens.get(i + 2).isWord() || AFTER_A_DAY.contains(tokens.get(i + 2).norm))) { // not "on the 11th day of"
            return new Mention(i, i + 2, Granularity.DAY, ofThisMonth(pub, ordinalDay(tokens.get(i + 1))), 0);
        }
        if (t.isPunct() || (t.isWord() && !t.capitalised() && !STARTS.contains(t.norm))) {
            return null; // most words: no look-ups
        }
        Integer dayFirst = i + 1 < to && tokens.get(i + 1).capitalised() ? dayNumber(t) : null;
        // "NR-126-17 April 6, 2017": a day number after the month makes it month first
        boolean monthFirst = i + 2 < to && dayNumber(tokens.get(i + 2)) != null;
        if (dayFirst != null && !monthFirst && MONTHS.get(tokens.get(i + 1).norm) != null && tokens.get(i + 1).norm.length() >= 3) {
            // "5 June", "29 September 2019": the day before the month, as British and wire copy write it
            int month = MONTHS.get(tokens.get(i + 1).norm);
            Integer year = i + 2 < to ? year(tokens.get(i + 2)) : null;
            return new Mention(i, year != null ? i + 3 : i + 2, Granularity.DAY, resolve(pub, year, month, dayFirst), 0);
        }
        LocalDate iso = i + 2 < to ? isoDate(t, tokens.get(i + 1), tokens.get(i + 2)) : null;
        if (iso != null) {
            return new Mention(i, i + 3, Granularity.DAY, iso, 0); // "on 2024-05-12", as feeds and some releases write a day
        }
        String w = t.norm;
        Token next = i + 1 < to ? tokens.get(i + 1) : null;
        Token prev = i > 0 ? tokens.get(i - 1) : null;
        if (t.isWord()) {
            Integer month = t.capitalised() ? MONTHS.get(w) : null;
            if (month != null) {
                int j = i + 1;
                if (j < to && tokens.get(j).raw.equals(".")) {
                    j++;
                }
                Integer day = j < to ? dayNumber(tokens.get(j)) : null;
                if (day != null) {
                    int k = j + 1;
                    if (k < to && tokens.get(k).raw.equals(",")) {
                        k++;
                    }
                    Integer year = k < to ? year(tokens.get(k)) : null;
                    return new Mention(i, year != null ? k + 1 : j + 1, Granularity.DAY, resolve(pub, year, month, day), 0);
                }
                if (j < to && year(tokens.get(j)) != null) {
                    // "In March 2026": the month's first day, for a report that tells its months' events (Dating.monthOfRecord)
                    LocalDate first = prev != null && MONTH_OPENERS.contains(prev.norm) ? resolve(pub, year(tokens.get(j)), month, 1) : null;
                    return new Mention(i, j + 1, Granularity.COARSE, first != null && pub != null && first.isAfter(pub) ? null : first, 0);
                }
                // a bare "May" or "March" is more often a verb than a month
                boolean ambiguous = w.equals("may") || w.equals("march");
                if (!ambiguous || (prev != null && (prev.is("in") || prev.is("since") || prev.is("of") || prev.is("early")
                        || prev.is("late") || prev.is("mid") || prev.is("last") || prev.is("until")))) {
                    // "In April", "the June attack": the month's first day, for a text that tells a past year's record (Dating.monthOfRecord)
                    LocalDate first = prev != null && MONTH_OPENERS.contains(prev.norm) ? resolve(pub, null, month, 1) : null;
                    return new Mention(i, i + 1, Granularity.COARSE, first, 0);
                }
                return null;
            }
            DayOfWeek dow = t.capitalised() ? WEEKDAYS.get(w) : null;
            if (dow == null && !STARTS.contains(w)) {
                return holiday(tokens, i, to, pub); // a holiday ("Christmas Day"), else a name
            }
            if (dow != null) {
                if (prev != null && (prev.is("next") || prev.is("coming") || prev.capitalised() && FEASTS.contains(prev.norm))) {
                    return null; // "Palm Sunday", "Good Friday": a feast whose day the text gives apart, or a name ("Bloody Sunday")
                }
                if (next != null && WEEKLY_RITES.contains(next.norm)) {
                    return null; // "during Sunday Mass", "after Friday prayers": the kind of gathering, not the day it was
                }
                int k = i + 1;
                if (k < to && tokens.get(k).raw.equals(",")) {
                    k++;
                }
                if (k < to && tokens.get(k).capitalised() && MONTHS.get(tokens.get(k).norm) != null
                        || k < to && dayNumber(tokens.get(k)) != null && k + 1 < to && MONTHS.get(tokens.get(k + 1).norm) != null) {
                    return null; // "on Sunday, June 5": the date that follows says which Sunday
                }
                if (k + 1 < to && tokens.get(k).is("last") && tokens.get(k + 1).is("week")) {
                    return new Mention(i, k + 2, Granularity.DAY, pub == null ? null : pub.minusWeeks(1).with(dow), 0); // "on Thursday last week"
                }
                if (prev != null && (prev.is("last") || prev.is("past"))) {
                    // "last Monday's rocket attack" told on a Monday is a week before: the day named is never the day of telling
                    return new Mention(i, i + 1, Granularity.DAY, pub == null ? null : pub.with(TemporalAdjusters.previous(dow)), 0);
                }
                return new Mention(i, i + 1, Granularity.DAY, pub == null ? null : pub.with(TemporalAdjusters.previousOrSame(dow)), 0);
            }
            switch (w) {
                case "same", "next", "following", "previous" -> {
                    // "on the same day", "the next day", "the following day", "the previous day": counted from the last day the text gave
                    if (next != null && next.is("day") && prev != null && prev.is("the")) {
                        return new Mention(i, i + 2, Granularity.AFTER, null, w.equals("same") ? 0 : w.equals("previous") ? 1 : -1);
                    }
                }
                case "weekend" -> {
                    if (prev != null && (prev.is("the") || prev.is("this") || prev.is("past"))) {
                        return weekend(i, i + 1, pub); // "over the weekend", "this past weekend", "this weekend's attacks"
                    }
                }
                case "today", "tonight" -> {
                    return new Mention(i, i + 1, Granularity.DAY, pub, 0);
                }
                case "overnight", "yesterday" -> {
                    // "the day before yesterday": two days before publication
                    boolean before = w.equals("yesterday") && i - 3 >= 0 && tokens.get(i - 1).is("before") && tokens.get(i - 2).is("day")
                            && tokens.get(i - 3).is("the");
                    return new Mention(before ? i - 3 : i, i + 1, Granularity.DAY, pub == null ? null : pub.minusDays(before ? 2 : 1), 0);
                }
                case "this" -> {
                    if (next != null && (next.is("morning") || next.is("afternoon") || next.is("evening"))) {
                        return new Mention(i, i + 2, Granularity.DAY, pub, 0);
                    }
                    if (next != null && (next.is("week") || next.is("month") || next.is("year"))) {
                        return new Mention(i, i + 2, Granularity.COARSE, null, 0);
                    }
                }
                case "last", "earlier", "late", "early", "past" -> {
                    // "in the past 24 hours", "over the last 24 hours", "in the past day": up to the publication day
                    if (next != null && (w.equals("past") || w.equals("last")) && (next.is("day")
                            || next.is("24") && i + 2 < to && tokens.get(i + 2).norm.startsWith("hour"))) {
                        return new Mention(i, next.is("day") ? i + 2 : i + 3, Granularity.DAY, pub, 0);
                    }
                    if (w.equals("past")) {
                        return null;
                    }
                    if (next != null && (next.is("this") || next.is("in") && i + 3 < to && tokens.get(i + 2).is("the")) && w.equals("earlier")
                            && tokens.get(next.is("this") ? i + 2 : i + 3).is("week")) {
                        // "earlier this week": a day of the publication's week before it; the day before, unless that was last week
                        LocalDate day = pub == null ? null : pub.getDayOfWeek() == DayOfWeek.MONDAY ? pub : pub.minusDays(1);
                        return new Mention(i, next.is("this") ? i + 3 : i + 4, Granularity.DAY, day, 0); // also "earlier in the week"
                    }
                    if (next != null && next.is("night") && w.equals("last")) {
                        return new Mention(i, i + 2, Granularity.DAY, pub == null ? null : pub.minusDays(1), 0);
                    }
                    if (next != null && next.is("weekend") && !w.equals("early") && !w.equals("late")) {
                        return weekend(i, i + 2, pub);
                    }
                    if (next != null && next.is("week") && w.equals("last")) {
                        // "last week's terror attacks in Niger": a recent event; the middle of the week before publication
                        return new Mention(i, i + 2, Granularity.DAY, pub == null ? null : pub.minusWeeks(1).with(DayOfWeek.WEDNESDAY), 0);
                    }
                    if (next != null && (next.is("week") || next.is("month") || next.is("year"))) {
                        return new Mention(i, i + 2, Granularity.COARSE, null, 0);
                    }
                }
                default -> {
                }
            }
        }
        if (t.kind == Token.Kind.NUMBER) {
            Mention numeric = numericDate(tokens, i, to, pub);
            if (numeric != null) {
                return numeric;
            }
            Integer day = dayNumber(t);
            if (day != null && next != null && next.is("of") && i + 2 < to && tokens.get(i + 2).capitalised()
                    && MONTHS.containsKey(tokens.get(i + 2).norm)) {
                Integer year = i + 3 < to ? year(tokens.get(i + 3)) : null; // "the 3rd of May", "the 3rd of May 2024"
                return new Mention(i, year != null ? i + 4 : i + 3, Granularity.DAY, resolve(pub, year, MONTHS.get(tokens.get(i + 2).norm), day), 0);
            }
            if (day != null && !monthFirst && next != null && next.capitalised() && MONTHS.containsKey(next.norm)) {
                int k = i + 2;
                if (k < to && tokens.get(k).raw.equals(",")) {
                    k++;
                }
                Integer year = k < to ? year(tokens.get(k)) : null;
                return new Mention(i, year != null ? k + 1 : i + 2, Granularity.DAY,
                        resolve(pub, year, MONTHS.get(next.norm), day), 0);
            }
            Integer year = year(t);
            if (year != null && prev != null && (prev.is("in") || prev.is("since") || prev.is("of") || prev.is("until")
                    || prev.is("between") || prev.is("from"))) { // "between 2002 and 2008", "from 2014 to 2016": a period
                return new Mention(i, i + 1, Granularity.COARSE, null, 0);
            }
            if (year != null && prev != null && Sentence.DETERMINERS.contains(prev.norm) && pub != null && year < pub.getYear()) {
                return new Mention(i, i + 1, Granularity.COARSE, null, 0); // "the 2015 siege of Garissa University": a past year's event
            }
        }
        // "one day after", "two days after", "a week after": the event that follows preceded the focus
        Numbers.Parsed n = t.is("a") ? new Numbers.Parsed(1, i + 1) : Numbers.parse(tokens, i, to);
        if (n != null && n.end() + 1 < to) {
            Token unit = tokens.get(n.end());
            Token rel = tokens.get(n.end() + 1);
            int days = unit.is("day") || unit.is("days") ? 1 : unit.is("week") || unit.is("weeks") ? 7 : 0;
            if (days > 0 && n.value() <= 31 && (rel.is("after") || rel.is("since") || rel.is("earlier") || rel.is("before"))) {
                return new Mention(i, n.end() + 2, Granularity.AFTER, null, days * n.value());
            }
            if (days > 0 && n.value() <= 31 && rel.is("later")) {
                return new Mention(i, n.end() + 2, Granularity.AFTER, null, -days * n.value());
            }
            if (days > 0 && n.value() <= 31 && rel.is("ago")) {
                // "a week ago today": the day a week before, "today" no day of its own
                int end = n.end() + 2 < to && tokens.get(n.end() + 2).is("today") ? n.end() + 3 : n.end() + 2;
                return new Mention(i, end, Granularity.DAY, pub == null ? null : pub.minusDays((long) days * n.value()), 0);
            }
            // "six years to the day after a truck bomb blew up", "a year ago": a past year's event, history
            int k = n.end() + 1;
            if (k + 3 < to && rel.is("to") && tokens.get(k + 1).is("the") && tokens.get(k + 2).is("day")) {
                k += 3;
            }
            boolean years = unit.is("year") || unit.is("years") || unit.is("month") || unit.is("months");
            if (years && k < to && (tokens.get(k).is("ago") || tokens.get(k).is("after") || tokens.get(k).is("earlier"))) {
                return new Mention(i, k + 1, Granularity.COARSE, null, 0);
            }
        }
        return null;
    }

    /** A year, month and day written with a hyphen between each, "2024-05-12", as one day; else null. */
    private static LocalDate isoDate(Token y, Token m, Token d) {
        Integer year = year(y);
        if (year == null || m.start != y.end + 1 || d.start != m.end + 1 || m.raw.length() != 2 || d.raw.length() != 2
                || !digits(m.raw) || !digits(d.raw)) {
            return null;
        }
        int month = Integer.parseInt(m.raw);
        int day = Integer.parseInt(d.raw);
        return month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()
                ? LocalDate.of(year, month, day) : null;
    }

    /** Gatherings named by the weekday they are held on: "Sunday Mass", "Friday prayers", "a Sunday service". */
    private static final Set<String> WEEKLY_RITES = Token.words("mass", "prayers", "prayer", "service", "services", "sermon",
            "worship", "liturgy", "school", "market");

    /** Words that may follow a day told as an ordinal ("on the 12th and the 13th", "on the 12th at dawn"), where a noun may not. */
    private static final Set<String> AFTER_A_DAY = Token.words("and", "at", "in", "when", "as", "after", "before", "near", "while");

    /** "12th", "1st": a day number written as an ordinal (the tokenizer keeps the digits, the span tells the suffix). */
    private static Integer ordinalDay(Token t) {
        return t.end - t.start == t.raw.length() + 2 ? dayNumber(t) : null;
    }

    /** "on the 12th": that day of the month of publication, or of the month before when it is still to come. */
    private static LocalDate ofThisMonth(LocalDate pub, int day) {
        if (pub == null) {
            return null;
        }
        LocalDate month = day <= pub.getDayOfMonth() ? pub : pub.minusMonths(1);
        return day <= month.lengthOfMonth() ? month.withDayOfMonth(day) : null;
    }

    private static Integer dayNumber(Token t) {
        if (t.kind != Token.Kind.NUMBER || t.raw.length() > 2 || !digits(t.raw)) {
            return null;
        }
        int d = Integer.parseInt(t.raw);
        return d >= 1 && d <= 31 ? d : null;
    }

    static Integer year(Token t) {
        if (t.kind != Token.Kind.NUMBER || t.raw.length() != 4 || t.end - t.start != 4 || !digits(t.raw)) {
            return null; // "43.7" is no year
        }
        int y = Integer.parseInt(t.raw);
        return y >= 1900 && y <= 2100 ? y : null;
    }

    private static boolean digits(String raw) {
        for (int k = 0; k < raw.length(); k++) {
            if (raw.charAt(k) < '0' || raw.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Words that make a weekday the name of a movable feast or of a day in history, not the latest such weekday. */
    private static final Set<String> FEASTS = Token.words("palm", "easter", "good", "holy", "ash", "maundy", "whit", "bloody",
            "black");

    /** Holidays of a fixed day, named as the day: "Christmas Day", "Christmas Eve", "Boxing Day", "New Year's Eve". */
    private static Mention holiday(List<Token> tokens, int i, int to, LocalDate pub) {
        String w = tokens.get(i).norm;
        if ((w.equals("christmas") || w.equals("boxing")) && i + 1 < to && (tokens.get(i + 1).is("day") || tokens.get(i + 1).is("eve"))) {
            int day = w.equals("boxing") ? 26 : tokens.get(i + 1).is("eve") ? 24 : 25;
            return w.equals("boxing") && tokens.get(i + 1).is("eve") ? null : new Mention(i, i + 2, Granularity.DAY, resolve(pub, null, 12, day), 0);
        }
        if (w.equals("new") && i + 3 < to && tokens.get(i + 1).is("year") && tokens.get(i + 2).raw.equals("'s")
                && (tokens.get(i + 3).is("day") || tokens.get(i + 3).is("eve"))) {
            boolean eve = tokens.get(i + 3).is("eve");
            return new Mention(i, i + 4, Granularity.DAY, resolve(pub, null, eve ? 12 : 1, eve ? 31 : 1), 0);
        }
        return null;
    }

    /** A day-month with an optional year; without a year, the latest such date not after publication. */
    private static LocalDate resolve(LocalDate pub, Integer year, int month, int day) {
        try {
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            if (pub == null) {
                return null;
            }
            LocalDate d = LocalDate.of(pub.getYear(), month, day);
            return d.isAfter(pub.plusDays(1)) ? d.minusYears(1) : d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
