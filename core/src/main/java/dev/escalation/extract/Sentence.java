package dev.escalation.extract;

import dev.escalation.extract.Dictionaries.Actor;
import dev.escalation.extract.Dictionaries.Casualty;
import dev.escalation.extract.Dictionaries.Cue;
import dev.escalation.extract.Dictionaries.EventWord;
import dev.escalation.extract.Dictionaries.Place;
import dev.escalation.extract.PhraseTrie.Match;
import dev.escalation.records.EventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One sentence with its dictionary matches, split into clauses ("segments") at punctuation,
 * subordinating words, reporting verbs and retaliation cues. Noun phrases naming actors and
 * places carry the grammatical hints the coder needs (after "in", after "by", a speaker, ...).
 */
final class Sentence {
    static final Set<String> DETERMINERS = Token.words("the", "a", "an", "these", "those", "this", "its", "their", "his", "her", "our", "both", "such");
    static final Set<String> DIRECTIONS = Token.words("north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "central", "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest");
    static final Set<String> LOCATIVE = Token.words("in", "near", "at", "inside", "across", "outside", "around", "into", "over",
            "throughout", "within", "towards", "toward", "off", "along", "outskirts", "of");
    static final Set<String> TARGET_PREPS = Token.words("on", "against", "at", "targeting", "targeted", "upon", "toward", "towards", "near",
            "outside");
    static final Set<String> PREPOSITIONS = Token.words("in", "on", "at", "of", "for", "to", "by", "with", "against", "from", "near",
            "into", "over", "inside", "across", "about", "between", "among", "towards", "toward", "under", "after", "before");
    /** Titles before a person's name. */
    static final Set<String> TITLES = Token.words("governor", "mayor", "president", "minister", "commander", "general", "gen",
            "colonel", "col", "spokesman", "spokeswoman", "spokesperson", "leader", "chief", "mr", "ms", "mrs", "dr", "sheikh", "officer",
            "secretary", "ambassador", "envoy", "prince", "king", "senator", "rep", "lt", "maj", "sgt", "capt", "adm", "admiral");
    static final Set<String> PLACE_NOUNS = Token.words("city", "town", "village", "province", "governorate", "region", "district",
            "area", "outskirts", "suburb", "suburbs", "capital", "border", "territory", "soil", "airspace", "countryside",
            "desert", "port", "coast", "side", "base", "camp", "neighbourhood", "neighborhood", "east", "west", "north", "south",
            "mountains", "mountain", "hills", "valley", "plain", "plains", "river", "island", "islands", "peninsula", "oblast",
            "areas", "cities", "towns", "villages", "provinces", "regions", "districts", "part", "parts", "state", "states",
            "county", "counties", "locality", "localities", "zone", "zones");
    /** Counting words that may stand between a preposition and its phrase: "strikes on eight Houthi targets". */
    static final Set<String> COUNTS = Token.words("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "several", "multiple", "numerous", "dozens", "hundreds", "many", "some", "additional", "more",
            "further", "other", "suspected", "alleged", "key", "senior");
    /** Words that subordinate a clause to another: its places and subject belong to its own events. */
    static final Set<String> SUBORDINATORS = Token.words("after", "before", "while", "when", "because", "although",
            "though", "whereas", "but", "amid");
    private static final Set<String> OCCURRED = Token.words("occurred", "happened", "unfolded");
    private static final Set<String> RELATIVES = Token.words("that", "which", "who", "where", "when");
    static final Set<String> VICTIM_RELATIVES = Token.words("who", "that");
    private static final Set<String> PASSIVE_AUX = Token.words("was", "were", "been", "be", "is", "are", "being", "got");
    private static final Set<String> BOUNDARY_WORDS = Token.words("that", "which", "who", "whom", "where", "while", "whereas", "but",
            "although", "though", "after", "before", "when", "because", "amid", "whose");
    private static final Set<String> BOUNDARY_PUNCT = Token.words(",", ";", ":", "(", ")", "[", "]", "\u201c", "\u201d", "\"",
            "\u2018", "\u2014", "\u2013", "-");

    /** A run of adjacent actor matches read as one noun phrase ("Iran-backed armed groups"). */
    static final class Np {
        final int start;
        final int end;
        /** The camp; set after the phrases are read for a phrase owned by the speaker ("its positions"). */
        String side;
        final String name;
        boolean speaker;
        boolean afterBy;
        boolean afterTargetPrep;
        boolean afterPrep;
        boolean placeModifier;
        /** The country a side word names for people or places of no side: "Ukrainian civilians", "Israeli towns". */
        String peopleOf;
        boolean locative;
        /** The subject of a passive death or injury: "X and Y were killed in an air strike". */
        boolean victim;

        Np(int start, int end, String side, String name) {
            this.start = start;
            this.end = end;
            this.side = side;
            this.name = name;
        }
    }

    /** A place mention; locative when the text puts something there ("in Iraq", "the city of Arbil"). */
    record PlaceRef(int start, int end, Place place, boolean locative, String direction) {
    }

    /** The places named, as dictionary matches. */
    List<Match<Place>> placeMatches() {
        return places.stream().map(p -> new Match<>(p.start(), p.end(), p.place())).toList();
    }

    final LocalDate published;
    /** The text is a past year's record ("2016 Terrorist Incidents:"): "In April, two IEDs detonated" is that April's. */
    final boolean yearFramed;
    final List<Token> tokens;
    final int from;
    final int to;
    final String text;
    final List<Match<Actor>> actors;
    final List<Match<EventWord>> events;
    /** Aircraft named by a type one side alone flies (aircraft.tsv), each as a phrase of that side. */
    final List<Np> ownedAircraft;
    /** Verbs of killing ("killed") and of taking ground ("captured"), apart: they tell an event only where no event word does ({@link Triggers}). */
    final List<Match<EventWord>> killings;
    final List<Match<Cue>> cues;
    final List<Match<Casualty>> casualties;
    final List<DateMentions.Mention> dates;
    final List<Np> nps = new ArrayList<>();
    final List<PlaceRef> places = new ArrayList<>();
    /** Segment index of each token (offset by {@code from}). */
    final int[] segOf;
    /** Segment start token indexes; segment s spans [segStart[s], segStart[s+1]). */
    final int[] segStart;
    final boolean[] causeSeg;
    private final String body;
    /** Part-of-speech tags by token, filled on demand ({@link #tag}): most sentences that pass the gate never need them. */
    private String[] tags;
    /** Per clause, the anchors of the mentions {@link Triggers#mentions} finds there; filled on first use. */
    private int[][] mentionAnchors;

    Sentence(Dictionaries dict, String body, List<Token> tokens, int from, int to, LocalDate published) {
        this(dict, body, tokens, from, to, published, Theatre.NONE);
    }

    /** @param theatre what the article names as a whole: its stray places are none of the sentence's, it reads shared names */
    Sentence(Dictionaries dict, String body, List<Token> tokens, int from, int to, LocalDate published, Theatre theatre) {
        this(dict, body, tokens, from, to, published, theatre, false);
    }

    /** @param yearFramed a heading framed the text in a past year ({@link Reading#frame}): its months alone date events */
    Sentence(Dictionaries dict, String body, List<Token> tokens, int from, int to, LocalDate published, Theatre theatre,
             boolean yearFramed) {
        this.yearFramed = yearFramed;
        this.published = published;
        this.tokens = tokens;
        this.from = from;
        this.to = to;
        this.body = body;
        this.text = body.substring(tokens.get(from).start, tokens.get(to - 1).end);
        List<Match<Actor>> actorMatches = ownersOfThings(dict.actors(tokens, from, to, published, theatre), body, tokens, to);
        List<Match<Place>> scanned = dict.places.scan(tokens, from, to);
        scanned.removeIf(p -> theatre.stray(p.value()));
        List<Match<Place>> placeMatches = appositions(partOfLongerNames(scanned, actorMatches, body, tokens, from, to), tokens);
        this.dates = DateMentions.find(tokens, from, to, published);
        this.cues = punishedFor(withVows(outsideDates(dict.cues.scan(tokens, from, to), dates), tokens, from, dates), tokens, to);
        List<Match<EventWord>> words = struckADevice(withoutInside(dict.events.scan(tokens, from, to), cues), dict, tokens, to);
        this.events = new ArrayList<>(words.size());
        this.killings = new ArrayList<>(1);
        for (Match<EventWord> e : words) {
            (e.value().kind() == Dictionaries.EventKind.KILLING || e.value().kind() == Dictionaries.EventKind.CAPTURE ? killings : events).add(e);
        }
        killedToDeath(tokens, words);
        this.ownedAircraft = new ArrayList<>(0);
        for (Match<EventWord> e : events) {
            boolean flown = e.value().type() == EventType.AIR_STRIKE || e.value().type() == EventType.DRONE_ATTACK;
            String side = e.value().kind() == Dictionaries.EventKind.WEAPON && flown ? dict.aircraftOperator(span(e.start(), e.end())) : null;
            if (side != null) {
                ownedAircraft.add(new Np(e.start(), e.end(), side, null)); // "one F-15E": the side that alone flies it
            }
        }
        this.casualties = dict.casualties.scan(tokens, from, to);
        // the longer of an overlapping actor and place wins ("Iran-backed" is an actor, "Baghdad airport" a place)
        this.actors = withoutInside(actorMatches, placeMatches);
        List<Match<Place>> placesKept = withoutInside(placeMatches, actorMatches);

        int n = to - from;
        segOf = new int[n];
        List<Integer> starts = new ArrayList<>();
        List<Boolean> cause = new ArrayList<>();
        starts.add(from);
        cause.add(false);
        int cueIdx = 0;
        int breakAfter = -1;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            while (cueIdx < cues.size() && cues.get(cueIdx).end() <= i) {
                cueIdx++;
            }
            Match<Cue> cue = cueIdx < cues.size() && cues.get(cueIdx).start() == i ? cues.get(cueIdx) : null;
            boolean boundary = i > from && (i == breakAfter
                    || (t.isPunct() && BOUNDARY_PUNCT.contains(t.raw) && !bracketedWord(tokens, i, to) && !betweenOwners(tokens, i, to)
                        && !quotedPhrase(tokens, from, i, to))
                    || (t.isWord() && BOUNDARY_WORDS.contains(t.norm) && !inside(actors, i) && !tellsOccurrence(tokens, i, to, words))
                    || asWellAs(tokens, i, to) // "the attack on the embassy as well as the series of attacks in recent weeks"
                    || clauseAs(tokens, i, to) // "Israeli aircraft pounded Gaza as Islamic Jihad militants fired rockets into Israel"
                    || (cue != null && cue.value() == Cue.RETALIATION_FOR));
            if (boundary && starts.get(starts.size() - 1) != i) {
                // "in retaliation for an attack on a base that killed three soldiers": the relative clause is the cause's
                boolean relative = t.isWord() && RELATIVES.contains(t.norm) && cause.get(cause.size() - 1);
                starts.add(i);
                cause.add((cue != null && cue.value() == Cue.RETALIATION_FOR) || relative);
            } else if (cue != null && cue.value() == Cue.RETALIATION_FOR) {
                cause.set(cause.size() - 1, true);
            }
            // "A drone attack blamed on the RSF hit a power station": blame that qualifies an event word opens no clause
            if (cue != null && (cue.value() == Cue.SPEECH || cue.value() == Cue.BLAME && !endsAt(words, cue.start()))) {
                breakAfter = cue.end();
            }
            segOf[i - from] = starts.size() - 1;
        }
        segStart = new int[starts.size() + 1];
        causeSeg = new boolean[starts.size()];
        for (int s = 0; s < starts.size(); s++) {
            segStart[s] = starts.get(s);
            causeSeg[s] = cause.get(s);
        }
        segStart[starts.size()] = to;

        buildPlaces(placesKept);
        buildNps(dict);
    }

    /**
     * A vehicle that struck a device is no traffic accident: "their armoured vehicle struck an improvised explosive
     * device", "a truck hit a landmine". The block ("vehicle struck") gives way to its verb when a bomb or mine follows.
     */
    private static List<Match<EventWord>> struckADevice(List<Match<EventWord>> words, Dictionaries dict, List<Token> tokens, int to) {
        for (int i = 0; i < words.size(); i++) {
            Match<EventWord> block = words.get(i);
            if (block.value().kind() != Dictionaries.EventKind.BLOCK || block.end() - block.start() != 2 || i + 1 >= words.size()) {
                continue;
            }
            Match<EventWord> next = words.get(i + 1);
            if (next.value().type() == EventType.BOMBING && next.start() >= block.end() && next.start() - block.end() <= 3) {
                Match<EventWord> verb = dict.events.longest(tokens, block.start() + 1, to);
                if (verb != null && verb.value().kind() == Dictionaries.EventKind.GENERIC) {
                    words.set(i, verb);
                }
            }
        }
        return words;
    }

    /**
     * Words after a city that make it the name of a broadcaster, a paper or an airline, or of an agreement or a forum
     * ("the Algiers Accord", "the Minsk agreements", "the Astana talks").
     */
    private static final Set<String> MEDIA = Token.words("tv", "television", "radio", "times", "post", "tribune", "herald", "airlines",
            "airways", "news", "media", "accord", "accords", "agreement", "agreements", "protocol", "declaration", "format", "talks",
            "process");

    /** A comma between who owns and who runs a thing: "a British-owned, Japanese-operated cargo ship" is one phrase. */
    private static boolean betweenOwners(List<Token> tokens, int i, int to) {
        return tokens.get(i).raw.equals(",") && i > 0 && i + 2 < to && OWNED.contains(tokens.get(i - 1).norm)
                && OWNED.contains(tokens.get(i + 2).norm);
    }

    /**
     * A bracket around an acronym or a code of one or two words, inside a name: "U.S. Central Command (USCENTCOM) forces",
     * "USS Mason (DDG 87) shot down" are one phrase.
     */
    private static boolean bracketedWord(List<Token> tokens, int i, int to) {
        String raw = tokens.get(i).raw;
        for (int inner = 1; inner <= 2; inner++) {
            if (raw.equals("(") && i + inner + 1 < to && wordsOnly(tokens, i + 1, i + inner + 1) && tokens.get(i + inner + 1).raw.equals(")")
                    || raw.equals(")") && i - inner - 1 >= 0 && wordsOnly(tokens, i - inner, i) && tokens.get(i - inner - 1).raw.equals("(")) {
                return inner == 1 || Character.isUpperCase(tokens.get(raw.equals("(") ? i + 1 : i - inner).raw.charAt(0));
            }
        }
        return false;
    }

    private static boolean wordsOnly(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isWord() && !isNumber(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    static final Set<String> QUOTES = Token.words("\"", "\u201c", "\u201d", "\u2018", "\u2019");
    /** Words that open a quoted clause, not a quoted name: "we will respond". */
    private static final Set<String> QUOTED_CLAUSE_OPENERS = Token.words("we", "i", "they", "he", "she", "it", "you", "will", "would",
            "shall", "this", "these", "there");

    /**
     * Whether the quote mark at i opens or closes a quoted name of at most three words, part of its
     * clause: 'targeted a "vital target" in Eilat' is one clause; a quoted sentence is not.
     */
    private static boolean quotedPhrase(List<Token> tokens, int from, int i, int to) {
        if (!QUOTES.contains(tokens.get(i).raw)) {
            return false;
        }
        for (int dir : new int[] {1, -1}) {
            int k = i + dir;
            int words = 0;
            while (k >= from && k < to && tokens.get(k).isWord() && !QUOTED_CLAUSE_OPENERS.contains(tokens.get(k).norm) && words < 4) {
                words++;
                k += dir;
            }
            if (words >= 1 && words <= 3 && k >= from && k < to && QUOTES.contains(tokens.get(k).raw)) {
                return true;
            }
        }
        return false;
    }

    /** Where the mentions of clause g stand, found once per clause: a date's reach ends at the next one. */
    int[] mentionAnchors(int g) {
        if (mentionAnchors == null) {
            mentionAnchors = new int[segments()][];
        }
        if (mentionAnchors[g] == null) {
            List<Mention> found = Triggers.mentions(this, g);
            int[] anchors = new int[found.size()];
            for (int i = 0; i < anchors.length; i++) {
                anchors[i] = found.get(i).anchor;
            }
            mentionAnchors[g] = anchors;
        }
        return mentionAnchors[g];
    }

    /** The first word of clause g after its punctuation, or null when it has none: "including" in ", including women". */
    Token firstWord(int g) {
        for (int k = segStart[g]; k < segStart[g + 1]; k++) {
            if (tok(k).isWord()) {
                return tok(k);
            }
        }
        return null;
    }

    /** Words that open an aside naming some of those just counted: ", including two children,", ", among them a policeman,". */
    static final Set<String> ASIDES = Token.words("including", "among");

    /** Whether clause g is such an aside. */
    boolean aside(int g) {
        Token first = firstWord(g);
        return g > 0 && first != null && ASIDES.contains(first.norm);
    }

    /**
     * The aside that the clauses just before clause g end: ", including citizens of Britain | , Australia and Poland |"
     * (the items of its list after commas have no verb); -1 when clause g follows no aside.
     */
    int asideBefore(int g) {
        int a = g - 1;
        while (a > 0 && g - a < 3 && !aside(a)) {
            a--;
        }
        if (a < 1 || !aside(a)) {
            return -1; // most clauses follow no aside: the tagger is not asked
        }
        for (int k = segStart[a + 1]; k < segStart[g]; k++) {
            if (isVerb(k)) {
                return -1; // a clause of its own between
            }
        }
        return a;
    }

    int segments() {
        return causeSeg.length;
    }

    int seg(int tokenIndex) {
        return segOf[tokenIndex - from];
    }

    Token tok(int i) {
        return tokens.get(i);
    }

    /** Whether an "and" stands among tokens [from, to): a coordination, "Israeli and Hamas forces". */
    boolean andBetween(int from, int to) {
        return wordIn(AND, from, to);
    }

    private static final Set<String> AND = Token.words("and");

    /** Whether a word of the set stands among tokens [from, to). */
    boolean wordIn(Set<String> words, int from, int to) {
        for (int k = Math.max(from, this.from); k < to; k++) {
            if (words.contains(tok(k).norm)) {
                return true;
            }
        }
        return false;
    }

    /** The words each side of a token that its tag is read with: a tag depends on the few words around it. */
    private static final int TAG_BEFORE = 10;
    private static final int TAG_AFTER = 6;
    /** Tags this close to a window's cut are not kept: they lack the context the cut took away. */
    private static final int TAG_EDGE = 3;

    /**
     * The part of speech of token k as OpenNLP's tagger reads it ({@link Tagging}). The tagger is the
     * coder's dearest stage and stages ask about a few words only, so it tags a window around k, not
     * the whole sentence, and keeps the tags of the window's middle for later questions.
     */
    String tag(int k) {
        if (tags == null) {
            tags = new String[to - from];
        }
        if (tags[k - from] == null) {
            int a = Math.max(from, k - TAG_BEFORE);
            int b = Math.min(to, k + TAG_AFTER);
            Tagged window = Tagging.standard().tag(tokens, a, b, body, false);
            int keepFrom = a == from ? a : Math.min(k, a + TAG_EDGE);
            int keepTo = b == to ? b : Math.max(k + 1, b - TAG_EDGE);
            for (int i = keepFrom; i < keepTo; i++) {
                if (tags[i - from] == null) {
                    tags[i - from] = window.tag(i - a);
                }
            }
        }
        return tags[k - from];
    }

    /** VB, VBD, VBG, VBN, VBP, VBZ (and MD, the modals). */
    boolean isVerb(int k) {
        String t = tag(k);
        return t.startsWith("VB") || t.equals("MD");
    }

    /** A past participle, in a passive or a reduced relative: "a drone launched by militants". */
    boolean isParticiple(int k) {
        return tag(k).equals("VBN");
    }

    /**
     * A past participle after a form of "be" or "get" at most {@value Tagged#PASSIVE_REACH} tokens
     * before it, with only adverbs and other participles between: "were killed", "was brutally
     * attacked", "have been struck", "got hit". A reduced relative is a participle but not this.
     */
    boolean isPassiveParticiple(int k) {
        if (!isParticiple(k)) {
            return false;
        }
        for (int i = k - 1; i >= from && i >= k - Tagged.PASSIVE_REACH; i--) {
            if (Tagged.PASSIVE_AUX.contains(tok(i).norm)) {
                return true;
            }
            String t = tag(i);
            if (!(t.startsWith("RB") || t.equals("VBN"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Tags and noun-phrase chunks of tokens [from, to) of this sentence, for a stage that needs a phrase
     * the dictionaries do not give; chunk k of the result is token {@code from + k}. Asked for a few
     * words only: chunks cost three times the tags.
     */
    Tagged chunked(int from, int to) {
        return Tagging.standard().tag(tokens, from, to, body, true);
    }

    /** The text of tokens [start, end) as written. */
    String span(int start, int end) {
        return span(body, start, end);
    }

    String span(String body, int start, int end) {
        return body.substring(tokens.get(start).start, tokens.get(end - 1).end);
    }

    /** Verbs of vowing, which threaten reprisal when an answer follows them ("vowed on Friday to retaliate for the strike"). */
    private static final Set<String> VOWS = Token.words("vowed", "vows", "vowing", "pledged", "pledges", "promised", "promises",
            "swore", "swears", "threatened", "threatens");
    /** What may stand between a vow and its "to": "vowed again", "vowed on Friday", "vowed publicly". */
    private static final Set<String> VOW_INSERTS = Token.words("on", "again", "also", "publicly", "repeatedly", "later", "then", "today",
            "yesterday", "tonight");

    /**
     * "Iran vowed on Friday to retaliate for the Israeli strike": a vow set apart from the answer it
     * promises ("to retaliate for", "to avenge", a cue of the cause) is a threat of reprisal of its own.
     */
    private static List<Match<Cue>> withVows(List<Match<Cue>> cues, List<Token> tokens, int from, List<DateMentions.Mention> dates) {
        List<Match<Cue>> out = null;
        for (int c = 0; c < cues.size(); c++) {
            Match<Cue> cue = cues.get(c);
            if (cue.value() != Cue.RETALIATION_FOR || !tokens.get(cue.start()).is("to")) {
                continue;
            }
            int k = cue.start() - 1;
            while (k > from && (VOW_INSERTS.contains(tokens.get(k).norm) || DateMentions.covers(dates, k))) {
                k--;
            }
            if (k < from || k == cue.start() - 1 || !VOWS.contains(tokens.get(k).norm)) {
                continue;
            }
            Match<Cue> before = c == 0 ? null : cues.get(c - 1);
            boolean open = before != null && before.start() == k && before.value() == Cue.THREAT_OPEN; // "vowed" alone opens a threat
            if (before == null || before.end() <= k || open) {
                out = out == null ? new ArrayList<>(cues) : out;
                if (open) {
                    out.remove(before);
                }
                out.add(out.indexOf(cue), new Match<>(k, k + 1, Cue.THREAT_REPRISAL));
            }
        }
        return out == null ? cues : out;
    }

    /**
     * "Israel 'will be punished' for the attack on the consulate": what a punishment is promised for is
     * its cause, as after "in retaliation for", not an attack told anew.
     */
    private static List<Match<Cue>> punishedFor(List<Match<Cue>> cues, List<Token> tokens, int to) {
        List<Match<Cue>> out = null;
        for (Match<Cue> c : cues) {
            if (c.value() != Cue.THREAT_AGAINST && c.value() != Cue.THREAT_REPRISAL) {
                continue;
            }
            int k = c.end();
            while (k < to && tokens.get(k).isPunct() && !tokens.get(k).raw.equals(",") && !tokens.get(k).raw.equals(".")) {
                k++; // a closing quote: "'will be punished' for"
            }
            if (c.value() == Cue.THREAT_REPRISAL && k < to && tokens.get(k).is("on")) {
                int of = k + 1; // "take revenge on Israel for", "on the Zionist regime for": whom, then what for
                while (of < to && of <= k + 4 && tokens.get(of).isWord() && !tokens.get(of).is("for")) {
                    of++;
                }
                k = of;
            }
            if (k < to && tokens.get(k).is("for") && !covered(cues, k)) {
                out = out == null ? new ArrayList<>(cues) : out;
                out.add(out.indexOf(c) + 1, new Match<>(k, k + 1, Cue.RETALIATION_FOR));
            }
        }
        return out == null ? cues : out;
    }

    private static <V> boolean covered(List<Match<V>> matches, int k) {
        for (Match<V> c : matches) {
            if (c.start() <= k && k < c.end()) {
                return true;
            }
        }
        return false;
    }

    /** The cues that are no part of a date: "on May 20" holds no modal "may", "the previous day" no history. */
    private static List<Match<Cue>> outsideDates(List<Match<Cue>> cues, List<DateMentions.Mention> dates) {
        if (dates.isEmpty() || cues.isEmpty()) {
            return cues;
        }
        List<Match<Cue>> out = new ArrayList<>(cues.size());
        for (Match<Cue> c : cues) {
            boolean inDate = false;
            // "on May 20" is no modal "may"; "the previous day" dates an event, it tells no history
            boolean dateWord = c.value() == Cue.HYPOTHETICAL || c.value() == Cue.BACKGROUND;
            for (DateMentions.Mention d : dateWord ? dates : List.<DateMentions.Mention>of()) {
                if (c.start() >= d.start() && c.end() <= d.end() && (c.value() == Cue.HYPOTHETICAL || d.granularity() != DateMentions.Granularity.COARSE)) {
                    inDate = true;
                    break;
                }
            }
            if (!inDate) {
                out.add(c);
            }
        }
        return out;
    }

    private static <A, B> List<Match<A>> withoutInside(List<Match<A>> keep, List<Match<B>> longer) {
        List<Match<A>> out = new ArrayList<>(keep.size());
        for (Match<A> m : keep) {
            boolean inside = false;
            for (Match<B> l : longer) {
                if (l.start() <= m.start() && l.end() >= m.end() && (l.end() - l.start()) > (m.end() - m.start())) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(m);
            }
        }
        return out;
    }

    private static <V> boolean inside(List<Match<V>> matches, int i) {
        for (Match<V> m : matches) {
            if (m.start() < i && i < m.end()) {
                return true;
            }
        }
        return false;
    }

    boolean isTrigger(int i) {
        for (Match<EventWord> e : events) {
            if (e.start() <= i && i < e.end() && e.value().kind() != Dictionaries.EventKind.BLOCK) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ABROAD = Token.words("borders", "border", "territory", "country", "countries", "region");

    /**
     * Whether token k is a preposition of the target ("strikes against", "rockets at"); not the "on" of
     * "an attack blamed on the RSF": the side blame falls on is the doer (Arguments).
     */
    boolean targetPrep(int k) {
        if (tok(k).is("into") && k > from && IMPACT.contains(tok(k - 1).norm)) {
            return true; // "rockets slammed into apartment blocks"
        }
        if (tok(k).is("of") && k - 3 >= from && tok(k - 1).is("direction") && tok(k - 2).is("the") && tok(k - 3).is("in")) {
            return true; // "launched ... in the direction of a U.S. ship": towards it (not "at the direction of the IRGC": on its orders)
        }
        if (tok(k).is("outside") && wordIn(ABROAD, k + 1, Math.min(to, k + 4))) {
            return false; // "exploded outside a police station", but not "attacks outside Iran's borders": abroad
        }
        if (!TARGET_PREPS.contains(tok(k).norm)) {
            return false;
        }
        for (Match<Cue> c : cues) {
            if (c.value() == Cue.BLAME && c.end() == k && tok(k).is("on")) {
                return false;
            }
        }
        return true;
    }

    /** Words of speaking whose "in" or "from" is where the speaker was: "speaking in Tel Aviv", "an address from Qom". */
    private static final Set<String> SPOKE = Token.words("speaking", "spoke", "speech", "remarks", "interview", "visiting", "addressing",
            "talking", "address");

    /** Whether the place at {@code start} is where someone spoke: a word of speaking and its "in" or "from" a few words before. */
    private boolean spokeThere(int start) {
        for (int j = start - 1; j > from && j >= start - 6 && tok(j).isWord(); j--) {
            if ((tok(j).is("in") || tok(j).is("from")) && SPOKE.contains(tok(j - 1).norm)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of a missile or vehicle hitting what is after their "into". */
    private static final Set<String> IMPACT = Token.words("slammed", "crashed", "smashed", "ploughed", "plowed", "rammed", "tore", "slamming",
            "crashing", "smashing", "ramming", "tearing");

    /** Whether one of {@code matches} ends right before token {@code k}. */
    private static <A> boolean endsAt(List<Match<A>> matches, int k) {
        for (Match<A> m : matches) {
            if (m.end() == k) {
                return true;
            }
        }
        return false;
    }

    /** "Shefa-Amr" is no Shefa (a province of Vanuatu): a place joined by a hyphen to a capitalised word is part of a longer name. */
    private static List<Match<Place>> partOfLongerNames(List<Match<Place>> matches, List<Match<Actor>> actors, String body, List<Token> tokens,
            int from, int to) {
        return dropping(matches, i -> {
            Match<Place> m = matches.get(i);
            // "the Gaza-Israel border" joins two places: both stay
            boolean placeAfter = i + 1 < matches.size() && matches.get(i + 1).start() == m.end();
            boolean placeBefore = i > 0 && matches.get(i - 1).end() == m.start();
            return m.end() < to && !placeAfter && hyphenJoined(body, tokens.get(m.end() - 1), tokens.get(m.end()))
                    || m.start() > from && !placeBefore && hyphenJoined(body, tokens.get(m.start() - 1), tokens.get(m.start()))
                    || m.start() > from && personsName(tokens, from, m.start())
                    // "the Abu Salim district" of Tripoli is not the West Bank's Salim: a name particle opens a longer name
                    || m.start() > from && m.end() - m.start() == 1 && NAME_PARTICLES.contains(tokens.get(m.start() - 1).raw)
                    || m.end() < to && MEDIA.contains(tokens.get(m.end()).norm) // "Abu Dhabi TV", "Radio Mogadishu" is no place
                    || venueNamed(matches.get(i), tokens, from, to) || placeAfter && venueNamed(matches.get(i + 1), tokens, from, to)
                    // "the Red Sea city of Eilat", "the Black Sea port of Odesa": the sea or region only describes the town
                    || i + 1 < matches.size() && m.end() + 2 == matches.get(i + 1).start() && TOWN_NOUNS.contains(tokens.get(m.end()).norm)
                        && tokens.get(m.end() + 1).is("of")
                    || m.end() - m.start() == 1 && m.start() - 1 > from && unknownName(tokens.get(m.start() - 1))
                    // "Regional Minister Hassan Abdi Mohamed": a town between two names no match reads is a person's middle name
                    || m.end() - m.start() == 1 && m.start() - 1 > from && m.end() < to
                        && unmatchedName(tokens, m.start() - 1, matches, actors) && unmatchedName(tokens, m.end(), matches, actors)
                    // "the Mando Zayi District centre": a place that opens a longer place name no dictionary knows
                    || m.end() - m.start() == 1 && m.end() + 1 < to && unknownName(tokens.get(m.end()))
                        && PLACE_NOUNS.contains(tokens.get(m.end() + 1).norm);
        });
    }

    private static final Set<String> TOWN_NOUNS = Token.words("city", "town", "port", "village", "resort", "enclave", "capital");

    /** Places that open to the public under a name of their own. */
    private static final Set<String> VENUES = Token.words("restaurant", "hotel", "cafe", "café", "bar", "nightclub", "mall",
            "supermarket", "cinema", "bakery", "guesthouse");

    /**
     * "the Aziz Istanbul restaurant in Ouagadougou": a place named last in a venue's name, after another capitalised word,
     * is part of the name (but "the Kabul Serena Hotel" opens with where it is, and "a Kabul hotel" is in Kabul).
     */
    private static boolean venueNamed(Match<Place> m, List<Token> tokens, int from, int to) {
        if (m.end() >= to || m.start() - 1 <= from || !VENUES.contains(tokens.get(m.end()).norm)) {
            return false;
        }
        Token before = tokens.get(m.start() - 1);
        return before.isWord() && before.capitalised() && !DETERMINERS.contains(before.norm) && !TITLES.contains(before.norm)
                && !DIRECTIONS.contains(before.norm);
    }

    /** Capitalised particles that open Arabic names of people and places: "Abu Salim", "Bin Jawad", "Umm Qasr". */
    private static final Set<String> NAME_PARTICLES = Set.of("Abu", "Bin", "Ibn", "Umm", "Bani", "Beni", "Bir", "Ras", "Tel", "Tal",
            "Deir", "Beit", "Kafr", "Ain", "Jabal", "Jebel", "Wadi");

    /** The matches less those whose index {@code drop} accepts; the list itself when none is dropped. */
    private static <A> List<Match<A>> dropping(List<Match<A>> matches, java.util.function.IntPredicate drop) {
        List<Match<A>> out = null;
        for (int i = 0; i < matches.size(); i++) {
            if (drop.test(i)) {
                out = out == null ? new ArrayList<>(matches.subList(0, i)) : out;
            } else if (out != null) {
                out.add(matches.get(i));
            }
        }
        return out == null ? matches : out;
    }

    /** The word before a name makes it a person's: a title ("President Bush"), or an initial ("George W. Bush"). */
    private static boolean personsName(List<Token> tokens, int from, int start) {
        Token before = tokens.get(start - 1);
        boolean initial = before.raw.length() == 2 && before.raw.endsWith(".") && Character.isUpperCase(before.raw.charAt(0))
                || before.raw.equals(".") && start - 2 >= from && tokens.get(start - 2).raw.length() == 1
                    && Character.isUpperCase(tokens.get(start - 2).raw.charAt(0));
        return initial || before.capitalised() && TITLES.contains(before.norm);
    }

    /**
     * "The Marlin Luanda", "Radio Mogadishu": after a capitalised word no dictionary knows (not a title,
     * a direction or a place noun), a one-word place is the end of another name, a ship's or a station's.
     */
    /** A capitalised word at k that no place or actor match covers (its word may still be part of another name). */
    private static boolean unmatchedName(List<Token> tokens, int k, List<Match<Place>> places, List<Match<Actor>> actors) {
        Token t = tokens.get(k);
        if (!t.isWord() || !t.capitalised() || TITLES.contains(t.norm) || DIRECTIONS.contains(t.norm) || PLACE_NOUNS.contains(t.norm)
                || DETERMINERS.contains(t.norm)) {
            return false;
        }
        for (Match<Place> p : places) {
            if (p.start() <= k && k < p.end()) {
                return false;
            }
        }
        for (Match<Actor> a : actors) {
            if (a.start() <= k && k < a.end()) {
                return false;
            }
        }
        return true;
    }

    private static boolean unknownName(Token before) {
        return before.isWord() && before.dictionaries == 0 && before.capitalised() && !TITLES.contains(before.norm)
                && !DIRECTIONS.contains(before.norm) && !PLACE_NOUNS.contains(before.norm) && !DETERMINERS.contains(before.norm);
    }

    /** What blasts do to a place: "several explosions rocked Baghdad". */
    private static final Set<String> SHOOK = Token.words("rocked", "rocks", "rocking", "shook", "shakes", "jolted");

    /**
     * Participles after a hyphen that make the country or side before them a modifier of the thing after:
     * "a British-owned bulk carrier", "a Greek-flagged tanker", "an Israel-linked ship", "a Pakistan-based group".
     */
    static final Set<String> OWNED = Token.words("owned", "flagged", "operated", "managed", "registered", "chartered",
            "linked", "bound", "based", "made", "built");

    /**
     * Actor matches less a state's joined by a hyphen to a participle of owning (the thing after it is the phrase; a
     * group's stays: an "al-Qaida-linked group" is of its side), opening the name of a place ("French Hill") or naming
     * the country of those who fight its state ("Congolese rebels").
     */
    private static List<Match<Actor>> ownersOfThings(List<Match<Actor>> matches, String body, List<Token> tokens, int to) {
        return dropping(matches, i -> {
            Match<Actor> m = matches.get(i);
            return m.end() < to && Sides.isState(m.value().side()) && (OWNED.contains(tokens.get(m.end()).norm)
                    && hyphenated(body, tokens.get(m.end() - 1), tokens.get(m.end()))
                    || tokens.get(m.end()).capitalised() && TOPONYM_HEADS.contains(tokens.get(m.end()).norm)
                    || INSURGENTS.contains(tokens.get(m.end()).norm));
        });
    }

    /** Fighters against a state: "Congolese rebels" are not the Congolese state's, whatever the demonym alone is. */
    private static final Set<String> INSURGENTS = Token.words("rebels", "rebel", "insurgents", "insurgent", "separatists",
            "separatist", "guerrillas", "guerrilla", "paramilitaries", "mutineers", "jihadists");

    /**
     * Capitalised heads of names of places: after a people's name they make a place of it, not the people's side ("near
     * French Hill's light rail station" in Jerusalem, "the Russian Compound", "the German Colony").
     */
    private static final Set<String> TOPONYM_HEADS = Token.words("hill", "hills", "compound", "colony", "quarter", "square",
            "street", "road", "avenue", "bridge", "gate", "park", "village", "heights", "valley", "island", "islands");

    /** Whether b follows a with only a hyphen between them: "Israel-linked", "Shefa-Amr". */
    private static boolean hyphenated(String body, Token a, Token b) {
        return b.start == a.end + 1 && body.charAt(a.end) == '-';
    }

    /** Whether token b follows token a with only a hyphen between them. */
    boolean hyphenated(int a, int b) {
        return hyphenated(body, tok(a), tok(b));
    }

    private static boolean hyphenJoined(String body, Token a, Token b) {
        return hyphenated(body, a, b) && a.isWord() && b.isWord()
                && Character.isUpperCase(a.raw.charAt(0)) && Character.isUpperCase(b.raw.charAt(0));
    }

    /**
     * "Kurtun Warey, Somalia", "Solhan in Burkina Faso's Yagha province": a town followed by ", COUNTRY"
     * lies in that country, and one followed by "in" a place lies in that place's; a gazetteer name of
     * the same spelling in another country is a different place, and is dropped.
     */
    private static List<Match<Place>> appositions(List<Match<Place>> matches, List<Token> tokens) {
        return dropping(matches, k -> {
            if (k + 1 >= matches.size()) {
                return false;
            }
            Match<Place> m = matches.get(k);
            Match<Place> next = matches.get(k + 1);
            if (m.value().admin1() == null || next.value().country().equals(m.value().country())) {
                return false;
            }
            int gap = next.start() - m.end();
            boolean apposed = (gap == 1 && tokens.get(m.end()).raw.equals(","))
                    || (gap == 2 && tokens.get(m.end()).isWord() && Character.isUpperCase(tokens.get(m.end()).raw.charAt(0))
                        && tokens.get(m.end() + 1).raw.equals(","));
            // "off Aden, U.S. Central Command said": a country that opens a longer name is no apposition, and nor is one
            // that owns what follows ("Mocimboa da Praia, Rwanda's military said")
            boolean opensName = next.end() < tokens.size() && (tokens.get(next.end()).isWord()
                    && Character.isUpperCase(tokens.get(next.end()).raw.charAt(0)) || tokens.get(next.end()).is("'s"));
            return apposed && !opensName && next.value().admin1() == null || containedIn(tokens, m.end(), next.start());
        });
    }

    /** Parts of a town: "the Vostochny neighbourhood of Mariupol", "the Karrada district of Baghdad". */
    private static final Set<String> TOWN_PARTS = Token.words("neighbourhood", "neighborhood", "district", "quarter", "suburb", "area");

    /**
     * Whether the words [from, to) between two places put the first inside the second: "in", "in northern", ", in the",
     * "neighbourhood of".
     */
    private static boolean containedIn(List<Token> tokens, int from, int to) {
        int k = from < to && tokens.get(from).raw.equals(",") ? from + 1 : from;
        if (k + 1 < to && TOWN_PARTS.contains(tokens.get(k).norm) && tokens.get(k + 1).is("of")) {
            k++; // "of" then stands where "in" would
        } else if (k >= to || !tokens.get(k).is("in")) {
            return false;
        }
        for (k++; k < to; k++) {
            if (!DETERMINERS.contains(tokens.get(k).norm) && !DIRECTIONS.contains(tokens.get(k).norm)) {
                return false;
            }
        }
        return true;
    }

    private void buildPlaces(List<Match<Place>> matches) {
        PlaceRef previous = null;
        for (Match<Place> named : matches) {
            if (personalName(named)) {
                continue; // "Governor Oleh Syniehubov": Oleh is also a town in Nigeria
            }
            if (Dictionaries.timeZone(tokens, named.start(), named.end(), from, to)) {
                continue; // "at 4:45 a.m. Iraq time": a clock, not where it happened
            }
            if (named.start() > from && Emitting.SHIP_WORDS.contains(tok(named.start() - 1).norm) && tok(named.start()).capitalised()) {
                continue; // "the bulk carrier Unity Explorer": a ship's name, not South Sudan's Unity State
            }
            Match<Place> m = ofCountryWord(named);
            int k = m.start() - 1;
            String direction = null;
            // "across southern and eastern Lebanon": coordinated directions are one
            while (k >= from && (DETERMINERS.contains(tok(k).norm) || DIRECTIONS.contains(tok(k).norm)
                    || tok(k).is("and") && direction != null && k - 1 >= from && DIRECTIONS.contains(tok(k - 1).norm))) {
                if (DIRECTIONS.contains(tok(k).norm)) {
                    direction = tok(k).norm;
                }
                k--;
            }
            // "Yemen: U.S. and British warplanes struck eight Houthi targets": a digest item headed by its place
            boolean locative = m.start() == from && m.end() < to && tok(m.end()).raw.equals(":");
            if (k >= from && !locative) {
                Token before = tok(k);
                if (before.is("of")) {
                    locative = k - 1 >= from && PLACE_NOUNS.contains(tok(k - 1).norm);
                } else if (locativeAt(k)) {
                    locative = !(before.is("into") && travelledTo(k)); // not "waiting to cross into Bangladesh": where they would go
                } else if ((before.is("and") || before.is("or") || before.raw.equals(",")) && previous != null
                        && previous.locative() && coordinated(previous.end(), k)) {
                    locative = true; // "in Iraq and Syria", "in Yemen, Iraq, and Lebanon"
                } else if (before.raw.equals(",") && appositionOfPlaceNoun(k)) {
                    locative = true; // "near the capital, Tehran", "in the port city, Hodeidah"
                } else if (before.raw.equals(",") && m.value().admin1() == null && afterLocativeName(k)) {
                    locative = true; // "in the vicinity of Kurtun Warey, Somalia": the town is not in the gazetteer, its country is
                } else if (isTrigger(k) && (before.norm.endsWith("ed") || before.is("hit") || before.is("struck")) || SHOOK.contains(before.norm)) {
                    locative = true; // the object of "struck Damascus", "hit Baghdad airport", "shelled Idlib", "explosions rocked Baghdad"
                }
            }
            // a city or region that is not also an actor (Deir Ezzor, Arbil) places the events near it,
            // unless it is where the fire came from ("rockets fired from southern Lebanon struck ...")
            // or where someone travelled to ("as the president flew out to Kampala")
            boolean origin = k >= from && (tok(k).is("from") || tok(k).is("to") && travelledTo(k));
            // nor a capital that speaks for its government: "what New Delhi called a training camp", "Moscow said"
            boolean speaks = m.end() < to && CAPITAL_SPEAKS.contains(tok(m.end()).norm);
            if (!locative && !origin && !speaks && m.value().admin1() != null && !overlapsActor(m.start(), m.end())) {
                locative = true;
            }
            // a country name that modifies a noun is not a location: "in the US strikes", "at US forces",
            // "in Iran's foreign-facing intelligence"
            // and so is one coordinated with a modifier of the noun: "at U.S. and coalition forces", "US and British troops"
            boolean coordinatedModifier = m.end() + 1 < to && (tok(m.end()).is("and") || tok(m.end()).is("or")) && modifiesNoun(m.end() + 1)
                    && matches.stream().noneMatch(n -> n.start() == m.end() + 1); // not "in Mali and Burkina Faso"
            if (locative && m.value().admin1() == null && m.end() < to
                    && (modifiesNoun(m.end()) || coordinatedModifier || tok(m.end()).is("'s") && !regionOf(m.end() + 1))) {
                locative = false;
            }
            // a place joined by a hyphen to a participle says whose or whence a thing is: "an Israel-linked ship", "Gaza-based"
            if (m.end() < to && OWNED.contains(tok(m.end()).norm) && hyphenated(body, tok(m.end() - 1), tok(m.end()))) {
                locative = false;
            }
            // the place whose governor or mayor tells of the dead is where they died: "Belgorod's governor", "the mayor of Kharkiv"
            locative |= m.end() + 1 < to && tok(m.end()).is("'s") && OFFICIALS.contains(tok(m.end() + 1).norm)
                    || k - 1 >= from && tok(k).is("of") && OFFICIALS.contains(tok(k - 1).norm);
            // nor "Biden, speaking in Tel Aviv", "in a televised address from the holy city of Qom": where one spoke
            locative &= !spokeThere(m.start());
            PlaceRef ref = new PlaceRef(m.start(), m.end(), m.value(), locative, direction);
            places.add(ref);
            previous = ref;
        }
    }

    /** Verbs that kill when their object is followed by "to death" ("alive" after burning). */
    private static final Set<String> TO_DEATH = Token.words("hacked", "stabbed", "beat", "beaten", "bludgeoned", "clubbed", "burned", "burnt",
            "stoned", "shot", "tortured", "starved");

    /**
     * "ADF rebels hacked 22 people to death", "burned five villagers alive": a verb of killing split by its
     * object, which the dictionary's "hacked to death" cannot match, is a killing at the verb.
     */
    private void killedToDeath(List<Token> tokens, List<Match<EventWord>> words) {
        for (int i = from; i < to; i++) {
            if (!TO_DEATH.contains(tokens.get(i).norm) || inside(words, i)) {
                continue;
            }
            for (int j = i + 2; j < Math.min(to, i + 9) && tokens.get(j).isWord(); j++) {
                boolean death = tokens.get(j).is("to") && j + 1 < to && tokens.get(j + 1).is("death");
                if (death || tokens.get(j).is("alive") && tokens.get(i).norm.startsWith("burn")) {
                    killings.add(new Match<>(i, i + 1, new EventWord(null, Dictionaries.EventKind.KILLING)));
                    break;
                }
            }
        }
        killings.sort(Comparator.comparingInt(Match::start));
    }

    /** Whether a date tells when a source spoke: "medics said on Wednesday", "the ministry said Wednesday". */
    boolean spokenOn(DateMentions.Mention d) {
        int k = d.start() > from && tok(d.start()).is("on") ? d.start() : d.start() - (d.start() - 1 > from && tok(d.start() - 1).is("on") ? 1 : 0);
        for (Match<Cue> c : cues) {
            if (c.value() == Cue.SPEECH && c.end() == k) {
                return true;
            }
        }
        return false;
    }

    /** Kinds of settlement and division a country's word may name: "the Lebanese city of Tripoli". */
    private static final Set<String> SETTLEMENTS = Token.words("city", "town", "village", "port", "district", "province", "region",
            "governorate", "oblast", "state", "cities", "towns", "villages");

    /**
     * A place named after its country's word takes that country: "the Lebanese city of Tripoli" is not Libya's,
     * "the Syrian town of Kobani" not Turkey's Kobani, whichever one the gazetteer holds for the spelling.
     */
    private Match<Place> ofCountryWord(Match<Place> m) {
        int k = m.start() - 1;
        if (k - 1 < from || !tok(k).is("of") || !SETTLEMENTS.contains(tok(k - 1).norm)) {
            return m;
        }
        k -= 2;
        while (k >= from && (SETTLEMENTS.contains(tok(k).norm) || DIRECTIONS.contains(tok(k).norm))) {
            k--; // "the northern Lebanese port city of Tripoli"
        }
        for (Match<Actor> a : actors) {
            String country = a.end() == k + 1 ? Sides.speaksFrom(a.value().side()) : null;
            if (country != null && !country.equals(m.value().country())) {
                return new Match<>(m.start(), m.end(), new Place(country, null, m.value().name()));
            }
        }
        return m;
    }

    /** Verbs of travel: a city after their "to" is where someone went, not where the event is. */
    private static final Set<String> TRAVEL = Token.words("flew", "flown", "flying", "travelled", "traveled", "travelling", "traveling",
            "headed", "heading", "went", "returned", "returning", "fled", "fleeing", "sailed", "drove", "moved", "evacuated", "relocated",
            "cross", "crossed", "crossing", "flee", "escape", "escaped", "escaping");

    /** Whether the "to" at {@code to} follows a verb of travel, "out" or "back" between them allowed. */
    private boolean travelledTo(int to) {
        int k = to - 1;
        if (k >= from && (tok(k).is("out") || tok(k).is("back"))) {
            k--;
        }
        return k >= from && TRAVEL.contains(tok(k).norm);
    }

    /** Those who speak for a place: its governor, mayor or authorities. */
    private static final Set<String> OFFICIALS = Token.words("governor", "mayor", "authorities", "officials", "administration");

    /** Words of distance before "from": "not far from Tehran", "30 kilometres from Kyiv" are near it. */
    private static final Set<String> DISTANCES = Token.words("far", "miles", "mile", "kilometres", "kilometers", "kilometre", "kilometer", "km");

    /** Verbs of saying after a city that make it its government: "what New Delhi called", "Moscow denied". */
    private static final Set<String> CAPITAL_SPEAKS = Token.words("said", "says", "say", "called", "calls", "claimed", "claims",
            "accused", "accuses", "announced", "denied", "denies", "insisted", "warned", "warns");

    /** Whether token k is a preposition that puts what follows where the event is. */
    private boolean locativeAt(int k) {
        return LOCATIVE.contains(tok(k).norm) || tok(k).is("from") && k - 1 >= from && DISTANCES.contains(tok(k - 1).norm);
    }

    /** Whether the comma at {@code comma} follows a place noun that a locative preposition governs: "near the capital,". */
    private boolean appositionOfPlaceNoun(int comma) {
        if (comma - 1 < from || !PLACE_NOUNS.contains(tok(comma - 1).norm) || tok(comma - 1).capitalised()) { // not "the United States,"
            return false;
        }
        for (int k = comma - 2; k >= from && k >= comma - 5; k--) {
            if (locativeAt(k)) {
                return true;
            }
            if (!tok(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** Whether the comma at {@code comma} follows names of up to five capitalised words in all put there by a locative preposition. */
    private boolean afterLocativeName(int comma) {
        int k = comma - 1;
        int names = 0;
        // a name of capitalised words, or a chain of such names: "in the Golis Mountains, Puntland, Somalia"
        while (k >= from && names < 5 && (tok(k).isWord() && tok(k).capitalised() || tok(k).raw.equals(",") && names > 0)) {
            names += tok(k).raw.equals(",") ? 0 : 1;
            k--;
        }
        if (k >= from && tok(k).is("the") && k < comma - 1) {
            k--;
        }
        if (k >= from && tok(k).is("of")) {
            return k < comma - 1 && k - 1 >= from && (PLACE_NOUNS.contains(tok(k - 1).norm) || tok(k - 1).is("vicinity")); // not "the help of Australia, Canada"
        }
        // "in the vicinity of Kurtun Warey, Somalia", and what was struck: "a strike on Muwaffaq Salti Air Base, Jordan"
        return k < comma - 1 && k >= from && (LOCATIVE.contains(tok(k).norm) || targetPrep(k));
    }

    /** Only commas and "and"/"or" between tokens a and b (exclusive of b's own conjunction). */
    private boolean coordinated(int a, int b) {
        for (int i = a; i <= b; i++) {
            Token t = tok(i);
            if (!(t.raw.equals(",") || t.is("and") || t.is("or"))) {
                return false;
            }
        }
        return true;
    }

    /** Parts of a country its possessive names alone: "in Somalia's capital", "in Nigeria's northeast". */
    private static final Set<String> COUNTRY_PARTS = Token.words("capital", "north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "interior", "countryside");

    /**
     * A region of a country after its possessive: "in Russia's Ryazan region", "in Burkina Faso's northern Seno province",
     * "in Somalia's capital".
     */
    private boolean regionOf(int i) {
        if (i < to && COUNTRY_PARTS.contains(tok(i).norm)) {
            return true;
        }
        for (int k = i; k < to && k < i + 4; k++) {
            Token t = tok(k);
            if (PLACE_NOUNS.contains(t.norm) && k > i) {
                return true;
            }
            if (!t.isWord() || !(t.capitalised() || DIRECTIONS.contains(t.norm))) {
                return false;
            }
        }
        return false;
    }

    /** The word at {@code i} is an event, actor or person noun that a preceding name modifies. */
    private boolean modifiesNoun(int i) {
        if (isTrigger(i)) {
            return true;
        }
        for (Match<Actor> a : actors) {
            if (a.start() == i) {
                return true;
            }
        }
        for (Match<Casualty> c : casualties) {
            if (c.start() == i && c.value() == Casualty.PERSON) {
                return true;
            }
        }
        return false;
    }

    boolean overlapsPlace(int start, int end) {
        for (PlaceRef p : places) {
            if (p.start() < end && start < p.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean overlapsActor(int start, int end) {
        for (Match<Actor> a : actors) {
            if (a.start() < end && start < a.end()) {
                return true;
            }
        }
        return false;
    }

    /** Branches of a side's forces, between its name and the group noun: "Israeli ground forces". */
    private static final Set<String> BRANCHES = Token.words("ground", "special", "elite", "regular", "airborne", "naval", "marine",
            "border", "reserve", "frontline", "assault", "infantry", "combat", "commando", "army", "government", "security", "occupation", "occupying");

    /**
     * "the Saudi Teaching Hospital", "the Kuwaiti Specialist Hospital": a side's word, capitalised words and a civilian
     * place noun are one name, the place's (no Saudi hit, no Saudi people).
     */
    private boolean namedPlace(Match<Actor> first, int end, Match<Actor> next) {
        if (!"CIVILIAN".equals(next.value().side()) || next.start() <= end || next.start() - end > 3 || first.end() != end
                || !tok(next.start()).capitalised()) {
            return false;
        }
        for (int k = end; k < next.start(); k++) {
            if (!tok(k).isWord() || !tok(k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** A state's force's vehicles, civilian when no one's: "a police bus", "army cars". */
    private static final Set<String> STATE_VEHICLES = Token.words("bus", "buses", "car", "cars", "minibus", "minibuses", "vehicle",
            "vehicles", "truck", "trucks", "van", "vans");

    /** The prefixes of a navy's ship names: "USS Carney", "HMS Diamond". */
    private static final Set<String> WARSHIP_PREFIXES = Set.of("USS", "HMS");

    /** The end of a ship's name after its prefix: its capitalised words, then a bracketed hull number. */
    private int warshipName(int k) {
        while (k < to && tok(k).isWord() && tok(k).capitalised()) {
            k++;
        }
        if (k + 2 < to && tok(k).raw.equals("(")) {
            int close = k + 1;
            while (close < to && close < k + 5 && !tok(close).raw.equals(")")) {
                close++;
            }
            k = close < to && tok(close).raw.equals(")") ? close + 1 : k;
        }
        return k;
    }

    private void buildNps(Dictionaries dict) {
        int i = 0;
        while (i < actors.size()) {
            Match<Actor> first = actors.get(i);
            int end = first.end();
            String side = first.value().side();
            String name = first.value().side() != null ? first.value().name() : null;
            String peopleOf = null;
            int j = i + 1;
            while (j < actors.size()) {
                Match<Actor> next = actors.get(j);
                boolean adjacent = next.start() == end
                        || (next.start() == end + 1 && tok(end).is("'s"))
                        // "U.S. Central Command (USCENTCOM) forces": a parenthesised name or acronym between
                        || (next.start() > end && next.start() - end <= 2 && onlyBrackets(end, next.start()))
                        // "the militaries of the United States", "forces of the Syrian regime": a group noun of a sided actor
                        || (side == null && next.value().side() != null && tok(end).is("of")
                            && (next.start() == end + 1 || next.start() == end + 2 && (DETERMINERS.contains(tok(end + 1).norm)
                                || tok(end + 1).isWord() && Character.isLowerCase(tok(end + 1).raw.charAt(0)))))
                        // "rebels from the Arakan Army", "fighters from Hamas": members of a named group (not "fighters from Syria", a place)
                        || ((side == null || side.startsWith("@")) && next.value().side() != null && tok(end).is("from")
                            && !overlapsPlace(next.start(), next.end())
                            && (next.start() == end + 1 || next.start() == end + 2 && DETERMINERS.contains(tok(end + 1).norm)))
                        // "Israeli ground forces", "Russian special forces": a branch of the side's forces
                        || (side != null && next.value().side() == null && j == i + 1 && next.start() == end + 1
                            && BRANCHES.contains(tok(end).norm))
                        // "Afghan and foreign forces": a side's word and a plain adjective sharing the group noun
                        || (side != null && next.value().side() == null && j == i + 1 && next.start() == end + 2 && tok(end).is("and")
                            && tok(end + 1).isWord() && Character.isLowerCase(tok(end + 1).raw.charAt(0)))
                        || namedPlace(first, end, next);
                if (!adjacent || seg(next.start()) != seg(first.start())) {
                    break;
                }
                // "Islamic State's Afghan affiliate": the group's, in that country, not the country's
                boolean affiliate = side != null && next.start() == end + 1 && tok(end).is("'s") && next.end() - next.start() == 1
                        && dict.namesCountry(tok(next.start()));
                if (affiliate) {
                    end = next.end();
                    j++;
                    continue;
                }
                if (actors.get(j - 1).end() - actors.get(j - 1).start() == 1 && dict.namesCountry(tok(actors.get(j - 1).start()))
                        && Sides.armedGroupNoun(next.value())) {
                    side = null; // "Libyan rebels", "Iraqi insurgents": a country's people in arms, not its government
                    name = null;
                } else if (Sides.GOVERNMENT.equals(side) && "CIVILIAN".equals(next.value().side()) && next.end() - next.start() == 1
                        && STATE_VEHICLES.contains(tok(next.start()).norm)) {
                    name = null; // "an MOI police bus": the police's, not a passenger's
                } else if (next.value().side() != null && !(side != null && !side.startsWith("@") && next.value().side().startsWith("@"))) {
                    // "Houthi terrorists", "Iran-backed armed groups": a common noun's placeholder side (@GROUP, @GOV) keeps the named side
                    peopleOf = "CIVILIAN".equals(next.value().side()) && !namedPlace(first, end, next) ? Sides.speaksFrom(side) : null;
                    side = next.value().side();
                    name = next.value().name();
                }
                end = next.end();
                j++;
            }
            if (end < to && tok(end).is("based") && end > first.start() && end - 1 >= from) {
                i = j; // "the Britain-based Syrian Observatory": where an organisation sits, not who acts
                continue;
            }
            if (end - 2 >= first.start() && tok(end - 2).raw.equals("(") && end < to && tok(end).raw.equals(")")) {
                end++; // "the Rapid Support Forces (RSF)": the acronym's bracket closes the phrase
            }
            if (end == first.start() + 1 && WARSHIP_PREFIXES.contains(tok(first.start()).raw)) {
                end = warshipName(end); // "USS Mason (DDG 87)": the ship's name and hull number are the phrase
            }
            Np np = new Np(first.start(), end, side, j == i + 1 ? name : null);
            np.peopleOf = peopleOf;
            annotate(np);
            nps.add(np);
            i = j;
        }
        ownedBySpeaker();
    }

    /**
     * "Armenia said Azerbaijani troops opened fire on its positions": a phrase with no side after
     * "its" or "their" belongs to the side that speaks in the sentence, named before it.
     */
    private void ownedBySpeaker() {
        Np speaker = null;
        for (Np np : nps) {
            if (np.speaker && np.side != null) {
                speaker = speaker == null ? np : speaker;
            } else if (speaker != null && np.side == null && np.start > speaker.end && ownedAfter(np.start - 1)) {
                np.side = speaker.side;
            }
        }
    }

    /** A possessive at k, or before up to two words of {@link #FORCE_MODIFIERS} there: "its own forces", "its special forces". */
    private boolean ownedAfter(int k) {
        for (int words = 0; k >= from && words <= 2; k--, words++) {
            if (OWNERS.contains(tok(k).norm)) {
                return true;
            }
            if (!FORCE_MODIFIERS.contains(tok(k).norm)) {
                return false; // not "said its jets struck targets": the targets are not its own
            }
        }
        return false;
    }

    /** Possessives that give a phrase to the sentence's speaker: "Saakashvili said his forces had shot down four Russian aircraft". */
    private static final Set<String> OWNERS = Token.words("its", "their", "his", "her", "our");

    /** Words that qualify a side's own forces between their owner and them: "its own forces", "the armed forces". */
    static final Set<String> FORCE_MODIFIERS = Token.words("own", "special", "armed", "security", "air", "naval", "ground", "elite",
            "regular", "defence", "defense");

    /** Words after a participle of harm that make it a reduced relative clause of its noun: "wounded in", "killed by". */
    private static final Set<String> REDUCED_RELATIVE = Token.words("in", "by", "during", "when");

    /** Those a group is made of: "members of", "elements of" a group are the group. */
    private static final Set<String> MEMBERS = Token.words("members", "member", "elements", "supporters", "loyalists", "operatives",
            "affiliates", "cells", "cell", "units", "remnants", "followers");
    private static final Set<String> COPULAS = Token.words("is", "are", "was", "were", "be", "been", "being");

    /**
     * A noun of members at k heads a phrase of its own: "suspected members of ISIS-GS murdered", not "pagers used by members
     * of Hezbollah" (after a preposition) nor "both groups are members of the Alliance" (a predicate).
     */
    private boolean membersOf(int k) {
        if (!MEMBERS.contains(tok(k).norm)) {
            return false;
        }
        int b = k - 1;
        while (b >= from && DETERMINERS.contains(tok(b).norm)) {
            b--; // "used by the members of"
        }
        return b < from || !(PREPOSITIONS.contains(tok(b).norm) || tok(b).is("by") || COPULAS.contains(tok(b).norm));
    }
    /** Nouns of quantity before "of": "a number of", "dozens of", "scores of". */
    static final Set<String> COUNTING_NOUNS = Token.words("number", "dozens", "scores", "hundreds", "thousands", "tens", "several",
            "some", "many", "most", "all", "none", "both", "group", "handful", "couple", "dozen", "score", "lot", "few", "series", "total");

    /** Verbs whose object is who was told: "told reporters", "briefed journalists". */
    private static final Set<String> TELLING = Token.words("told", "tell", "tells", "telling", "informed", "briefed", "briefing", "assured");

    private void annotate(Np np) {
        int k = np.start - 1;
        int names = 0;
        // "On Saturday Israel carried out strikes": a date before the name is no part of its phrase
        while (k >= from && !Dating.inDate(this, k)) {
            int determiner = placeAfterDeterminer(k); // a place between the noun and its determiner: "on the Kramatorsk train station"
            if (determiner != k) {
                k = determiner;
            } else if (DETERMINERS.contains(tok(k).norm) || DIRECTIONS.contains(tok(k).norm)
                    || (COUNTS.contains(tok(k).norm) || isNumber(tok(k))) && k > from && !tok(k - 1).raw.equals(",")
                    || properNameWord(k) && names++ < 3) {
                k--; // "at the Hayat Hotel", "on the Pizza House restaurant": a name before the noun is part of the phrase
            } else {
                break;
            }
        }
        // a subordinating word that opens the clause ("after the group fired") is not a preposition of the phrase
        if (k >= from && !(k == segStart[seg(np.start)] && BOUNDARY_WORDS.contains(tok(k).norm))) {
            Token before = tok(k);
            np.afterBy = before.is("by");
            np.afterTargetPrep = targetPrep(k);
            // "told reporters their fighters were attacked": the audience of a telling verb is no party, as if after "to";
            // "a number of U.S. personnel", "dozens of civilians": the "of" of a quantity is no preposition of the phrase
            boolean quantity = before.is("of") && k - 1 >= from
                    && (COUNTING_NOUNS.contains(tok(k - 1).norm) || isNumber(tok(k - 1)) || COUNTS.contains(tok(k - 1).norm)
                        || membersOf(k - 1)) // "suspected members of ISIS-GS murdered": the group's own
                    // "killed over 40 Indian paramilitary forces": a bound on the count, no preposition
                    || Numbers.BOUNDS.contains(before.norm) && k + 1 < np.start && Numbers.parse(tokens, k + 1, np.start) != null;
            np.afterPrep = !quantity && (PREPOSITIONS.contains(before.norm) || TARGET_PREPS.contains(before.norm) || TELLING.contains(before.norm));
        }
        np.placeModifier = np.end < to && PLACE_NOUNS.contains(tok(np.end).norm) && !tok(np.end).is("base");
        for (PlaceRef p : places) {
            if (p.locative() && p.start() < np.end && np.start < p.end()) {
                np.locative = true;
            }
        }
        int s = seg(np.start);
        for (Match<Casualty> c : casualties) {
            if (c.value() != Casualty.PERSON && c.start() > np.end && c.start() - np.end <= 30
                    && PASSIVE_AUX.contains(tok(c.start() - 1).norm) && !triggerBetween(np.end, c.start()) && !speechBetween(np.end, c.start())
                    && !relativeOfALaterPhrase(np.end, c.start())) {
                np.victim = true; // "Soleimani, head of the Quds Force, and al-Muhandis were killed"
            }
            if ((c.value() == Casualty.KILLED || c.value() == Casualty.INJURED) && c.start() == np.end + 1 && VICTIM_RELATIVES.contains(tok(np.end).norm)
                    && !ACTIVE_HARM.contains(tok(c.start()).norm)) {
                np.victim = true; // "the victims who lost their lives in the blast", "people who died"; not "a group that killed 40"
            }
            if ((c.value() == Casualty.KILLED || c.value() == Casualty.INJURED) && c.start() == np.end && c.end() < to
                    && REDUCED_RELATIVE.contains(tok(c.end()).norm) && tok(c.start()).norm.endsWith("ed")) {
                np.victim = true; // "A policeman wounded in the bombing died", "two soldiers killed in the attack were buried"
            }
        }
        for (Match<Cue> c : cues) {
            if ((c.value() == Cue.SPEECH || c.value() == Cue.BLAME) && c.start() >= np.end
                    && (c.start() - np.end <= 5 || nameGoesOn(np.end, c.start())) && seg(c.start()) == s && !triggerBetween(np.end, c.start())) {
                np.speaker = true;
            }
            if (c.value() == Cue.SPEECH && tok(c.start()).is("according") && (c.end() == np.start
                    || c.end() + 1 == np.start && DETERMINERS.contains(tok(c.end()).norm))) {
                np.speaker = true; // "According to Ukraine's Air Force, Russia launched 43 missiles"
            }
        }
    }

    /**
     * A "who" or "that" between a phrase and a passive death that opens the clause of a later phrase: "condolences to
     * the families of the three soldiers who were killed" tells of the soldiers, not the families. A relative right
     * after the phrase, or after its comma, is its own ("two soldiers, who were on patrol, were killed").
     */
    private boolean relativeOfALaterPhrase(int end, int death) {
        int own = end < death && tok(end).raw.equals(",") ? end + 1 : end;
        return wordIn(VICTIM_RELATIVES, own + 1, death);
    }

    /** Verbs that harm someone else: right after "who" or "that" their subject is the doer ("a terrorist group that killed over 40"). */
    private static final Set<String> ACTIVE_HARM = Token.words("killed", "kills", "killing", "wounded", "wounds", "injured", "injures");

    /** Bodies whose name a speaker's phrase may end with: "the U.K. Maritime Trade Operations agency (UKMTO) said". */
    private static final Set<String> BODIES = Token.words("agency", "ministry", "office", "department", "council", "command",
            "center", "centre", "service", "authority", "committee", "spokesman", "spokeswoman", "spokesperson");

    /** Only capitalised words, brackets and the noun of a body between a phrase and what it said. */
    private boolean nameGoesOn(int from, int to) {
        if (to - from > 10) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tok(k);
            if (!(t.isWord() && (t.capitalised() || BODIES.contains(t.norm)) || t.raw.equals("(") || t.raw.equals(")"))) {
                return false;
            }
        }
        return true;
    }

    /** A one-word place between a title and a capitalised word no dictionary knows: a person's given name. */
    private boolean personalName(Match<Place> m) {
        return m.end() - m.start() == 1 && m.start() > from && m.end() < to && TITLES.contains(tok(m.start() - 1).norm)
                && tok(m.end()).dictionaries == 0 && properNameWord(m.end());
    }

    /** Words before "as" that make it no conjunction: "such as", "known as", "as well as", "so as". */
    private static final Set<String> NOT_CLAUSE_AS = Token.words("such", "known", "so", "same", "well", "regarded", "seen", "described",
            "referred", "identified", "serve", "served", "serves", "act", "acted", "acts", "just", "twice", "even");
    private static final Set<String> CLAUSE_OPENERS = Token.words("the", "a", "an", "they", "it", "he", "she", "we", "its", "their");

    /** "as" opening a clause with its own subject: a capitalised name or a determiner or pronoun follows it. */
    private static boolean clauseAs(List<Token> tokens, int i, int to) {
        if (!tokens.get(i).is("as") || i + 1 >= to || i == 0) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        Token next = tokens.get(i + 1);
        return !NOT_CLAUSE_AS.contains(prev.norm) && prev.isWord() && next.isWord() && (next.capitalised() || CLAUSE_OPENERS.contains(next.norm));
    }

    /**
     * "that took place", "which occurred" after an event word: a clause that only tells when or where the
     * event was, so the phrase after it is still the event's ("the attack that took place overnight on a
     * police post"); not after another noun ("the coup that happened three weeks ago").
     */
    private static boolean tellsOccurrence(List<Token> tokens, int i, int to, List<Match<EventWord>> events) {
        boolean afterEvent = false;
        for (Match<EventWord> e : events) {
            afterEvent |= e.end() == i;
        }
        return afterEvent && (tokens.get(i).is("that") || tokens.get(i).is("which")) && i + 1 < to
                && (OCCURRED.contains(tokens.get(i + 1).norm) || i + 2 < to && tokens.get(i + 1).is("took") && tokens.get(i + 2).is("place"));
    }

    private static boolean asWellAs(List<Token> tokens, int i, int to) {
        return i + 2 < to && tokens.get(i).is("as") && tokens.get(i + 1).is("well") && tokens.get(i + 2).is("as");
    }

    /** The token before a place that stands between a determiner and a noun ("the Kramatorsk train station"), else k. */
    private int placeAfterDeterminer(int k) {
        for (PlaceRef p : places) {
            if (p.end() == k + 1 && p.start() - 1 >= from && DETERMINERS.contains(tok(p.start() - 1).norm)) {
                return p.start() - 1;
            }
        }
        return k;
    }

    /** A capitalised word inside the sentence that no dictionary reads: part of a proper name. */
    private boolean properNameWord(int k) {
        Token t = tok(k);
        if (k == from || !t.isWord() || !Character.isUpperCase(t.raw.charAt(0)) || overlapsPlace(k, k + 1)) {
            return false;
        }
        for (Match<Actor> a : actors) {
            if (a.start() <= k && k < a.end()) {
                return false;
            }
        }
        return true;
    }

    private boolean onlyBrackets(int a, int b) {
        for (int k = a; k < b; k++) {
            if (!tok(k).raw.equals("(") && !tok(k).raw.equals(")")) {
                return false;
            }
        }
        return true;
    }

    static boolean isNumber(Token t) {
        String r = t.raw;
        if (r.isEmpty() || !Character.isDigit(r.charAt(0))) {
            return false; // a comma alone is punctuation, not "1,000"
        }
        for (int i = 0; i < r.length(); i++) {
            if (!Character.isDigit(r.charAt(i)) && r.charAt(i) != ',') {
                return false;
            }
        }
        return true;
    }

    private boolean speechBetween(int a, int b) {
        for (Match<Cue> c : cues) {
            if (c.value() == Cue.SPEECH && c.start() >= a && c.start() < b) {
                return true;
            }
        }
        return false;
    }

    private boolean triggerBetween(int a, int b) {
        for (int i = a; i < b; i++) {
            if (isTrigger(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first cue of the given kind in segment s or in a clause it continues across punctuation
     * or "that" ("told Americans to watch out for \u201cmortars and rocket fire.\u201d"), or null.
     */
    Match<Cue> governing(int s, Cue kind) {
        for (int t = s; t >= 0; t--) {
            Match<Cue> c = cueIn(t, kind);
            if (c != null) {
                return c;
            }
            Token opener = firstWord(t);
            if (opener != null && CONTRASTS.contains(opener.norm) && tok(segStart[t]).isPunct()) {
                return null; // "attacks decreased from the previous year; however, a November 5 attack ... killed 15": the news
            }
            boolean afterThat = segStart[t] > from && tok(segStart[t] - 1).is("that"); // "a report | that | its troops had"
            // "the group has previously said | hostages were killed by Israeli air strikes": what is said is the saying's
            boolean said = segStart[t] > from && cueEndsAt(Cue.SPEECH, segStart[t]);
            if (!tok(segStart[t]).isPunct() && !tok(segStart[t]).is("that") && !afterThat && !said) {
                return null; // a clause of its own; "that" and quotes continue the clause that governs them
            }
        }
        return null;
    }

    /** Adverbs that turn from what a clause before told: what follows is not governed by it. */
    private static final Set<String> CONTRASTS = Token.words("however", "nevertheless", "nonetheless", "yet", "still");

    /** Whether a cue of the given kind ends right before token k. */
    private boolean cueEndsAt(Cue kind, int k) {
        for (Match<Cue> c : cues) {
            if (c.value() == kind && c.end() == k) {
                return true;
            }
        }
        return false;
    }

    /** The first cue of the given kind in segment s, or null. */
    Match<Cue> cueIn(int s, Cue kind) {
        for (Match<Cue> c : cues) {
            if (c.value() == kind && seg(c.start()) == s) {
                return c;
            }
        }
        return null;
    }
}
