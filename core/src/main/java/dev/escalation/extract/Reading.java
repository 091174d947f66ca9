package dev.escalation.extract;

import dev.escalation.extract.PhraseTrie.Match;
import dev.escalation.extract.Sentence.Np;
import dev.escalation.records.Article;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;

/**
 * What a reader keeps while reading one article: the incidents and threats told so far, the date
 * of the lead incident, the incidents the last sentences told, the last side that spoke or acted
 * and the last day date the text gave. The stages read and add to it; nothing outlives the article.
 */
final class Reading {
    final Dictionaries dict;
    final Article article;
    final String body;
    final LocalDate published;
    /** The attack type the headline names, for the body's attacks of no stated means. */
    final Headline headline;
    final List<Draft> drafts = new ArrayList<>();
    final List<ThreatDraft> threats = new ArrayList<>();
    /** The date of the first incident told, or of a heading over a list, for later mentions with no date of their own. */
    LocalDate lead;
    /** The last day of the past year the title or a heading frames the text in ("Country Reports on Terrorism 2016",
     * "2016 Terrorist Incidents:"), else null. */
    private LocalDate frameEnd;
    String lastSubjectSide;
    /** The last subject that was no speaker, for "It has also conducted attacks" in the next sentences of its paragraph. */
    private String lastActorSide;
    private String lastActorName;
    private int lastActorAt = -1;
    /** The last day date the text gave, for "one day after" and "five days later". */
    LocalDate lastDayDate;
    /** The country the text named last, by a place or a side that speaks for one: what "the country" refers to. */
    String lastCountry;
    /** The country of the wire dateline's place ("MOGADISHU, Somalia —"), null when there is none. */
    String datelineCountry;
    /** What the article names as a whole ({@link Segmentation#theatre}). */
    Theatre theatre = Theatre.NONE;
    private List<Draft> lastGroup = List.of();
    /** How often the article names each side, in any sentence. */
    private final Map<String, Integer> named = new HashMap<>();
    /** How often the article's coded sentences locate something in each country ("in Kandahar"). */
    private final Map<String, Integer> located = new HashMap<>();
    /** How often the article names a country's side other than as a speaker ("Egyptian", "the Government of Iraq"). */
    private final Map<String, Integer> concerned = new HashMap<>();
    private int lastGroupSentence = Integer.MIN_VALUE / 2;

    Reading(Dictionaries dict, Article article) {
        this.dict = dict;
        this.article = article;
        this.body = article.getBody();
        this.published = article.getPublishedAt() == null ? null : LocalDate.ofInstant(article.getPublishedAt(), ZoneOffset.UTC);
        this.headline = Headline.read(dict, article.getTitle());
        this.frameEnd = reportYearEnd(article.getTitle(), published);
    }

    /** A report named by the year it covers: "Country Reports on Terrorism 2016", "Annual Report 2019" (not "UN report: 2023 was ..."). */
    private static final Pattern REPORT_OF_YEAR = Pattern.compile("(?i)\\breports? (on [a-z ]+ )?((19|20)\\d\\d)\\b");

    /** A report titled by a past year ("Country Reports on Terrorism 2016 - Cameroon") is that year's record: its end, else null. */
    private static LocalDate reportYearEnd(String title, LocalDate published) {
        Matcher report = title == null || published == null ? null : REPORT_OF_YEAR.matcher(title);
        if (report == null || !report.find()) {
            return null;
        }
        int year = Integer.parseInt(report.group(2));
        return year < published.getYear() ? LocalDate.of(year, 12, 31) : null;
    }

    /** The incidents the last sentence that told any did, if it was at most three sentences ago. */
    List<Draft> recentGroup(int index) {
        return index - lastGroupSentence <= 3 ? lastGroup : List.of();
    }

    /** What a sentence without events still tells the reader: who is talking and what day it is. */
    void remember(List<Token> tokens, int from, int to) {
        List<Match<Dictionaries.Actor>> actors = dict.actors(tokens, from, to, published, theatre);
        for (Match<Dictionaries.Actor> a : actors) {
            int k = a.start() - 1;
            while (k >= from && Sentence.DETERMINERS.contains(tokens.get(k).norm)) {
                k--;
            }
            if (a.value().side() != null && (k < from || !Sentence.PREPOSITIONS.contains(tokens.get(k).norm))) {
                lastSubjectSide = a.value().side();
                if (!speaks(tokens, a.end(), to)) {
                    rememberActor(a.value().side(), a.value().name(), tokens.get(a.start()).start);
                }
                break;
            }
        }
        for (Match<Dictionaries.Actor> a : actors) {
            if (a.value().side() != null) {
                named.merge(a.value().side(), 1, Integer::sum);
                String home = Sides.speaksFrom(a.value().side());
                if (home != null && !speaks(tokens, a.end(), to)) { // the cues are scanned only for a country's side
                    concerned.merge(home, 1, Integer::sum);
                }
            }
        }
        List<Match<Dictionaries.Place>> places = dict.places.scan(tokens, from, to);
        places.removeIf(p -> theatre.stray(p.value()));
        for (Match<Dictionaries.Place> p : places) {
            if (p.start() > from && Sentence.LOCATIVE.contains(tokens.get(p.start() - 1).norm)) {
                located.merge(p.value().country(), 1, Integer::sum);
            }
        }
        lastCountry = countryNamedLast(places, actors, to, lastCountry);
        List<DateMentions.Mention> days = DateMentions.find(tokens, from, to, reference());
        rememberDays(days);
        heading(tokens.get(to - 1), days);
    }

    /**
     * The day a passage's dates with no year are read back from: the publication, or the end of the past year a heading
     * framed the text in ("Country Reports on Terrorism 2016" published in July 2017: "2016 Terrorist Incidents: ... On March 16,
     * a villager was killed" was in 2016).
     */
    LocalDate reference() {
        return frameEnd != null ? frameEnd : published;
    }

    /**
     * The day of a mention with no day of its own: the lead incident's, else the last day the text told, else the
     * publication's or the record's year end.
     */
    LocalDate defaultDay() {
        return lead != null ? lead : lastDayDate != null ? lastDayDate : reference();
    }

    boolean framed() {
        return frameEnd != null;
    }

    /** A passage that opens with a past year and a short heading up to a colon frames what follows in that year. */
    void frame(List<Token> tokens, int from, int to) {
        Token first = tokens.get(from);
        if (published == null || first.kind != Token.Kind.NUMBER || first.raw.length() != 4 || !first.raw.chars().allMatch(Character::isDigit)) {
            return;
        }
        int year = Integer.parseInt(first.raw);
        if (year < 1900 || year >= published.getYear()) {
            return;
        }
        for (int k = from + 1; k < Math.min(from + 5, to); k++) {
            Token t = tokens.get(k);
            if (t.raw.equals(":")) {
                frameEnd = LocalDate.of(year, 12, 31);
                return;
            }
            if (!t.capitalised()) {
                return;
            }
        }
    }

    /**
     * A heading over a list, one day and a colon, dates what the list tells with no day of its own, as the lead incident
     * would: "Summary of IDF activity on the northern front on Saturday, October 12:".
     */
    private void heading(Token last, List<DateMentions.Mention> days) {
        if (lead == null && last.raw.equals(":") && days.size() == 1 && days.get(0).date() != null
                && days.get(0).granularity() == DateMentions.Granularity.DAY) {
            lead = days.get(0).date();
        }
    }

    /** What a coded sentence leaves: the side of its subject, the incidents it told and its last day date. */
    void remember(int index, Sentence s, List<Draft> touched) {
        if (touched.isEmpty()) {
            heading(s.tok(s.to - 1), s.dates);
        }
        for (Np np : s.nps) {
            if (np.side != null && !np.locative && !np.afterPrep) {
                lastSubjectSide = np.side;
                if (!np.speaker && !np.victim && !np.placeModifier) {
                    rememberActor(np.side, np.name != null ? np.name : s.span(body, np.start, np.end), s.tok(np.start).start);
                }
                break;
            }
        }
        for (Match<Dictionaries.Actor> a : s.actors) {
            if (a.value().side() != null) {
                named.merge(a.value().side(), 1, Integer::sum);
            }
        }
        for (Np np : s.nps) {
            String home = Sides.speaksFrom(np.side);
            if (home != null && !np.speaker) {
                concerned.merge(home, 1, Integer::sum);
            }
        }
        for (Sentence.PlaceRef p : s.places) {
            if (p.locative()) {
                located.merge(p.place().country(), 1, Integer::sum);
            }
        }
        if (!touched.isEmpty()) {
            lastGroup = touched;
            lastGroupSentence = index;
        }
        lastCountry = countryNamedLast(s.placeMatches(), s.actors, s.to, lastCountry);
        // the day of an attack told as the cause ("in retaliation for a missile that hit the airport at the weekend") is
        // not the day the story has reached: "A day earlier" in the next sentence counts from the answer's
        // nor is the day a source spoke: "killed more than 100 people, medics said on Wednesday. A day later, ..." is Tuesday
        // nor the day a history began: "the deadliest attack since fighting flared on Sept. 27. A day earlier, ..."
        rememberDays(s.dates.stream().filter(d -> !s.causeSeg[s.seg(d.start())] && !s.spokenOn(d)
                && s.governing(s.seg(d.start()), Dictionaries.Cue.BACKGROUND) == null).toList());
    }

    /**
     * The country named last before token {@code upTo}, by a place ("Tigray") or by a side that speaks
     * for one country ("Ethiopian"); {@code otherwise} when the words name none.
     */
    static String countryNamedLast(List<Match<Dictionaries.Place>> places, List<Match<Dictionaries.Actor>> actors, int upTo, String otherwise) {
        int at = -1;
        String country = otherwise;
        for (Match<Dictionaries.Place> p : places) {
            if (p.start() < upTo && p.start() > at) {
                at = p.start();
                country = p.value().country();
            }
        }
        for (Match<Dictionaries.Actor> a : actors) {
            String home = Sides.speaksFrom(a.value().side());
            if (home != null && a.start() < upTo && a.start() > at) {
                at = a.start();
                country = home;
            }
        }
        return country;
    }

    /** The key counted most among those kept, or null when none is or two tie. */
    static String mostOf(Map<String, Integer> counts, java.util.function.Predicate<String> keep) {
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!keep.test(e.getKey())) {
                continue;
            }
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * The country other than {@code except} whose sides the article names most when not speaking, or
     * null: what a statement is about ("condemns the attack that killed the Egyptian Public Prosecutor").
     */
    String concernedCountry(String except) {
        return mostOf(concerned, country -> !country.equals(except));
    }

    /** The one enemy of a side (wars.tsv) that the article names, or null when it names none or several. */
    String namedEnemyOf(String side) {
        String found = null;
        for (String enemy : dict.enemies.getOrDefault(side, Set.of())) {
            if (named.containsKey(enemy)) {
                if (found != null) {
                    return null;
                }
                found = enemy;
            }
        }
        return found;
    }

    /** The sides the article names, with how often. */
    Map<String, Integer> namedSides() {
        return named;
    }

    /** The countries the article's coded sentences put things in, with how often. */
    Map<String, Integer> locatedCountries() {
        return located;
    }

    /** A speech or blame cue right after an actor: the one who spoke, not who acted. */
    private boolean speaks(List<Token> tokens, int after, int to) {
        for (Match<Dictionaries.Cue> c : dict.cues.scan(tokens, after, Math.min(to, after + 5))) {
            if (c.value() == Dictionaries.Cue.SPEECH || c.value() == Dictionaries.Cue.BLAME) {
                return true;
            }
        }
        return false;
    }

    private void rememberActor(String side, String name, int at) {
        lastActorSide = side;
        lastActorName = name;
        lastActorAt = at;
    }

    /**
     * The last acting subject, as a phrase standing at tokens [start, end) of s, for a pronoun or a
     * subjectless clause of s; null across a paragraph break (the topic may have changed) and for
     * civilians (they do not strike).
     */
    Np lastActor(Sentence s, int start, int end) {
        if (lastActorSide == null || "CIVILIAN".equals(lastActorSide) || lastActorAt < 0
                || body.substring(lastActorAt, s.tok(s.from).start).indexOf('\n') >= 0) {
            return null;
        }
        return new Np(start, end, lastActorSide, lastActorName);
    }

    /** The story's day moves with the days it tells, but not back to an event of another month ("the group's Oct. 7 assault"). */
    private void rememberDays(List<DateMentions.Mention> dates) {
        for (DateMentions.Mention d : dates) {
            if (d.granularity() == DateMentions.Granularity.DAY && d.date() != null
                    && (lastDayDate == null || !d.date().isBefore(lastDayDate.minusDays(30)))) {
                lastDayDate = d.date();
            }
        }
    }
}
