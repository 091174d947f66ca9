package dev.escalation.extract;

import dev.escalation.model.EventFamily;
import dev.escalation.extract.Dictionaries.Casualty;
import dev.escalation.extract.Dictionaries.Cue;
import dev.escalation.extract.Dictionaries.EventKind;
import dev.escalation.extract.Dictionaries.EventWord;
import dev.escalation.extract.PhraseTrie.Match;
import dev.escalation.extract.Sentence.Np;
import dev.escalation.extract.Sentence.PlaceRef;
import dev.escalation.records.Article;
import dev.escalation.records.EventType;
import dev.escalation.records.Feed;
import dev.escalation.records.Incident;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Codes one article, sentence by sentence, keeping what a reader keeps: the incidents told so
 * far, the date of the lead incident, and the last side that spoke or acted. A clause with an
 * event word becomes an incident when it is located; "the strikes" without a date of its own
 * refers back to an incident already told; history, tallies, hypotheticals and the attack being
 * retaliated for are kept as referents that absorb later mentions but are never emitted.
 */
final class ArticleCoding {
    private static final Set<String> PRONOUNS = Token.words("it", "they", "we", "he", "she", "its", "their", "our");
    /** Prepositions before which a gerund names a habit or a means, not an event: "by targeting", "in striking". */
    private static final Set<String> GERUND_PREPS = Token.words("in", "of", "for", "by", "at", "about", "from", "without", "on");
    /** Nouns that count weapons: "fired a barrage of rockets", "launched a swarm of drones". */
    private static final Set<String> QUANTITIES = Token.words("dozen", "dozens", "barrage", "salvo", "salvos", "volley", "volleys",
            "round", "rounds", "wave", "waves", "swarm", "series", "number", "hundreds", "scores", "handful", "pair");
    private static final Set<String> FURNITURE = Token.words("related", "watch", "listen", "advertisement", "photo", "video",
            "subscribe", "recommended", "trending", "file", "image", "credit", "read more", "read also", "also read",
            "see also", "file photo", "more to come", "editor's note", "sign up", "most read");
    private static final Set<String> FIRST_PERSON = Token.words("we", "our", "us");
    private static final Set<String> THIRD_PERSON = Token.words("they", "their", "them", "he", "she", "it");
    /** Words that subordinate a clause to another: its places belong to its own events. */
    private static final Set<String> SUBORDINATORS = Token.words("after", "before", "while", "when", "because", "although",
            "though", "whereas", "but", "amid");
    /** Words that may stand between a determiner and the event word in "the overnight US strikes". */
    private static final Set<String> MODIFIERS = Token.words("overnight", "latest", "recent", "new", "fresh", "deadly", "retaliatory",
            "reported", "alleged", "suspected", "limited", "massive", "heavy", "further", "previous", "first", "second", "last",
            "weekend", "night", "evening", "morning", "'s", "air", "military", "lethal");
    /** Verbs of a passive whose "by" names the doer: "was carried out by", "were fired by". */
    private static final Set<String> PASSIVE_VERBS = Token.words("out", "launched", "claimed", "conducted", "fired", "hit", "struck",
            "targeted", "attacked", "killed", "bombed", "shelled", "downed", "intercepted", "ordered", "staged", "mounted",
            "perpetrated", "executed", "ambushed", "wounded", "injured");
    private static final Set<String> BOUNDS = Token.words("all", "more", "least", "than", "over", "some", "about", "around", "nearly", "almost",
            "roughly", "approximately", "as", "many", "up", "to", "estimated", "an");
    private static final DateTimeFormatter DESCRIBE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Dictionaries dict;
    private final Article article;
    private final String body;
    private final LocalDate published;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<ThreatDraft> threats = new ArrayList<>();
    private LocalDate lead;
    private List<Draft> lastGroup = List.of();
    private int lastGroupSentence = Integer.MIN_VALUE / 2;
    private String lastSubjectSide;
    /** The last day date the text gave, for "one day after" and "five days later". */
    private LocalDate lastDayDate;

    /** An incident being assembled from one or more mentions. */
    private static final class Draft {
        EventType type;
        boolean strongType;
        String country;
        String admin1;
        String location;
        LocalDate date;
        boolean explicitDate;
        String actor;
        String actorSide;
        String target;
        String targetSide;
        Integer fatalities;
        Integer injured;
        boolean retaliation;
        String causeText;
        boolean causeVague;
        String evidence;
        int sentence;
        int lastTouched;
        boolean referent;
        /** Told as the attack another one answers ("in retaliation for an attack on a base in Duhok on Wednesday"). */
        boolean fromCause;
    }

    private record ThreatDraft(int sentence, String actor, String actorSide, boolean reprisal, LocalDate date, String evidence,
                               String lastNamedSide) {
    }

    /** One clause's event: what the clause says happened, before it is located and merged. */
    private static final class Mention {
        int seg;
        int anchor;
        int typeStart;
        EventType type;
        boolean strong;
        boolean definite;
        LocalDate date;
        boolean retaliation;
        String causeText;
        boolean causeVague;
        Np actor;
        Np target;
        boolean relativeUnresolved;
    }

    ArticleCoding(Dictionaries dict, Article article) {
        this.dict = dict;
        this.article = article;
        this.body = article.getBody();
        this.published = article.getPublishedAt() == null ? null : LocalDate.ofInstant(article.getPublishedAt(), ZoneOffset.UTC);
    }

    List<Incident> incidents() {
        List<Token> tokens = Tokenizer.tokenize(body);
        dict.mark(tokens);
        List<int[]> bounds = Tokenizer.sentences(tokens);
        for (int k = 0; k < bounds.size(); k++) {
            int from = k == 0 ? afterDateline(tokens, bounds.get(0)[0], bounds.get(0)[1]) : bounds.get(k)[0];
            int to = bounds.get(k)[1];
            if (from >= to || furniture(tokens, from, to)) {
                continue;
            }
            if (mayReport(tokens, from, to)) {
                sentence(k, new Sentence(dict, body, tokens, from, to, published));
            } else {
                remember(tokens, from, to);
            }
        }
        resolveRetaliationCauses();
        resolveThreats();
        List<Incident> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (!d.referent && d.date != null && d.country != null) {
                out.add(toIncident(d));
            }
        }
        return out;
    }

    /** Whether a sentence has an event, casualty or threat word; most do not, and need only {@link #remember}. */
    private boolean mayReport(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((tokens.get(i).dictionaries & (Dictionaries.EVENT_BIT | Dictionaries.CASUALTY_BIT)) != 0) {
                return true;
            }
        }
        for (Match<Cue> c : dict.cues.scan(tokens, from, to)) {
            if (c.value() == Cue.THREAT || c.value() == Cue.THREAT_REPRISAL || c.value() == Cue.THREAT_AGAINST) {
                return true;
            }
        }
        return false;
    }

    /** What a sentence without events still tells the reader: who is talking and what day it is. */
    private void remember(List<Token> tokens, int from, int to) {
        for (Match<Dictionaries.Actor> a : dict.actors.scan(tokens, from, to)) {
            int k = a.start() - 1;
            while (k >= from && Sentence.DETERMINERS.contains(tokens.get(k).norm)) {
                k--;
            }
            if (a.value().side() != null && (k < from || !Sentence.PREPOSITIONS.contains(tokens.get(k).norm))) {
                lastSubjectSide = a.value().side();
                break;
            }
        }
        for (DateMentions.Mention d : DateMentions.find(tokens, from, to, published)) {
            if (d.granularity() == DateMentions.Granularity.DAY && d.date() != null) {
                lastDayDate = d.date();
            }
        }
    }

    /** Links and teasers left over from the web page: "Read more: ...", "Related: ...", "Watch: ...". */
    private static boolean furniture(List<Token> tokens, int from, int to) {
        Token first = tokens.get(from);
        Token second = from + 1 < to ? tokens.get(from + 1) : null;
        Token third = from + 2 < to ? tokens.get(from + 2) : null;
        boolean label = second != null && second.raw.equals(":") && FURNITURE.contains(first.norm);
        boolean twoWordLabel = third != null && third.raw.equals(":") && FURNITURE.contains(first.norm + " " + second.norm);
        return label || twoWordLabel;
    }

    /** Skips a wire dateline such as "DAMASCUS -" or "BAGHDAD (Reuters) -": it is where the story was filed. */
    private static int afterDateline(List<Token> tokens, int from, int to) {
        boolean paren = false;
        for (int i = from; i < to && i - from < 8; i++) {
            Token t = tokens.get(i);
            if (t.raw.equals("(")) {
                paren = true;
            } else if (t.raw.equals(")")) {
                paren = false;
            } else if (t.isPunct() && (t.raw.equals("-") || t.raw.equals("\u2014") || t.raw.equals("\u2013"))) {
                return i > from ? i + 1 : from;
            } else if (t.isWord() && !paren && !t.raw.equals(t.raw.toUpperCase(Locale.ROOT))) {
                return from;
            }
        }
        return from;
    }

    // ---------------------------------------------------------------- sentences

    private void sentence(int index, Sentence s) {
        List<Draft> touched = new ArrayList<>();
        for (int seg = 0; seg < s.segments(); seg++) {
            for (Mention m : mentions(s, seg)) {
                place(index, s, m, touched);
            }
        }
        threats(index, s);
        casualties(index, s, touched);
        for (Np np : s.nps) {
            if (np.side != null && !np.locative && !np.afterPrep) {
                lastSubjectSide = np.side;
                break;
            }
        }
        if (!touched.isEmpty()) {
            lastGroup = touched;
            lastGroupSentence = index;
        }
        for (DateMentions.Mention d : s.dates) {
            if (d.granularity() == DateMentions.Granularity.DAY && d.date() != null) {
                lastDayDate = d.date();
            }
        }
    }

    /**
     * The events a clause reports: one per group of adjacent event words ("fired more than a dozen
     * ballistic missiles"); an actor phrase between two groups separates them ("That strike prompted
     * US strikes"). Threatened, denied and supposed events are left out.
     */
    private List<Mention> mentions(Sentence s, int seg) {
        List<Mention> out = new ArrayList<>(1);
        List<Match<EventWord>> group = new ArrayList<>(3);
        int segFrom = s.segStart[seg];
        int segTo = s.segStart[seg + 1];
        for (Match<EventWord> e : s.events) {
            if (e.start() < segFrom || e.start() >= segTo || e.value().kind() == EventKind.BLOCK || notAnEvent(s, e)) {
                continue;
            }
            if (!group.isEmpty() && contentBetween(s, group.get(group.size() - 1).end(), e.start())) {
                addMention(s, seg, group, out);
                group = new ArrayList<>(3);
            }
            group.add(e);
        }
        if (!group.isEmpty()) {
            addMention(s, seg, group, out);
        }
        return out;
    }

    /** "to attack", "in striking", "by targeting": an intention or a habit, not an event. */
    private static boolean notAnEvent(Sentence s, Match<EventWord> e) {
        if (e.value().kind() != EventKind.GENERIC || e.start() == s.from) {
            return false;
        }
        Token word = s.tok(e.start());
        Token before = s.tok(e.start() - 1);
        boolean base = !word.norm.endsWith("s") && !word.norm.endsWith("ed") && !word.norm.endsWith("ing");
        return (before.is("to") && base)
                || ((before.is("and") || before.is("or")) && base) // "to secure influence and attack Iran's enemies"
                || (word.norm.endsWith("ing") && GERUND_PREPS.contains(before.norm));
    }

    private void addMention(Sentence s, int seg, List<Match<EventWord>> group, List<Mention> out) {
        Match<EventWord> event = null;
        Match<EventWord> weapon = null;
        Match<EventWord> generic = null;
        boolean untypedVerb = false;
        for (Match<EventWord> e : group) {
            EventWord w = e.value();
            if (w.kind() == EventKind.EVENT && event == null) {
                event = e;
            } else if (w.kind() == EventKind.WEAPON && weapon == null) {
                weapon = e;
            } else if (w.kind() == EventKind.GENERIC) {
                if (w.type() == null) {
                    untypedVerb = true;
                } else if (generic == null || generic.value().type() == EventType.OTHER && w.type() != EventType.OTHER) {
                    generic = e; // "a targeted military strike": the strike types it, not "targeted"
                }
            }
        }
        if (event == null && generic == null && !(untypedVerb && weapon != null)) {
            return;
        }
        int anchor = group.get(0).start();
        int firstEnd = group.get(0).end();
        Match<EventWord> typed = event != null ? event : weapon != null ? weapon : generic;
        if (negated(s, seg, typed.start()) || negated(s, seg, anchor)
                || s.governing(seg, Cue.HYPOTHETICAL) != null || threatenedBefore(s, seg, anchor)) {
            return;
        }
        Mention m = new Mention();
        m.seg = seg;
        m.anchor = anchor;
        m.typeStart = typed.start();
        m.type = typed.value().type();
        m.strong = typed.value().kind() != EventKind.GENERIC;
        m.definite = definite(s, typed.start());
        m.date = date(s, seg, anchor);
        m.relativeUnresolved = m.date == null && relativeBefore(s, anchor);
        boolean blame = cueBefore(s, Cue.BLAME, anchor);
        if (Voice.passive(s, anchor)) {
            // "a U.S. convoy ... was brutally attacked (by X)": the subject suffered it, the doer follows "by"
            m.actor = Voice.agent(s, seg, anchor);
            m.target = Voice.patient(s, seg, anchor, m.actor);
        } else {
            m.actor = actor(s, seg, anchor, firstEnd, blame);
            m.target = target(s, seg, firstEnd, m.actor);
        }
        retaliation(s, seg, anchor, m);
        out.add(m);
    }

    /** A word between two event words that is not an actor, a preposition, an article or a number: another verb. */
    private static boolean contentBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.tok(k);
            if (spanStartCovering(s, k) < 0 && !Sentence.DETERMINERS.contains(t.norm) && !Sentence.PREPOSITIONS.contains(t.norm)
                    && !BOUNDS.contains(t.norm) && !MODIFIERS.contains(t.norm) && Numbers.parse(s.tokens, k, to) == null
                    && !t.is("a") && !t.is("of") && !QUANTITIES.contains(t.norm)) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(Sentence s, int seg, int at) {
        for (Match<Cue> c : s.cues) {
            if (c.value() == Cue.NEGATION && s.seg(c.start()) == seg && c.end() <= at && at - c.end() <= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean threatenedBefore(Sentence s, int seg, int anchor) {
        for (Match<Cue> c : s.cues) {
            if ((c.value() == Cue.THREAT || c.value() == Cue.THREAT_REPRISAL) && s.seg(c.start()) == seg && c.start() < anchor) {
                return true;
            }
        }
        return false;
    }

    private static boolean cueBefore(Sentence s, Cue kind, int anchor) {
        for (Match<Cue> c : s.cues) {
            if (c.value() == kind && c.end() <= anchor) {
                return true;
            }
        }
        return false;
    }

    /** History or a tally: "since", "previous", "last month", "more than 40 attacks", "a series of". */
    private boolean background(Sentence s, Mention m) {
        int segFrom = s.segStart[m.seg];
        int segTo = s.segStart[m.seg + 1];
        if (s.governing(m.seg, Cue.BACKGROUND) != null) {
            return true;
        }
        boolean coarse = false;
        boolean day = false;
        for (DateMentions.Mention d : s.dates) {
            if (d.start() >= segFrom && d.start() < segTo) {
                coarse |= d.granularity() == DateMentions.Granularity.COARSE;
                day |= d.granularity() == DateMentions.Granularity.DAY;
            }
        }
        if (coarse && !day) {
            return true;
        }
        if (!day) {
            // "Through the summer and fall of 2019, ... were blamed for attacks": a leading period governs the sentence
            for (DateMentions.Mention d : s.dates) {
                if (d.start() < segFrom && !s.causeSeg[s.seg(d.start())]) {
                    day = d.granularity() != DateMentions.Granularity.COARSE;
                    coarse = d.granularity() == DateMentions.Granularity.COARSE;
                }
            }
            if (coarse && !day) {
                return true;
            }
        }
        for (Match<Cue> c : s.cues) {
            if (c.value() == Cue.AGGREGATE && c.end() <= m.typeStart && m.typeStart - c.end() <= 2) {
                return true;
            }
        }
        if (!m.strong || s.tok(m.typeStart).isWord()) {
            // a count of attacks is a tally: "more than 40 attacks", "at least five drone attacks"
            for (int k = Math.max(segFrom, m.typeStart - 3); k < m.typeStart; k++) {
                Numbers.Parsed n = Numbers.parse(s.tokens, k, m.typeStart);
                if (n != null && n.end() == m.typeStart && !isWeapon(s, m.typeStart)) {
                    boolean bounded = k > segFrom && BOUNDS.contains(s.tok(k - 1).norm);
                    return n.value() >= 4 || bounded;
                }
            }
        }
        return false;
    }

    private static boolean isWeapon(Sentence s, int at) {
        for (Match<EventWord> e : s.events) {
            if (e.start() == at) {
                return e.value().kind() == EventKind.WEAPON;
            }
        }
        return false;
    }

    /** "the strikes", "the US strikes", "these attacks": a reference to an incident already told. */
    private static boolean definite(Sentence s, int typeStart) {
        int k = typeStart - 1;
        int steps = 0;
        while (k >= s.from && steps++ < 6) {
            Token t = s.tok(k);
            if ((Sentence.DETERMINERS.contains(t.norm) || t.is("that")) && !t.is("a") && !t.is("an")) {
                return true;
            }
            int skipTo = spanStartCovering(s, k);
            if (skipTo >= 0) {
                k = skipTo - 1;
            } else if (MODIFIERS.contains(t.norm) || s.isTrigger(k)) {
                k--;
            } else {
                return false;
            }
        }
        return false;
    }

    /** The start of an actor phrase or date expression covering token k, or -1. */
    private static int spanStartCovering(Sentence s, int k) {
        for (Np np : s.nps) {
            if (np.start <= k && k < np.end) {
                return np.start;
            }
        }
        for (DateMentions.Mention d : s.dates) {
            if (d.start() <= k && k < d.end()) {
                return d.start();
            }
        }
        return -1;
    }

    /** The clause's own date, else "one day after ..." relative to the lead incident, else a date earlier in the sentence. */
    private LocalDate date(Sentence s, int seg, int anchor) {
        for (DateMentions.Mention d : s.dates) {
            if (d.granularity() == DateMentions.Granularity.DAY && d.date() != null && s.seg(d.start()) == seg) {
                return d.date();
            }
        }
        DateMentions.Mention before = null;
        for (DateMentions.Mention d : s.dates) {
            if (d.end() <= anchor && !s.causeSeg[s.seg(d.start())]
                    && (d.granularity() == DateMentions.Granularity.AFTER || (d.granularity() == DateMentions.Granularity.DAY && d.date() != null))) {
                before = d;
            }
        }
        if (before == null) {
            return null;
        }
        if (before.granularity() == DateMentions.Granularity.AFTER) {
            // "one day after", "five days later" count from the last date the text gave
            LocalDate focus = lastDayDate;
            for (DateMentions.Mention d : s.dates) {
                if (d.end() <= before.start() && d.granularity() == DateMentions.Granularity.DAY && d.date() != null) {
                    focus = d.date();
                }
            }
            return focus == null ? null : focus.minusDays(before.offsetDays());
        }
        return before.date();
    }


    private static boolean relativeBefore(Sentence s, int anchor) {
        for (DateMentions.Mention d : s.dates) {
            if (d.granularity() == DateMentions.Granularity.AFTER && d.end() <= anchor) {
                return true;
            }
        }
        return false;
    }

    private static Np actor(Sentence s, int seg, int anchor, int lastEnd, boolean blame) {
        for (Np np : s.nps) {
            if (s.seg(np.start) == seg && np.afterBy && np.start >= lastEnd && np.start - lastEnd <= 3) {
                return np; // passive: "was carried out by X"
            }
        }
        for (Np np : s.nps) {
            if (s.seg(np.start) == seg && np.afterBy && np.start >= lastEnd && PASSIVE_VERBS.contains(s.tok(prevWord(s, np.start) - 1).norm)
                    && triggerEndBefore(s, np.start) <= lastEnd) {
                return np; // "a drone attack on US troops was carried out by Iran-backed militias"
            }
        }
        for (Np np : s.nps) {
            if (s.seg(np.start) == seg && np.afterBy && np.start >= lastEnd && np.start - lastEnd <= 15
                    && PASSIVE_VERBS.contains(s.tok(prevWord(s, np.start) - 1).norm)) {
                return np; // "were killed in Jordan by a drone launched by militant groups backed by Iran"
            }
        }
        for (Np np : s.nps) {
            if (np.side != null && s.seg(np.start) == seg && np.end <= anchor && modifierGap(s, np.end, anchor)) {
                return np; // "US strikes", "the Israeli air strike", "in a U.S. strike"
            }
        }
        if (blame) {
            Np last = null;
            for (Np np : s.nps) {
                if (s.seg(np.start) == seg && np.start >= lastEnd && np.afterTargetPrep && s.tok(prevWord(s, np.start)).is("on")) {
                    last = np;
                }
            }
            if (last != null) {
                return last; // "blamed the attack on a US base on forces backed by Iran"
            }
        }
        Np subject = subject(s, seg, anchor);
        if (subject != null && subject.side != null) {
            return subject;
        }
        for (Match<Cue> c : s.cues) {
            if (c.value() == Cue.BLAME && c.start() >= lastEnd) {
                for (Np np : s.nps) {
                    if (np.start >= c.end() && np.start - c.end() <= 2) {
                        return np; // "..., President Joe Biden said, blaming Iran-backed militant groups"
                    }
                }
            }
        }
        return subject;
    }

    /** The doer of a clause's action: a phrase before it, a pronoun's speaker, or the sentence's subject. */
    private static Np subject(Sentence s, int seg, int anchor) {
        Np best = null;
        for (Np np : s.nps) {
            if (s.seg(np.start) == seg && np.end <= anchor && usableSubject(np)) {
                best = np;
            }
        }
        if (best != null) {
            return best;
        }
        for (int k = s.segStart[seg]; k < anchor; k++) {
            if (PRONOUNS.contains(s.tok(k).norm)) {
                Np speaker = null;
                for (Np np : s.nps) {
                    if (np.speaker && np.end <= s.segStart[seg]) {
                        speaker = np;
                    }
                }
                if (speaker != null) {
                    return speaker;
                }
                break;
            }
        }
        for (Np np : s.nps) {
            if (np.end <= s.segStart[seg] && s.seg(np.start) == 0 && np.side != null && usableSubject(np)) {
                return np; // the subject of the main clause: "The United States launched ..., and promised more"
            }
        }
        if (seg > 0 && s.segStart[seg] == anchorClauseStart(s, seg, anchor)) {
            // a subject set off by an insertion: "the U.S. and U.K., with support from Australia and Canada, conducted strikes"
            for (Np np : s.nps) {
                if (np.end <= s.segStart[seg] && np.side != null && usableSubject(np) && !s.causeSeg[s.seg(np.start)]) {
                    return np;
                }
            }
        }
        return null;
    }

    /** The start of the clause the anchor opens when only a verb phrase stands before it ("..., conducted strikes"): the anchor's segment start, else -1. */
    private static int anchorClauseStart(Sentence s, int seg, int anchor) {
        int start = s.segStart[seg];
        for (int k = start; k < anchor; k++) {
            Token t = s.tok(k);
            if (!t.isWord() || Character.isUpperCase(t.raw.charAt(0)) || SUBORDINATORS.contains(t.norm) || PRONOUNS.contains(t.norm)) {
                return -1; // a new clause with its own subject, or a subordinate one
            }
        }
        return anchor - start <= 3 ? start : -1;
    }

    private static boolean usableSubject(Np np) {
        return !np.speaker && !np.locative && !np.placeModifier && !np.afterPrep && !np.victim;
    }

    /** Only modifiers (dates, "overnight", "'s") between an actor phrase and the event word. */
    private static boolean modifierGap(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!MODIFIERS.contains(s.tok(k).norm) && !inDate(s, k)) {
                return false;
            }
        }
        return true;
    }

    private static int prevWord(Sentence s, int i) {
        int k = i - 1;
        while (k > s.from && Sentence.DETERMINERS.contains(s.tok(k).norm)) {
            k--;
        }
        return Math.max(k, s.from);
    }

    /** The first candidate with a side, else the first candidate: "on their convoy" yields to the sided victims. */
    private static Np target(Sentence s, int seg, int lastEnd, Np actor) {
        Np owner = owner(s, seg, lastEnd, actor);
        if (owner != null) {
            return owner; // "strikes on infrastructure in eastern Syria used by Iran-backed groups"
        }
        List<Np> candidates = new ArrayList<>(3);
        for (Np np : s.nps) {
            if (np != actor && s.seg(np.start) == seg && np.start >= lastEnd && np.afterTargetPrep && !np.placeModifier) {
                candidates.add(np); // "strikes against Iran-backed groups", "rockets at northern Israel"
            }
        }
        for (Np np : s.nps) {
            if (np != actor && s.seg(np.start) == seg && np.start >= lastEnd && onlyDeterminers(s, triggerEndBefore(s, np.start), np.start)
                    && !np.speaker && !np.placeModifier && !np.locative) {
                candidates.add(np); // the object: "struck Kataib Hezbollah facilities"
            }
        }
        for (Np np : s.nps) {
            if (np != actor && np.victim && np.side != null && s.seg(np.start) <= seg) {
                candidates.add(np); // "Soleimani and al-Muhandis were killed in an air strike"
            }
        }
        for (Match<Casualty> c : s.casualties) {
            boolean participle = s.seg(c.start()) == seg + 1 && c.start() == s.segStart[seg + 1] + (s.tok(s.segStart[seg + 1]).isWord() ? 0 : 1);
            if ((c.value() == Casualty.KILLED || c.value() == Casualty.INJURED) && (s.seg(c.start()) == seg || participle)
                    && c.start() >= lastEnd) {
                for (Np np : s.nps) {
                    if (np != actor && s.seg(np.start) == s.seg(c.start()) && np.start >= c.end() && np.start - c.end() <= 5 && !np.afterPrep) {
                        candidates.add(np); // "the strikes killed at least 18 pro-Iran fighters", "an airstrike ..., killing 7 ISIS terrorists"
                    }
                }
            }
        }
        for (Np np : candidates) {
            if (np.side != null) {
                return np;
            }
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** Verbs whose "by" names the one a target belongs to: "infrastructure used by Iran-backed groups". */
    private static final Set<String> OWNER_BY = Token.words("used", "utilized", "utilised", "operated", "controlled", "held", "run",
            "occupied", "manned", "owned");
    private static final Set<String> OWNER_TO = Token.words("belonging", "linked", "tied", "affiliated", "allied", "loyal", "connected");

    /**
     * When the target names no side, the side of whoever it belongs to: "used by X", "belonging to X",
     * "X-controlled areas", "X-held territory".
     */
    private static Np owner(Sentence s, int seg, int lastEnd, Np actor) {
        for (Np np : s.nps) {
            if (np == actor || np.side == null || s.seg(np.start) != seg || np.start < lastEnd) {
                continue;
            }
            int p = prevWord(s, np.start);
            if (p > s.from && s.tok(p).is("by") && OWNER_BY.contains(s.tok(p - 1).norm)) {
                return np;
            }
            if (p > s.from && (s.tok(p).is("to") || s.tok(p).is("with")) && OWNER_TO.contains(s.tok(p - 1).norm)) {
                return np;
            }
            if (np.end < s.to && OWNER_BY.contains(s.tok(np.end).norm)) {
                return np; // "Houthi-controlled", "rebel-held"
            }
        }
        return null;
    }

    /** The end of the last event word before token i (or i itself when there is none). */
    private static int triggerEndBefore(Sentence s, int i) {
        int end = -1;
        for (Match<EventWord> e : s.events) {
            if (e.end() <= i && e.value().kind() != EventKind.BLOCK) {
                end = e.end();
            }
        }
        return end < 0 ? i : end;
    }

    private static boolean onlyDeterminers(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Sentence.DETERMINERS.contains(s.tok(k).norm)) {
                return false;
            }
        }
        return true;
    }

    private void retaliation(Sentence s, int seg, int anchor, Mention m) {
        for (Match<Cue> c : s.cues) {
            int cseg = s.seg(c.start());
            if (c.value() == Cue.RETALIATION_FOR && c.start() > anchor && namesAnAttack(s, cseg)) {
                m.retaliation = true;
                int end = s.segStart[cseg + 1];
                if (c.end() < end) {
                    m.causeText = trimPunct(s.span(body, c.end(), end));
                    m.causeVague = !hasDayDate(s, cseg) && !hasLocativePlace(s, cseg);
                }
                return;
            }
            if (c.value() == Cue.RETALIATORY && (cseg == seg || !segHasTrigger(s, cseg))) {
                m.retaliation = true;
                m.causeVague = true;
            }
        }
    }

    /** "in response to drone attacks", "in retaliation for the killing of": not "in response to US support". */
    private static boolean namesAnAttack(Sentence s, int seg) {
        for (int t = seg; t < s.segments() && (t == seg || s.causeSeg[t]); t++) {
            if (segHasTrigger(s, t)) {
                return true;
            }
            for (Match<Casualty> c : s.casualties) {
                if (c.value() == Casualty.KILLED && s.seg(c.start()) == t) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasDayDate(Sentence s, int seg) {
        for (DateMentions.Mention d : s.dates) {
            if (d.granularity() == DateMentions.Granularity.DAY && s.seg(d.start()) == seg) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLocativePlace(Sentence s, int seg) {
        for (PlaceRef p : s.places) {
            if (p.locative() && s.seg(p.start()) == seg) {
                return true;
            }
        }
        return false;
    }

    private static boolean segHasTrigger(Sentence s, int seg) {
        for (Match<EventWord> e : s.events) {
            if (s.seg(e.start()) == seg && e.value().kind() != EventKind.BLOCK) {
                return true;
            }
        }
        return false;
    }

    private static boolean segHasThreat(Sentence s, int seg) {
        return s.cueIn(seg, Cue.THREAT) != null || s.cueIn(seg, Cue.THREAT_REPRISAL) != null;
    }

    private static String trimPunct(String text) {
        int a = 0;
        int b = text.length();
        while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(a, b);
    }

    /** Located places for a clause: its own, else those of neighbouring clauses that report no other event. */
    private static List<PlaceRef> scope(Sentence s, int seg) {
        List<PlaceRef> own = locativeIn(s, seg);
        for (int t = seg + 1; own.isEmpty() && t < s.segments(); t++) {
            if (s.causeSeg[t] || segHasTrigger(s, t) || segHasThreat(s, t) || SUBORDINATORS.contains(s.tok(s.segStart[t]).norm)) {
                break;
            }
            own = relative(s, t) ? own : locativeIn(s, t);
        }
        for (int t = seg - 1; own.isEmpty() && t >= 0 && !SUBORDINATORS.contains(s.tok(s.segStart[t + 1]).norm); t--) {
            if (s.causeSeg[t] || segHasTrigger(s, t) || segHasThreat(s, t)) {
                break;
            }
            own = relative(s, t) ? own : locativeIn(s, t);
        }
        return own;
    }

    /** A relative clause about a person or place ("who is in Baghdad", "where the US has a consulate"). */
    private static boolean relative(Sentence s, int seg) {
        Token first = s.tok(s.segStart[seg]);
        return first.is("who") || first.is("whom") || first.is("whose") || first.is("where") || first.is("which");
    }

    private static List<PlaceRef> locativeIn(Sentence s, int seg) {
        List<PlaceRef> out = new ArrayList<>(2);
        for (PlaceRef p : s.places) {
            if (p.locative() && s.seg(p.start()) == seg) {
                out.add(p);
            }
        }
        return out;
    }

    /** Per country, the most specific place named. */
    private static Map<String, PlaceRef> byCountry(List<PlaceRef> places) {
        Map<String, PlaceRef> out = new LinkedHashMap<>();
        for (PlaceRef p : places) {
            PlaceRef have = out.get(p.place().country());
            if (have == null || (have.place().admin1() == null && p.place().admin1() != null)) {
                out.put(p.place().country(), p);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- incidents

    private void place(int index, Sentence s, Mention m, List<Draft> touched) {
        // an attack told as the cause of another is an incident of its own when the text dates and places it
        boolean cause = s.causeSeg[m.seg];
        boolean referent = background(s, m) || (cause && (m.date == null || !hasDayDate(s, m.seg)));
        if (m.relativeUnresolved) {
            return; // "five days later", with nothing dated to count from
        }
        List<PlaceRef> places = scope(s, m.seg);
        if (places.isEmpty() && m.target != null) {
            places = targetPlace(s, m.target);
        }
        if (places.isEmpty() && m.type == EventType.INTERCEPTION && m.actor != null) {
            places = targetPlace(s, m.actor); // air defences fire over their own country
        }
        if (places.isEmpty()) {
            if (!referent) {
                Draft d = draft(index, s, m, null, null);
                Draft hit = recentCompatible(d);
                if (hit != null) {
                    merge(hit, d); // "the strikes killed 12", "Hezbollah said it had targeted an army post"
                    touched.add(hit);
                }
            }
            return;
        }
        boolean anaphoric = m.definite && m.date == null;
        for (Map.Entry<String, PlaceRef> e : byCountry(places).entrySet()) {
            Draft d = draft(index, s, m, e.getKey(), e.getValue());
            if (referent) {
                d.referent = true;
                drafts.add(d);
                continue;
            }
            if (cause) {
                d.retaliation = false;
                d.causeText = null;
                d.fromCause = true;
            }
            Draft hit = compatible(d, false);
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
                d.date = lead != null ? lead : published;
            }
            if (d.date == null) {
                continue; // no publication date and no absolute date: cannot date it
            }
            if (lead == null) {
                lead = d.date;
            }
            drafts.add(d);
            touched.add(d);
        }
    }

    /** The incident a place-less mention refers to: the latest one it agrees with, told in the last few sentences. */
    private Draft recentCompatible(Draft m) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (!d.referent && d.type != EventType.THREAT && m.sentence - d.lastTouched <= 3 && compatibleWith(d, m)) {
                return d;
            }
        }
        return null;
    }

    /** "an attack on Israel", "Ukraine's air force shot down": a country named as the target (or defender) locates the event. */
    private static List<PlaceRef> targetPlace(Sentence s, Np target) {
        for (PlaceRef p : s.places) {
            if (p.start() == target.start && p.end() == target.end
                    && (p.end() >= s.to || !s.tok(p.end()).isWord() || Sentence.PREPOSITIONS.contains(s.tok(p.end()).norm)
                    || s.tok(p.end()).is("and") && p.end() + 1 < s.to && Character.isUpperCase(s.tok(p.end() + 1).raw.charAt(0))
                    || s.tok(p.end()).is("'s"))) {
                return List.of(p);
            }
        }
        return List.of();
    }

    private Draft draft(int index, Sentence s, Mention m, String country, PlaceRef place) {
        Draft d = new Draft();
        d.type = m.type;
        d.strongType = m.strong;
        d.country = country;
        if (place == null) {
            d.country = null;
        } else if (place.place().admin1() != null) {
            d.admin1 = place.place().admin1();
            d.location = place.place().name();
        } else if (place.direction() != null) {
            d.location = place.direction() + " " + place.place().name();
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
            d.actor = actorNp.name != null ? actorNp.name : s.span(body, actorNp.start, actorNp.end);
            d.actorSide = Sides.resolve(actorNp.side, d.country);
        }
        if (targetNp != null) {
            d.target = np(s, targetNp);
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
    private String np(Sentence s, Np np) {
        int start = np.start;
        if (start - 1 >= s.from && Sentence.DETERMINERS.contains(s.tok(start - 1).norm)) {
            start--;
        }
        return s.span(body, start, np.end);
    }

    private Draft compatible(Draft m, boolean referents) {
        for (Draft d : drafts) {
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
        for (Draft d : drafts) {
            if (d.type != EventType.THREAT && (d.type == type || type == EventType.OTHER || EventFamily.of(d.type) == EventFamily.of(type))) {
                return true;
            }
        }
        return false;
    }

    private static boolean agree(String a, String b) {
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

    private List<Draft> recentGroup(int index) {
        return index - lastGroupSentence <= 3 ? lastGroup : List.of();
    }

    // ---------------------------------------------------------------- casualties

    /** "at least 16 people killed", "killed five fighters", "12 dead", "death toll rose to 12". */
    private void casualties(int index, Sentence s, List<Draft> touched) {
        for (Match<Casualty> c : s.casualties) {
            if (c.value() == Casualty.PERSON) {
                continue;
            }
            int seg = s.seg(c.start());
            if (s.cueIn(seg, Cue.HYPOTHETICAL) != null || s.cueIn(seg, Cue.BACKGROUND) != null) {
                continue;
            }
            Integer count = c.value() == Casualty.NONE ? Integer.valueOf(0)
                    : s.cueIn(seg, Cue.NEGATION) != null ? noneReported(s, c) : count(s, c);
            if (count == null) {
                continue;
            }
            // the dead of the attack being answered belong to that attack, when it is an incident here
            List<Draft> own = new ArrayList<>();
            for (Draft d : touched) {
                if (d.fromCause == s.causeSeg[seg]) {
                    own.add(d);
                }
            }
            List<Draft> targets = !own.isEmpty() ? own : s.causeSeg[seg] ? List.of() : recentGroup(index);
            if (targets.isEmpty()) {
                continue;
            }
            Draft d = targets.get(0);
            List<PlaceRef> here = locativeIn(s, seg);
            if (!here.isEmpty()) {
                d = inCountryOf(targets, here);
                if (d == null) {
                    continue; // casualties somewhere this sentence reports no incident
                }
            }
            if (c.value() == Casualty.KILLED || c.value() == Casualty.NONE) {
                d.fatalities = d.fatalities == null ? count : Math.max(d.fatalities, count);
            } else {
                d.injured = d.injured == null ? count : Math.max(d.injured, count);
            }
        }
    }

    private static Draft inCountryOf(List<Draft> drafts, List<PlaceRef> places) {
        for (PlaceRef p : places) {
            for (Draft d : drafts) {
                if (d.country.equals(p.place().country())) {
                    return d;
                }
            }
        }
        return null;
    }

    /** "no Americans or Iraqis had been killed", "none of their service members had been killed": zero. */
    private static Integer noneReported(Sentence s, Match<Casualty> word) {
        if (word.value() != Casualty.KILLED) {
            return null;
        }
        for (Match<Cue> c : s.cues) {
            if (c.value() == Cue.NEGATION && s.seg(c.start()) == s.seg(word.start()) && c.end() <= word.start()
                    && word.start() - c.end() <= 6 && (s.tok(c.start()).is("no") || s.tok(c.start()).is("none"))) {
                return 0;
            }
        }
        return null;
    }

    /** The number of people a casualty word counts, or null when the text gives none. */
    private Integer count(Sentence s, Match<Casualty> word) {
        int seg = s.seg(word.start());
        int segFrom = s.segStart[seg];
        int segTo = s.segStart[seg + 1];
        // after the word: "killed at least 18 pro-Iran fighters", "killing 12", "death toll rose to 12"
        int k = word.end();
        int limit = Math.min(segTo, word.end() + 4);
        while (k < limit && (BOUNDS.contains(s.tok(k).norm) || s.tok(k).is("rose") || s.tok(k).is("reached")
                || s.tok(k).is("climbed") || s.tok(k).is("of") || s.tok(k).is("at") || s.tok(k).is("and") || s.tok(k).is("injuring")
                || s.tok(k).is("wounding"))) {
            k++;
        }
        Numbers.Parsed after = inDate(s, k) ? null : Numbers.parse(s.tokens, k, segTo);
        if (after != null && (countsPeople(s, after.end(), segTo) || !nounFollows(s, after.end(), segTo))) {
            return after.value() + coordinatedCount(s, after.end(), s.to);
        }
        // before the word: "at least 16 people killed", "five fighters were killed", "12 dead"
        for (int i = Math.max(segFrom, word.start() - 8); i < word.start(); i++) {
            if (inDate(s, i)) {
                continue;
            }
            Numbers.Parsed n = Numbers.parse(s.tokens, i, word.start());
            if (n == null) {
                continue;
            }
            int personEnd = personWithin(s, n.end(), word.start(), s.tok(n.end()).is("of") ? 5 : 3);
            if (personEnd >= 0 && word.start() - personEnd <= 3) {
                return n.value();
            }
            if (n.end() == word.start()) {
                return n.value(); // "12 dead", "dozens wounded"
            }
        }
        return null;
    }

    /** "killing five members of a militia and two guests": the people counted after "and". */
    private static int coordinatedCount(Sentence s, int from, int to) {
        for (int k = from; k < Math.min(to, from + 8); k++) {
            if (s.tok(k).is("and")) {
                Numbers.Parsed n = Numbers.parse(s.tokens, k + 1, to);
                return n != null && countsPeople(s, n.end(), to) ? n.value() : 0;
            }
        }
        return 0;
    }

    private static boolean inDate(Sentence s, int i) {
        for (DateMentions.Mention d : s.dates) {
            if (d.start() <= i && i < d.end()) {
                return true;
            }
        }
        return false;
    }

    /** A person noun within three words after a number: "18 pro-Iran fighters". */
    private static boolean countsPeople(Sentence s, int from, int to) {
        int k = from;
        while (k < to && s.tok(k).isPunct()) {
            k++; // two \u201cguests\u201d
        }
        int window = k < to && s.tok(k).is("of") ? 6 : 4; // "five of the group's fighters"
        return personWithin(s, k, Math.min(to, k + window), window - 1) >= 0;
    }

    private static int personWithin(Sentence s, int from, int to, int maxGap) {
        for (Match<Casualty> c : s.casualties) {
            if (c.value() == Casualty.PERSON && c.start() >= from && c.end() <= to && c.start() - from <= maxGap) {
                return c.end();
            }
        }
        return -1;
    }

    private static boolean nounFollows(Sentence s, int at, int to) {
        return at < to && s.tok(at).isWord() && !Sentence.PREPOSITIONS.contains(s.tok(at).norm) && !s.tok(at).is("and")
                && !s.tok(at).is("people");
    }

    // ---------------------------------------------------------------- threats

    private void threats(int index, Sentence s) {
        for (int seg = 0; seg < s.segments(); seg++) {
            // threats are conditional and future by nature: only history and the cause of an attack are not threats
            if (s.causeSeg[seg] || s.governing(seg, Cue.BACKGROUND) != null) {
                continue;
            }
            Match<Cue> cue = s.cueIn(seg, Cue.THREAT_REPRISAL);
            if (cue == null) {
                cue = s.cueIn(seg, Cue.THREAT_AGAINST);
            }
            if (cue == null) {
                cue = s.cueIn(seg, Cue.THREAT);
            }
            if (cue == null || negated(s, seg, cue.start())) {
                continue;
            }
            boolean reprisal = cue.value() == Cue.THREAT_REPRISAL;
            // "America and Britain will pay a heavy price": the subject is the side threatened
            Np who = cue.value() == Cue.THREAT_AGAINST ? null : subject(s, seg, cue.start());
            if (who == null && cue.value() != Cue.THREAT_AGAINST) {
                for (Np np : s.nps) {
                    if (s.seg(np.start) == seg && np.end <= cue.start() && !np.speaker && !np.afterTargetPrep) {
                        who = np; // "with the militias threatening to retaliate"
                    }
                }
            }
            if (who == null) {
                String person = person(s, seg);
                if ("third".equals(person)) {
                    continue; // "They will strike back", says a commentator: nobody's threat
                }
                Np speaker = speaker(s);
                if (speaker != null && speaker.side != null) {
                    who = speaker;
                }
            }
            String side = who != null ? who.side : null;
            if (side == null && !reprisal) {
                side = lastSubjectSide;
            }
            String name = who != null && who.side != null ? (who.name != null ? who.name : s.span(body, who.start, who.end)) : null;
            LocalDate date = date(s, seg, cue.start());
            threats.add(new ThreatDraft(index, name, side, reprisal, date != null ? date : published, s.text, lastSubjectSide));
        }
    }

    /** The side-bearing speaker of the sentence, before or after the quote ("..., the Syrian foreign ministry said"). */
    private static Np speaker(Sentence s) {
        for (Np np : s.nps) {
            if (np.speaker && np.side != null) {
                return np;
            }
        }
        return null;
    }

    /** "first" or "third" for the first personal pronoun in the segment, else null. */
    private static String person(Sentence s, int seg) {
        for (int k = s.segStart[seg]; k < s.segStart[seg + 1]; k++) {
            Token t = s.tok(k);
            if (FIRST_PERSON.contains(t.norm) && !t.raw.equals("US")) {
                return "first";
            }
            if (THIRD_PERSON.contains(t.norm)) {
                return "third";
            }
        }
        return null;
    }

    /**
     * A threat is placed where its author's side fights in this article (the theatre it concerns),
     * not where the speech was made. A threat to retaliate with no named author is by the side
     * attacked in the last few sentences ("the groups targeted were threatening to retaliate").
     */
    private void resolveThreats() {
        for (ThreatDraft t : threats) {
            if (t.date() == null) {
                continue;
            }
            String side = t.actorSide();
            if (side == null && t.reprisal()) {
                // the side attacked lately; in a tit-for-tat, the one named last ("The group warned ...")
                for (Draft d : drafts) {
                    if (!d.referent && d.sentence <= t.sentence() && d.lastTouched >= t.sentence() - 3 && d.targetSide != null
                            && (side == null || !side.equals(t.lastNamedSide()))) {
                        side = d.targetSide;
                    }
                }
            }
            if (side == null || !inAnIncident(side)) {
                continue; // a threat is a signal about a side already fighting in this story
            }
            String counterpart = null;
            List<String> countries = new ArrayList<>(2);
            for (Draft d : drafts) {
                if (d.referent || d.type == EventType.THREAT) {
                    continue;
                }
                boolean related = t.reprisal() ? side.equals(d.targetSide) : side.equals(d.actorSide);
                if (related) {
                    counterpart = t.reprisal() ? d.actorSide : d.targetSide;
                    if (!countries.contains(d.country)) {
                        countries.add(d.country);
                    }
                }
            }
            if (countries.isEmpty()) {
                for (Draft d : drafts) {
                    if (!d.referent && d.type != EventType.THREAT && (side.equals(d.actorSide) || side.equals(d.targetSide))
                            && !countries.contains(d.country)) {
                        countries.add(d.country);
                    }
                }
            }
            for (String country : countries) {
                addThreat(t, side, counterpart, country);
            }
        }
    }

    private boolean inAnIncident(String side) {
        for (Draft d : drafts) {
            if (!d.referent && d.type != EventType.THREAT && (side.equals(d.actorSide) || side.equals(d.targetSide))) {
                return true;
            }
        }
        return false;
    }

    private void addThreat(ThreatDraft t, String side, String counterpart, String country) {
        for (Draft d : drafts) {
            if (d.type == EventType.THREAT && d.country.equals(country) && side.equals(d.actorSide) && d.date.equals(t.date())) {
                return;
            }
        }
        Draft d = new Draft();
        d.type = EventType.THREAT;
        d.strongType = true;
        d.country = country;
        d.date = t.date();
        d.explicitDate = true;
        d.actorSide = side;
        d.actor = t.actor() != null ? t.actor() : side;
        d.targetSide = Objects.equals(counterpart, side) ? null : counterpart;
        d.target = d.targetSide;
        d.causeVague = true;
        d.evidence = t.evidence();
        d.sentence = t.sentence();
        drafts.add(d);
    }

    // ---------------------------------------------------------------- retaliation links

    /** "in retaliation for a deadly attack on US troops": name the attack, when the article tells it. */
    private void resolveRetaliationCauses() {
        for (Draft d : drafts) {
            if (d.referent || !d.retaliation || !d.causeVague || d.actorSide == null) {
                continue;
            }
            Draft cause = null;
            for (Draft c : drafts) {
                if (c == d || c.referent || c.type == EventType.THREAT || !d.actorSide.equals(c.targetSide)
                        || !agree(c.actorSide, d.targetSide) || c.date == null || d.date == null || c.date.isAfter(d.date)) {
                    continue;
                }
                if (cause == null || c.date.isAfter(cause.date)) {
                    cause = c;
                }
            }
            if (cause != null) {
                d.causeText = describe(cause);
            }
        }
    }

    private static String describe(Draft c) {
        StringBuilder b = new StringBuilder();
        b.append(DESCRIBE_DATE.format(c.date)).append(' ').append(c.type.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (c.target != null) {
            b.append(" on ").append(c.target);
        }
        b.append(" in ").append(c.location != null ? c.location + ", " : "")
                .append(new Locale("", c.country).getDisplayCountry(Locale.ENGLISH));
        return b.toString();
    }

    private static final Set<String> SHIP_WORDS = Token.words("ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter",
            "carrier", "warship", "warships", "destroyer", "boat", "boats", "shipping");

    /**
     * The type written out. A generic "attack" stays OTHER while mentions are merged (it agrees with
     * any weapon named later); if no weapon ever typed it, it is the guide's unspecified use of
     * force: an attack on a ship is NAVAL_ATTACK, any other an ARMED_CLASH (OTHER is for seizures,
     * cable cuts and cyber attacks, which the dictionaries do not type as attacks).
     */
    private static EventType finalType(Draft d) {
        if (d.type != EventType.OTHER) {
            return d.type;
        }
        if (d.target != null) {
            for (String w : d.target.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (SHIP_WORDS.contains(w)) {
                    return EventType.NAVAL_ATTACK;
                }
            }
        }
        return EventType.ARMED_CLASH;
    }

    private Incident toIncident(Draft d) {
        String key = String.join("|", article.getId(), d.country, d.type.name(), d.date.toString(),
                String.valueOf(d.actorSide), String.valueOf(d.targetSide));
        List<String> urls = article.getUrl() == null ? List.of() : List.of(article.getUrl());
        return Incident.newBuilder()
                .setId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString())
                .setEventType(finalType(d))
                .setEventDate(d.date)
                .setCountryCode(d.country)
                .setAdmin1(d.admin1)
                .setLocation(d.location)
                .setActor(d.actor)
                .setActorSide(d.actorSide)
                .setTarget(d.target)
                .setTargetSide(d.targetSide)
                .setFatalities(d.fatalities)
                .setInjured(d.injured)
                .setIsRetaliation(d.retaliation)
                .setRetaliationFor(d.retaliation ? d.causeText : null)
                .setFeed(Feed.ARTICLE)
                .setSourceIds(List.of(article.getId()))
                .setSourceUrls(urls)
                .setCorroboration(1)
                .setConfidence(confidence(d))
                .setEvidence(published == null ? d.evidence + " [publication date unknown: only absolute dates resolved]" : d.evidence)
                .build();
    }

    /** Explainable: each piece of evidence the text gave adds a fixed amount. */
    private double confidence(Draft d) {
        double c = 0.4;
        c += d.explicitDate ? 0.15 : 0.0;
        c += d.actorSide != null ? 0.15 : 0.0;
        c += d.targetSide != null ? 0.1 : 0.0;
        c += d.strongType ? 0.1 : 0.0;
        c += d.admin1 != null ? 0.05 : 0.0;
        c -= published == null ? 0.2 : 0.0;
        return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100.0;
    }
}
