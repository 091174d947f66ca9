package dev.escalation.extract;

import dev.escalation.extract.Dictionaries.Casualty;
import dev.escalation.extract.Dictionaries.Cue;
import dev.escalation.extract.PhraseTrie.Match;
import dev.escalation.extract.Sentence.PlaceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Casualties: the dead and injured a sentence counts ("at least 16 people killed", "killed five
 * fighters", "12 dead", "death toll rose to 12", "no Americans had been killed": zero), given to the
 * incident the sentence told, else to those of the last few sentences; to the one in the country
 * where the sentence places them. The dead of an attack being answered go to that attack. A number
 * that counts no people ("85 targets", "2,500 US troops are deployed") is no casualty count.
 */
final class Casualties {
    private final Reading reading;

    Casualties(Reading reading) {
        this.reading = reading;
    }

    /** Adds the sentence's counts to the incidents it touched (or recently told); the highest count wins. */
    void count(int index, Sentence s, List<Draft> touched) {
        for (Match<Casualty> c : s.casualties) {
            if (c.value() == Casualty.PERSON) {
                continue;
            }
            int seg = s.seg(c.start());
            if (s.cueIn(seg, Cue.HYPOTHETICAL) != null || s.cueIn(seg, Cue.BACKGROUND) != null || toll(s, seg)) {
                continue;
            }
            Integer count = c.value() == Casualty.NONE ? Integer.valueOf(0)
                    : s.cueIn(seg, Cue.NEGATION) != null ? noneReported(s, c) : people(s, c);
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
            if (periodDated(s, seg) && (own.isEmpty() || !Dating.hasDayDate(s, seg)) || periodOpens(s, seg) && own.isEmpty()) {
                // "More than 1,000 people were killed in rebel violence in 2010": a period's toll, not the incident's dead; and
                // "near the intersection where a truck bomb killed more than 500 people in October 2017": another event's;
                // "In March, a Russian missile attack on the city killed 10", told as history, is no recent incident's
                continue;
            }
            List<Draft> targets = !own.isEmpty() ? own : s.causeSeg[seg] ? List.of() : reading.recentGroup(index);
            if (targets.isEmpty()) {
                continue;
            }
            Draft d = toldBefore(targets, index, c.start());
            if (touched.contains(d) && d.lastAnchor < c.start() && Placing.comparedEvent(s, d.lastAnchor + 1, c.start()) >= 0) {
                continue; // "the deadliest since a suicide attack in Quetta in May 2023 that killed 150 people": that attack's dead
            }
            List<PlaceRef> here = Placing.locativeIn(s, seg);
            if (!here.isEmpty()) {
                d = inCountryOf(targets, here);
                if (d == null) {
                    continue; // casualties somewhere this sentence reports no incident
                }
            }
            Sentence.Np victims = count > 0 && d.targetSide == null ? victims(s, c) : null;
            if (victims != null) {
                // "The attack killed 12 people": they were its target; "overran a military base ..., killing five soldiers": theirs
                String fallen = s.span(victims.start, victims.end);
                d.target = d.target == null ? fallen : d.target;
                String side = victims.side == null ? Sides.militaryTargetIn(fallen, d.country) : Sides.resolve(victims.side, d.country);
                d.targetSide = Objects.equals(side, d.actorSide) ? null : side; // "killing four soldiers" in Mali: Mali's
            }
            if (c.value() == Casualty.KILLED || c.value() == Casualty.NONE) {
                d.fatalities = d.fatalities == null ? count : Math.max(d.fatalities, count);
            } else {
                d.injured = d.injured == null ? count : Math.max(d.injured, count);
            }
        }
    }

    /** Whether a clause is dated by a period (a year, a month), not a day. */
    private static boolean periodDated(Sentence s, int seg) {
        for (DateMentions.Mention d : s.dates) {
            if (d.granularity() == DateMentions.Granularity.COARSE && s.seg(d.start()) == seg) {
                return true;
            }
        }
        return false;
    }

    /** Whether a period opens the sentence ("In March, ...") and the clause names no day of its own. */
    private static boolean periodOpens(Sentence s, int seg) {
        for (DateMentions.Mention d : s.dates) {
            if (d.granularity() == DateMentions.Granularity.COARSE && s.seg(d.start()) == 0 && d.start() - s.from <= 1) {
                return !Dating.hasDayDate(s, seg);
            }
        }
        return false;
    }

    /**
     * "A week after the May 3 attack ..., al-Shabaab ambushed a convoy on Thursday, killing seven
     * soldiers": the dead counted after an event word are of the last event the sentence told before
     * them; else of the first it touched.
     */
    private static Draft toldBefore(List<Draft> targets, int index, int at) {
        Draft last = null;
        for (Draft d : targets) {
            if (d.lastTouched == index && d.lastAnchor < at && (last == null || d.lastAnchor > last.lastAnchor)) {
                last = d;
            }
        }
        return last != null ? last : targets.get(0);
    }

    /**
     * Civilians, or a state's men with no side named, that a casualty word counts a few words before or
     * after it in its clause: "killed 12 people", "five civilians were wounded", "thirteen police
     * officers were killed". Who killed them ("killed by soldiers") is no victim.
     */
    private static Sentence.Np victims(Sentence s, Match<Casualty> c) {
        boolean active = c.end() < s.to && s.tok(c.end() - 1).norm.startsWith("kill") && c.end() - c.start() == 1
                && (Numbers.parse(s.tokens, c.end(), s.to) != null || Sentence.DETERMINERS.contains(s.tok(c.end()).norm));
        for (Sentence.Np np : s.nps) {
            boolean people = "CIVILIAN".equals(np.side) || np.side == null && FORCES_WHO_FALL.contains(s.tok(np.end - 1).norm);
            // "Soldiers killed 11 militants": the phrase before a verb of killing with an object is who killed
            boolean before = np.end <= c.start() && c.start() - np.end <= 3 && !(active && np.end == c.start());
            if (people && !np.afterBy && s.seg(np.start) == s.seg(c.start())
                    && (np.start >= c.end() && np.start - c.end() <= 4 || before)) {
                return np;
            }
        }
        for (int k = Math.max(s.segStart[s.seg(c.start())], c.start() - 3); k < Math.min(s.segStart[s.seg(c.start()) + 1], c.end() + 5); k++) {
            if (PEOPLES.contains(s.tok(k).norm) && s.tok(k).capitalised()) {
                return new Sentence.Np(k, k + 1, "CIVILIAN", null); // "killed at least 27 Palestinians": people, not a side's fighters
            }
        }
        return null;
    }

    /**
     * Peoples of the wars of the guide, named as a whole: those a strike killed are counted as its civilians. Not
     * Americans, Israelis or Russians, who fall more often as soldiers the text names elsewhere.
     */
    private static final Set<String> PEOPLES = Token.words("palestinians", "gazans", "ukrainians", "syrians", "iraqis", "yemenis",
            "sudanese", "somalis", "afghans", "lebanese", "nigerians", "malians", "burkinabe", "congolese", "rohingya", "ethiopians",
            "tigrayans", "eritreans", "pakistanis", "kashmiris", "libyans", "nigeriens", "chadians", "cameroonians", "mozambicans");

    /** A state's men counted among the dead ("soldiers", "policemen"), not its arms ("army", "air defences"). */
    private static final Set<String> FORCES_WHO_FALL = Token.words("troops", "soldiers", "soldier", "personnel", "servicemen", "members",
            "officers", "officer", "policemen", "policeman", "gendarmes", "gendarme", "guards");

    private static final Set<String> WHOLE_WARS = Token.words("conflict", "war", "fighting", "offensive", "counteroffensive");

    /** Disasters whose dead are no incident's: "the death toll from the earthquake had climbed to 1,700". */
    private static final Set<String> DISASTERS = Token.words("earthquake", "quake", "earthquakes", "flood", "floods", "flooding",
            "cyclone", "hurricane", "typhoon", "storm", "landslide", "landslides", "tsunami", "epidemic", "cholera", "famine", "drought");

    /**
     * A toll of a whole war ("the deaths of more than 30,000 Palestinians in this conflict", "a war killed", "to date",
     * "a five-year civil war in which some 400,000 people were killed") or of a disaster: no incident's dead.
     */
    private static boolean toll(Sentence s, int seg) {
        if (wholeSubject(s)) {
            return true;
        }
        for (int i = s.segStart[seg]; i < s.segStart[seg + 1]; i++) {
            if (s.tok(i).is("war") || s.tok(i).is("conflict") || DISASTERS.contains(s.tok(i).norm)) {
                return true; // "A six-week war in 2020 killed more than 6,600 people"
            }
        }
        int which = s.segStart[seg];
        while (which < s.segStart[seg + 1] && which < s.segStart[seg] + 2 && !s.tok(which).is("which") && !s.tok(which).is("that")) {
            which++;
        }
        if (which < s.segStart[seg + 1] && (s.tok(which).is("which") || s.tok(which).is("that"))) {
            for (int k = which - 1; k >= s.from && k >= which - 7; k--) {
                if (s.tok(k).is("war") || s.tok(k).is("conflict")) {
                    return true; // the clause of a war: "a civil war in which some 400,000 people were killed", "a war in the 1990s that killed"
                }
            }
        }
        for (int i = s.segStart[seg]; i + 2 < s.segStart[seg + 1]; i++) {
            if ((s.tok(i).is("in") || s.tok(i).is("during") || s.tok(i).is("throughout")) && (s.tok(i + 1).is("this") || s.tok(i + 1).is("the"))
                    && WHOLE_WARS.contains(s.tok(i + 2).norm) || s.tok(i).is("to") && s.tok(i + 1).is("date")) {
                return true;
            }
        }
        return false;
    }

    /** What a story names as a whole when it counts all its dead: "The violence has killed more than 20,000 people". */
    static final Set<String> WHOLES = Token.words("conflict", "war", "violence", "insurgency", "unrest", "crisis", "uprising",
            "rebellion", "bloodshed");
    private static final Set<String> TOLL_VERBS = Token.words("killed", "left", "claimed", "cost");

    /** Where a verb counts the dead to date in [from, to) ("has killed", "have left", "has claimed"): the index of its auxiliary, else -1. */
    static int countsToDate(Sentence s, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if ((s.tok(i).is("has") || s.tok(i).is("have")) && TOLL_VERBS.contains(s.tok(i + 1).norm)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A sentence whose subject is a whole war and whose verb counts to date, naming no day: "The conflict began in 2017,
     * and has killed more than 5,000 people", "The violence has killed more than 20,000".
     */
    private static boolean wholeSubject(Sentence s) {
        if (s.dates.stream().anyMatch(d -> d.granularity() == DateMentions.Granularity.DAY)) {
            return false;
        }
        int k = s.from;
        while (k < s.to && k < s.from + 4 && !WHOLES.contains(s.tok(k).norm)) {
            k++;
        }
        if (k >= s.to || k >= s.from + 4 || !WHOLES.contains(s.tok(k).norm)) {
            return false;
        }
        return countsToDate(s, k + 1, s.to) >= 0;
    }

    private static Draft inCountryOf(List<Draft> drafts, List<PlaceRef> places) {
        for (PlaceRef p : places) {
            for (Draft d : drafts) {
                if (p.place().country().equals(d.country)) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * "no Americans or Iraqis had been killed", "none of their service members had been killed": zero.
     * "no civilians were injured or killed" speaks of bystanders only, not of the fighters struck: no count.
     */
    private static Integer noneReported(Sentence s, Match<Casualty> word) {
        if (word.value() != Casualty.KILLED) {
            return null;
        }
        for (Match<Cue> c : s.cues) {
            if (c.value() == Cue.NEGATION && s.seg(c.start()) == s.seg(word.start()) && c.end() <= word.start()
                    && word.start() - c.end() <= 6 && (s.tok(c.start()).is("no") || s.tok(c.start()).is("none"))) {
                return s.tok(c.end()).is("civilians") || s.tok(c.end()).is("civilian") ? null : Integer.valueOf(0);
            }
        }
        return null;
    }

    /** Whether the sentence counts people killed ("resulted in the deaths of at least eight people"). */
    static boolean countsDead(Sentence s) {
        for (Match<Casualty> c : s.casualties) {
            if (c.value() == Casualty.KILLED && people(s, c) != null) {
                return true;
            }
        }
        return false;
    }

    /** "killed as many as 130 people", "killed up to 12": an upper bound states no lower one, and the guide counts the lower. */
    private static boolean upTo(Sentence s, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (s.tok(k).is("up") && s.tok(k + 1).is("to") || s.tok(k).is("as") && s.tok(k + 1).is("many")) {
                return true;
            }
        }
        return false;
    }

    /** "Among the dead were five children", "the dead included three soldiers": who the dead were counts them. */
    private static boolean deadWere(Sentence s, Match<Casualty> word, int k) {
        return k == word.end() && s.tok(word.end() - 1).is("dead") && (s.tok(k).is("were") || s.tok(k).is("included"));
    }

    /** The number of people a casualty word counts, or null when the text gives none. */
    private static Integer people(Sentence s, Match<Casualty> word) {
        int seg = s.seg(word.start());
        int segFrom = s.segStart[seg];
        int segTo = s.segStart[seg + 1];
        // after the word: "killed at least 18 pro-Iran fighters", "killing 12", "death toll rose to 12"
        int k = word.end();
        int limit = Math.min(segTo, word.end() + 4);
        while (k < limit && (Numbers.BOUNDS.contains(s.tok(k).norm) || s.tok(k).is("rose") || s.tok(k).is("reached")
                || s.tok(k).is("climbed") || s.tok(k).is("of") || s.tok(k).is("at") || s.tok(k).is("and") || s.tok(k).is("injuring")
                || s.tok(k).is("wounding") || deadWere(s, word, k))) {
            k++;
        }
        // "killed scores of trainee cadets": the guide's fatalities are a stated lower bound, a vague plural states none
        boolean deaths = word.value() == Casualty.KILLED;
        Numbers.Parsed after = Dating.inDate(s, k) || deaths && k < segTo && Numbers.vague(s.tokens, k) ? null : Numbers.parse(s.tokens, k, segTo);
        if (after != null && k > word.end() && s.andBetween(word.end(), k) && countedByAnother(s, word, after.end())) {
            after = null; // "left 26 soldiers dead and 13 others wounded", "killed and more than 10 others wounded": the wounded's
        }
        if (after != null && (countsPeople(s, after.end(), segTo) || !nounFollows(s, after.end(), segTo))) {
            return deaths && upTo(s, word.end(), k) ? null : after.value() + coordinatedCount(s, after.end(), s.to);
        }
        if (deaths && s.tok(word.end() - 1).is("toll")) {
            Integer toll = tollAt(s, word.end(), s.to); // across the commas of a place: "in Dioura, Mali, at 23"
            if (toll != null) {
                return toll; // "put the death toll from Sunday's attack on an army camp at 23"
            }
        }
        Integer one = onePerson(s, segFrom, word.start());
        if (one == null && deaths) {
            one = onePersonAfter(s, word, segTo);
        }
        if (one != null) {
            return one; // "An Indian soldier was killed", "killing a journalist"
        }
        Integer beforeAside = countBeforeAside(s, seg);
        if (beforeAside != null && word.start() - segFrom <= 3) {
            return beforeAside; // "Ten civilians, including two children, were killed": ten
        }
        // before the word: "at least 16 people killed", "five fighters were killed", "12 dead"; across a relative
        // pronoun to the people it stands for: "the three U.S. soldiers who were killed"
        Token opener = s.firstWord(seg);
        int countFrom = seg > 0 && opener != null && Sentence.VICTIM_RELATIVES.contains(opener.norm) ? s.segStart[seg - 1] : segFrom;
        for (int i = Math.max(countFrom, word.start() - 8); i < word.start(); i++) {
            if (Dating.inDate(s, i)) {
                continue;
            }
            Numbers.Parsed n = Numbers.parse(s.tokens, i, word.start());
            if (n == null || deaths && Numbers.vague(s.tokens, i) || age(s, n.end(), word.start())) {
                continue;
            }
            int personEnd = personWithin(s, n.end(), word.start(), s.tok(n.end()).is("of") ? 5 : 3);
            int also = personEnd >= 0 && !casualtyBetween(s, personEnd, word.start()) ? coordinatedCount(s, personEnd, word.start()) : 0;
            if (also > 0) {
                return n.value() + also; // "four police officers and two civilians were killed": six
            }
            if (personEnd >= 0 && word.start() - personEnd <= 3 && !s.andBetween(personEnd, word.start())) { // not "rescued 20 hostages and killed"
                return n.value();
            }
            if (n.end() == word.start() || auxiliariesOnly(s, n.end(), word.start())) {
                return n.value(); // "12 dead", "dozens wounded", "At least 12 were killed"
            }
        }
        return null;
    }

    /** Auxiliaries of a passive or a perfect: "were", "have been". */
    private static final Set<String> AUXILIARIES = Token.words("were", "was", "are", "is", "have", "has", "had", "been", "being");

    /** Whether only auxiliaries stand in [from, to), at least one. */
    private static boolean auxiliariesOnly(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!AUXILIARIES.contains(s.tok(k).norm)) {
                return false;
            }
        }
        return to > from;
    }

    /** The pronouns of one person as the subject of a death. */
    private static final Set<String> ONE_PERSON = Token.words("he", "she");

    /**
     * One person, told with "a" or "an" and a singular noun of people before a passive casualty verb:
     * "An Indian soldier was killed", "a French soldier died"; null otherwise.
     */
    private static Integer onePerson(Sentence s, int segFrom, int word) {
        int k = word - 1;
        while (k >= segFrom && (Tagged.PASSIVE_AUX.contains(s.tok(k).norm) || s.tok(k).is("has") || s.tok(k).is("have"))) {
            k--;
        }
        if (k >= segFrom && k < word - 1 && s.tok(k + 1).is("was") && namedPerson(s, k)) {
            return 1; // "Lakshman Kadirgamar, was fatally shot", "Basil Al-Sayed was shot"
        }
        boolean suffered = k < word - 1 || s.tok(word).norm.startsWith("die") || s.tok(word).is("perished"); // not "he killed them"
        if (k >= segFrom && ONE_PERSON.contains(s.tok(k).norm) && s.tok(k).isWord() && suffered) {
            return 1; // "He died May 12 in Erbil", "she was killed"
        }
        for (Match<Casualty> p : s.casualties) {
            if (p.value() == Casualty.PERSON && p.end() == k + 1 && !s.tok(p.end() - 1).norm.endsWith("s")) {
                int a = p.start() - 1;
                while (a >= segFrom && a >= p.start() - 6 && (s.tok(a).isWord() && s.tok(a).capitalised() && !s.tok(a).is("a") && !s.tok(a).is("an")
                        || AGE_WORDS.contains(s.tok(a).norm) || Sentence.isNumber(s.tok(a)))) {
                    a--; // "an Indian soldier", "a U.S. service member", "a 25-year-old man"
                }
                return a >= segFrom && (s.tok(a).is("a") || s.tok(a).is("an")) ? Integer.valueOf(1) : null;
            }
        }
        return null;
    }

    /** A capitalised word at k that no dictionary knows, after another capitalised word and in no place: the end of a person's name. */
    private static boolean namedPerson(Sentence s, int k) {
        Token t = s.tok(k);
        return t.isWord() && t.capitalised() && t.dictionaries == 0 && k - 1 >= s.from && s.tok(k - 1).isWord() && s.tok(k - 1).capitalised()
                && !s.overlapsPlace(k, k + 1);
    }

    /** "killing a journalist", "led to the death of a French soldier": one person counted after the word. */
    private static Integer onePersonAfter(Sentence s, Match<Casualty> word, int segTo) {
        int k = word.end();
        if (k < segTo && (s.tok(k).is("him") || s.tok(k).is("her")) && (k + 1 >= segTo || !s.tok(k + 1).isWord())) {
            return 1; // "conducted a strike against an ISIS leader ..., killing him" (not "killing her husband")
        }
        if (k < segTo && s.tok(k).is("of") && !s.tok(word.start()).norm.startsWith("killing")) {
            k++; // "the death of a French soldier" ("ordered the killing of" tells an order, not a death)
        }
        if (k + 1 >= segTo || !(s.tok(k).is("a") || s.tok(k).is("an")) || Sentence.COUNTING_NOUNS.contains(s.tok(k + 1).norm)) {
            return null; // "a number of children", "a dozen soldiers": a vague count states none
        }
        for (Match<Casualty> p : s.casualties) {
            if (p.value() == Casualty.PERSON && p.start() > k && p.start() - k <= 4 && !s.tok(p.end() - 1).norm.endsWith("s")
                    && !(p.end() < segTo && (s.tok(p.end()).is("and") || s.tok(p.end()).raw.equals(",")))) {
                return 1; // not "a number of children", not "an imam, local village head, and several civilians"
            }
        }
        return null;
    }

    /** "26 soldiers dead and 13 others wounded": the 26 are another word's count. */
    private static boolean casualtyBetween(Sentence s, int from, int to) {
        for (Match<Casualty> c : s.casualties) {
            if (c.start() >= from && c.start() < to && c.value() != Casualty.PERSON) {
                return true;
            }
        }
        return false;
    }


    private static final Set<String> AGE_WORDS = Token.words("year", "old", "-");

    /** "A 25 year old man", "a 19-year-old student": the number is an age, not a count. */
    private static boolean age(Sentence s, int numberEnd, int to) {
        int k = numberEnd;
        while (k < to && s.tok(k).raw.equals("-")) {
            k++;
        }
        return k < to && (s.tok(k).is("year") || s.tok(k).is("years")) && k + 1 < s.to
                && (s.tok(k + 1).is("old") || s.tok(k + 1).raw.equals("-") && k + 2 < s.to && s.tok(k + 2).is("old"));
    }

    /** Another casualty word within three words after a number: the number is that word's count. */
    private static boolean countedByAnother(Sentence s, Match<Casualty> word, int numberEnd) {
        for (Match<Casualty> c : s.casualties) {
            if (c != word && c.value() != Casualty.PERSON && c.start() >= numberEnd && c.start() - numberEnd <= 3) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AGGREGATE = Token.words("combined", "both", "overall", "total", "cumulative", "all");

    /** The number a death toll is put "at" or raised "to" later in its clause, a bare number (no noun after it). */
    private static Integer tollAt(Sentence s, int from, int segTo) {
        for (int k = from; k + 1 < segTo && k < from + 20; k++) {
            if (AGGREGATE.contains(s.tok(k).norm)) {
                return null; // "the combined death toll on both sides to 15" is no one incident's
            }
            if (s.tok(k).is("at") || s.tok(k).is("to")) {
                int n = k + 1;
                while (n < segTo && Numbers.BOUNDS.contains(s.tok(n).norm)) {
                    n++;
                }
                Numbers.Parsed p = Dating.inDate(s, n) ? null : Numbers.parse(s.tokens, n, segTo);
                // "rose to 35 on Monday": a date or a place may follow the count, a noun of things may not
                if (p != null && (p.end() >= segTo || !nounFollows(s, p.end(), segTo) || countsPeople(s, p.end(), segTo))) {
                    return p.value();
                }
            }
        }
        return null;
    }

    /**
     * The count of people that ends the clause before an aside which opens the casualty word's clause's
     * subject: "Ten civilians, including two children, were killed" counts ten; null when there is none.
     */
    private static Integer countBeforeAside(Sentence s, int seg) {
        int aside = s.asideBefore(seg);
        if (aside < 1) {
            return null;
        }
        int subjectEnd = s.segStart[aside];
        for (int i = Math.max(s.segStart[aside - 1], subjectEnd - 12); i < subjectEnd; i++) {
            Numbers.Parsed n = Dating.inDate(s, i) || Numbers.vague(s.tokens, i) ? null : Numbers.parse(s.tokens, i, subjectEnd);
            int person = n == null ? -1 : personWithin(s, n.end(), subjectEnd, 3);
            // "Seven aid workers with the World Central Kitchen charity, including ...": a phrase may qualify the people
            if (person == subjectEnd || person > 0 && Sentence.PREPOSITIONS.contains(s.tok(person).norm)) {
                return n.value();
            }
        }
        return null;
    }

    /** "killing five members of a militia and two guests", "one civilian and a suicide bomber": the people counted after "and". */
    private static int coordinatedCount(Sentence s, int from, int to) {
        for (int k = from; k < Math.min(to, from + 8); k++) {
            if (Sentence.ASIDES.contains(s.tok(k).norm)) {
                return 0; // "killed 70 people, including 10 women and three infants": the three are among the 70
            }
            if (s.tok(k).is("and")) {
                Numbers.Parsed n = k + 1 < to && (s.tok(k + 1).is("a") || s.tok(k + 1).is("an"))
                        ? new Numbers.Parsed(1, k + 2) : Numbers.parse(s.tokens, k + 1, to);
                return n != null && countsPeople(s, n.end(), to) ? n.value() : 0;
            }
        }
        return 0;
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
}
