package dev.escalation.extract;

import dev.escalation.extract.Dictionaries.Cue;
import dev.escalation.extract.PhraseTrie.Match;
import dev.escalation.extract.Sentence.Np;
import dev.escalation.records.EventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Threat cues. A clause that threatens ("vowed to retaliate", "will pay a heavy price") is noted
 * with its author: the clause's subject, else the side-bearing speaker of a first-person quote,
 * else the last side that spoke; a third-person threat with no author is nobody's. Once the
 * article is read, a threat becomes a THREAT incident only for a side fighting in one of its
 * incidents, placed where that side fights (the theatre it concerns), not where it was spoken.
 */
final class Threats {
    private static final Set<String> FIRST_PERSON = Token.words("we", "our", "us");
    private static final Set<String> THIRD_PERSON = Token.words("they", "their", "them", "he", "she", "it");

    private final Reading reading;
    private final Dating dating;

    Threats(Reading reading, Dating dating) {
        this.reading = reading;
        this.dating = dating;
    }

    /** Notes the threats of a sentence, one per clause at most. */
    void note(int index, Sentence s) {
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
            if (cue == null && !endangers(s, s.cueIn(seg, Cue.THREAT_OPEN))) {
                cue = forceFollows(s, seg, s.cueIn(seg, Cue.THREAT_OPEN));
            }
            if (cue == null || Triggers.negated(s, seg, cue.start()) || toldOfAPastPeriod(s, seg, cue) || habitual(s, cue)) {
                continue;
            }
            // a promised revenge or punishment answers an attack on its author
            boolean reprisal = cue.value() == Cue.THREAT_REPRISAL || cue.value() == Cue.THREAT_AGAINST;
            // "America and Britain will pay a heavy price": the subject is the side threatened; and so is the doer of "any
            // further Israeli action" that "would draw a far harsher response"
            Np who = cue.value() == Cue.THREAT_AGAINST ? null : Arguments.subject(s, seg, cue.start());
            Np forewarned = who != null && anyFurther(s, who) ? who : null;
            if (forewarned != null) {
                who = speaker(s);
            }
            boolean firstPerson = FIRST_PERSON.contains(s.tok(cue.start()).norm)
                    || cue.start() > s.from && FIRST_PERSON.contains(s.tok(cue.start() - 1).norm);
            if (firstPerson && speaker(s) != null) {
                who = speaker(s); // "President Biden said, blaming Iran-backed groups and vowing: 'We shall respond'"
            }
            if (who == null && cue.value() != Cue.THREAT_AGAINST) {
                for (Np np : s.nps) {
                    if (s.seg(np.start) == seg && np.end <= cue.start() && !np.speaker && !np.afterTargetPrep) {
                        who = np; // "with the militias threatening to retaliate"
                    }
                }
            }
            if (who == null && cue.value() == Cue.THREAT_AGAINST) {
                who = vowedBy(s, seg); // "Khamenei vowed that Israel 'will be punished'": the one who vowed
            }
            if ((who == null || who.side == null || who.side.startsWith("@")) && opensWithItOrThey(s) && seg > 0
                    && reading.lastSubjectSide != null) {
                // "The IRGC said it had targeted bases. It warned of a crushing response.": the side that spoke or acted last
                who = new Np(s.from, s.from + 1, reading.lastSubjectSide, null);
            }
            if ((who == null || who.side == null || who.side.startsWith("@")) && ownGroupBefore(s, seg, cue.start())
                    && speaker(s) != null && speaker(s).side != null) {
                // "Hezbollah leader Hassan Nasrallah warned that the group would strike deep inside Israel", "Israel's defence
                // minister said the military would strike Hezbollah hard"
                who = speaker(s);
            }
            if (who == null) {
                String person = person(s, seg, cue);
                if ("third".equals(person)) {
                    continue; // "They will strike back", says a commentator: nobody's threat
                }
                Np speaker = speaker(s);
                if (speaker != null && speaker.side != null) {
                    who = speaker;
                }
            }
            String side = who != null ? who.side : null;
            boolean future = s.tok(cue.start()).is("will") || s.tok(cue.start()).is("would");
            // "He warned that the group would strike": the pronoun speaks for the side told last
            Np speaking = speaker(s);
            String speakerSide = speaking != null ? speaking.side
                    : s.tok(s.from).is("he") || s.tok(s.from).is("she") ? reading.lastSubjectSide : null; // not "It is likely that"
            // "an M23 spokesman said the rebels would attack Kinshasa": the rebels an armed group's speaker names are its own
            if (Sides.ARMED_GROUP.equals(side) && Sides.nonState(speakerSide)) {
                side = speakerSide;
                who = speaking != null ? speaking : who;
            }
            if (cue.value() == Cue.THREAT && future && (speakerSide == null || !Objects.equals(speakerSide, side))) {
                continue; // "it is most likely that Iran will attack", "analysts said Iran would strike": a forecast, unless the side itself says it
            }
            if (side == null && !reprisal) {
                side = reading.lastSubjectSide;
            }
            String name = who != null && who.side != null && !THIRD_PERSON.contains(s.tok(who.start).norm)
                    ? (who.name != null ? who.name : s.span(reading.body, who.start, who.end)) : null;
            LocalDate date = dating.on(s, seg, cue.start());
            List<Sentence.PlaceRef> places = Placing.locativeIn(s, seg);
            if (places.isEmpty() && who != null) {
                places = countryOf(s, who); // "Iran's Supreme Leader ... vowed": where the author's country is
            }
            boolean explicit = cue.value() != Cue.THREAT_OPEN || s.tok(cue.start()).norm.startsWith("threat")
                    || s.tok(cue.start()).norm.startsWith("vow") || warnedBefore(s, cue);
            reading.threats.add(new ThreatDraft(index, name, side, reprisal, date != null ? date : reading.published, s.text,
                    reading.lastSubjectSide, explicit, places.isEmpty() ? null : places.get(0).place().country(),
                    forewarned != null && named(forewarned.side) ? forewarned.side : threatened(s, seg, cue, side)));
        }
    }

    /**
     * The side a threat names as its object: the subject of "will pay a heavy price", else the first
     * side named within a few words after the cue ("vowed to retaliate against Israel", "to avenge the
     * Israeli strike"), other than the author's.
     */
    private static String threatened(Sentence s, int seg, Match<Cue> cue, String author) {
        if (cue.value() == Cue.THREAT_AGAINST) {
            Np subject = Arguments.subject(s, seg, cue.start());
            if (subject != null && named(subject.side) && !subject.side.equals(author)) {
                return subject.side;
            }
            for (Np np : s.nps) {
                if (np.end <= cue.start() && s.seg(np.start) < seg && named(np.side) && !np.side.equals(author) && !np.speaker) {
                    return np.side; // "Hezbollah warned Israel that it would pay a heavy price": the one warned
                }
            }
            return null;
        }
        for (Np np : s.nps) {
            if (np.start >= cue.end() && np.start - cue.end() <= 8 && named(np.side) && !np.speaker && !np.side.equals(author)) {
                return np.side;
            }
        }
        return null;
    }

    /** "warned it would keep targeting vessels": a warning that opens an open cue makes it explicit. */
    private static boolean warnedBefore(Sentence s, Match<Cue> cue) {
        for (int k = Math.max(s.from, cue.start() - 4); k < cue.start(); k++) {
            if (s.tok(k).norm.startsWith("warn")) {
                return true;
            }
        }
        return false;
    }

    /** "any further Israeli action", "any new attack by Hezbollah": the side of an act a threat answers in advance. */
    private static boolean anyFurther(Sentence s, Np np) {
        for (int k = Math.max(s.from, np.start - 3); k < np.start; k++) {
            if (s.tok(k).is("any")) {
                return true;
            }
        }
        return false;
    }

    /** A fighting side the dictionaries name outright (not "militants", whose side the article decides later). */
    private static boolean named(String side) {
        return Sides.armed(side) && !side.startsWith("@");
    }

    /** What a leader calls the armed group or the forces he speaks for. */
    private static final Set<String> OWN_GROUP = Token.words("group", "movement", "militia", "organisation", "organization", "party",
            "military", "army", "forces", "troops", "navy");

    /**
     * Whether the threat's clause names the speaker's own forces before the cue: "the group", "the military", or a bare
     * plural right after "that" ("said that troops would ...").
     */
    private static boolean ownGroupBefore(Sentence s, int seg, int cue) {
        for (int k = s.segStart[seg]; k < cue; k++) {
            if (OWN_GROUP.contains(s.tok(k).norm) && s.tok(k).norm.endsWith("s") && k > s.from && s.tok(k - 1).is("that")) {
                return true; // "the army chief said that troops would hunt down those responsible": his own, with no article
            }
        }
        for (int k = s.segStart[seg]; k + 1 < cue; k++) {
            if ((s.tok(k).is("the") || s.tok(k).is("our")) && (OWN_GROUP.contains(s.tok(k + 1).norm) // "Our forces will pursue"
                    || k + 2 < cue && OWN_GROUP.contains(s.tok(k + 2).norm) && Sentence.FORCE_MODIFIERS.contains(s.tok(k + 1).norm))) {
                return true; // "the armed forces would retake every town"
            }
        }
        return false;
    }

    /** The first sided subject of a clause before the threat's: who vowed or warned that another "will pay". */
    private static Np vowedBy(Sentence s, int seg) {
        for (Np np : s.nps) {
            if (np.side != null && s.seg(np.start) < seg && !np.afterPrep) {
                return np;
            }
        }
        return null;
    }

    /** A country named in or just before the author's phrase ("Iran's Supreme Leader"), or the capital that speaks ("Tehran said"). */
    private static List<Sentence.PlaceRef> countryOf(Sentence s, Np who) {
        for (Sentence.PlaceRef p : s.places) {
            boolean country = p.place().admin1() == null && p.start() < who.end && who.start - p.end() <= 3;
            boolean capital = p.start() == who.start && p.end() == who.end;
            if ((country || capital) && s.seg(p.start()) == s.seg(who.start)) {
                return List.of(p);
            }
        }
        return List.of();
    }

    /** Words that, after "has" or "have", make a threat a habit told besides the adverbs of a habit: "have long threatened". */
    private static final Set<String> LONG_STANDING = Token.words("previously", "long");

    /** A threat told as a habit, not one made now: "The Kremlin has repeatedly warned that it would respond", "have long threatened". */
    private static boolean habitual(Sentence s, Match<Cue> cue) {
        for (int k = Math.max(s.from + 1, cue.start() - 8); k < cue.start(); k++) {
            String w = s.tok(k).norm;
            if ((Triggers.HABIT_ADVERBS.contains(w) || LONG_STANDING.contains(w)) && (s.tok(k - 1).is("has") || s.tok(k - 1).is("have"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "In January, the Houthis publicly threatened to attack": a threat told in the past with a month
     * or a year and no day before or in its clause is history ("will strike in the coming weeks" is not).
     */

    private static boolean toldOfAPastPeriod(Sentence s, int seg, Match<Cue> cue) {
        if (!s.tok(cue.start()).norm.endsWith("ed")) {
            return false;
        }
        boolean period = false;
        for (DateMentions.Mention d : s.dates) {
            if (d.start() < s.segStart[seg + 1]) {
                if (d.granularity() == DateMentions.Granularity.DAY) {
                    return false;
                }
                period = true;
            }
        }
        return period;
    }

    /**
     * An open cue ("will continue", "vowed") threatens only with words of force near it in its clause,
     * and no word of aid between it and that force: "will continue to strike", "operations would continue",
     * not "will continue to work with" or "will continue training partner forces".
     */
    /** What a threat to something puts at risk, not force promised: "threatening the safety and security of the forces". */
    private static final Set<String> AT_RISK = Token.words("safety", "security", "stability", "peace", "lives", "life", "interests",
            "livelihoods", "existence", "future", "sovereignty", "integrity", "health", "gains", "progress");

    /** "threatened U.S. security interests": the verb of threat with an object at risk within a few words. */
    private static boolean endangers(Sentence s, Match<Cue> open) {
        if (open == null || !s.tok(open.start()).norm.startsWith("threat")) {
            return false;
        }
        for (int k = open.end(); k < s.to && k < open.end() + 4; k++) {
            if (AT_RISK.contains(s.tok(k).norm)) {
                return true;
            }
        }
        // "individuals who were threatening the force": a thing the verb has as its object is what is at risk, not "the use of force"
        int k = open.end();
        return k + 1 < s.to && THREATENED_OBJECT.contains(s.tok(k).norm) && !s.tok(k + 1).is("use");
    }

    private static final Set<String> THREATENED_OBJECT = Token.words("the", "its", "their", "his", "her", "our");

    private static Match<Cue> forceFollows(Sentence s, int seg, Match<Cue> open) {
        if (open == null) {
            return null;
        }
        int from = Math.max(s.segStart[seg], open.start() - 4);
        if (seg > 0 && from == open.start() - 1 && Sentence.QUOTES.contains(s.tok(from).raw)) {
            from = Math.max(s.segStart[seg - 1], open.start() - 4); // the operation "will continue": a quote opening on the cue
        }
        int clauseEnd = s.segStart[seg + 1];
        if (seg + 2 <= s.segments() && clauseEnd < s.to && Sentence.QUOTES.contains(s.tok(clauseEnd).raw)) {
            clauseEnd = s.segStart[seg + 2]; // vowed to "set ablaze": the quoted words are the threat's
        }
        int to = Math.min(clauseEnd, open.end() + 8);
        boolean force = false;
        int forceAfter = to; // the first word of force after the cue
        for (int k = from; k < to; k++) {
            if (s.isTrigger(k)) {
                force = true;
                forceAfter = k >= open.end() ? Math.min(forceAfter, k) : forceAfter;
            }
        }
        for (Match<Cue> c : s.cues) {
            if ((c.value() == Cue.FORCE || c.value() == Cue.RETALIATORY) && c.start() >= from && c.start() < to) { // "vowed retaliation"
                force = true;
                forceAfter = c.start() >= open.end() ? Math.min(forceAfter, c.start()) : forceAfter;
            }
        }
        for (Match<Cue> c : s.cues) {
            if (c.value() == Cue.AID && c.start() >= open.end() && c.start() < forceAfter) {
                return null; // "will continue our work to bolster their capacity to fight ISIS": another's fight, helped
            }
        }
        return force ? open : null;
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

    /** The sentence opens with "It" or "They" as the subject of what it reports. */
    private static boolean opensWithItOrThey(Sentence s) {
        return s.tok(s.from).is("it") || s.tok(s.from).is("they") || s.tok(s.from).is("he") || s.tok(s.from).is("she");
    }

    /** "first" or "third" for the first personal pronoun in the segment, else null. */
    private static String person(Sentence s, int seg, Match<Cue> cue) {
        for (int k = cue.start(); k < cue.end(); k++) {
            if (FIRST_PERSON.contains(s.tok(k).norm) && !s.tok(k).raw.equals("US")) {
                return "first"; // "It will continue at times and places of our choosing": the cue speaks for its author
            }
        }
        for (int k = s.segStart[seg]; k < s.segStart[seg + 1]; k++) {
            Token t = s.tok(k);
            if (FIRST_PERSON.contains(t.norm) && !t.raw.equals("US")) {
                return "first";
            }
            if (THIRD_PERSON.contains(t.norm) && k < cue.start()) {
                return "third"; // "They will strike back", not "will continue until the formations lay down their arms"
            }
        }
        return null;
    }

    /**
     * A threat is placed where its author's side fights in this article (the theatre it concerns),
     * not where the speech was made; but a revenge or punishment, with the author's other threats of
     * that day, where the author speaks from. A threat to retaliate with no named author is by the side
     * attacked in the last few sentences ("the groups targeted were threatening to retaliate").
     */
    void resolve() {
        // a revenge is promised where its author speaks from, when the author tells it ("Iran's supreme leader said Israel
        // would be punished": Iran), the guide's speaker's country, and so are the same author's other threats of that day
        List<String> authors = new ArrayList<>(reading.threats.size());
        Map<String, String> revengeHomes = new HashMap<>();
        for (ThreatDraft t : reading.threats) {
            String side = author(t);
            String home = speaksFrom(t, side);
            authors.add(side);
            if (t.date() != null && t.reprisal() && side != null && home != null) {
                revengeHomes.putIfAbsent(side + " " + t.date(), home);
            }
        }
        for (int i = 0; i < reading.threats.size(); i++) {
            ThreatDraft t = reading.threats.get(i);
            if (t.date() == null) {
                continue;
            }
            String side = authors.get(i);
            String alone = speaksFrom(t, side);
            if (side != null && !inAnIncident(side) && t.explicit() && alone != null) {
                // a story of a threat alone: where its author speaks from ("Russia threatened to strike ..."), else, for a
                // camp of many lands, where it says force will be used ("will target any vessel in the Red Sea")
                addThreat(t, side, t.threatened() != null ? t.threatened() : enemyOf(side), alone);
                continue;
            }
            if (side == null || !inAnIncident(side)) {
                continue; // an open threat is a signal only about a side already fighting in this story
            }
            String counterpart = null;
            List<String> countries = new ArrayList<>(2);
            for (Draft d : reading.drafts) {
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
                for (Draft d : reading.drafts) {
                    if (!d.referent && d.type != EventType.THREAT && (side.equals(d.actorSide) || side.equals(d.targetSide))
                            && !countries.contains(d.country)) {
                        countries.add(d.country);
                    }
                }
            }
            String home = revengeHomes.get(side + " " + t.date()); // else a threat to go on fighting is placed where the fighting is
            String enemy = enemyOf(side);
            String threatened = t.threatened() != null ? t.threatened() : Sides.armed(counterpart) || enemy == null ? counterpart : enemy;
            for (String country : home != null ? List.of(home) : countries) {
                addThreat(t, side, threatened, country);
            }
        }
    }

    /**
     * Whom a threat that names no one is against: the one enemy of its author (wars.tsv) the article names ("Pakistan would
     * respond at a time and place of its choosing": India), else, for a state, the armed group the article names most
     * ("the army would hunt down the perpetrators", in a story of jihadists).
     */
    private String enemyOf(String side) {
        String found = reading.namedEnemyOf(side);
        if (found == null && Sides.isState(side)) {
            found = Sides.armedGroupOf(reading.namedSides());
        }
        return side.equals(found) ? null : found;
    }

    /** The threat's author; for a revenge no one is named for, the side attacked lately (in a tit-for-tat, the one named last). */
    private String author(ThreatDraft t) {
        String side = t.actorSide();
        if (Sides.GOVERNMENT.equals(side)) {
            side = Sides.resolve(side, countryToldLast(t.sentence())); // "the army would hunt down the perpetrators": the state's
        }
        if (Sides.ARMED_GROUP.equals(side)) {
            side = Sides.armedGroupOf(reading.namedSides()); // "the rebels would march on to Bukavu": the group the article names
        }
        if (side == null && t.reprisal()) {
            for (Draft d : reading.drafts) {
                if (!d.referent && d.sentence <= t.sentence() && d.lastTouched >= t.sentence() - 3 && Sides.armed(d.targetSide)
                        && (side == null || !side.equals(t.lastNamedSide()))) {
                    side = d.targetSide;
                }
            }
        }
        return side;
    }

    /** The country of the last incident told up to a sentence: "the army" speaks for its state. */
    private String countryToldLast(int sentence) {
        String country = null;
        for (Draft d : reading.drafts) {
            if (!d.referent && d.type != EventType.THREAT && d.sentence <= sentence && d.country != null) {
                country = d.country;
            }
        }
        return country;
    }

    /** Where the author speaks from: its state's land, a place its phrase names, else where its group is based ("The Houthis"). */
    private String speaksFrom(ThreatDraft t, String side) {
        // a group based in one land speaks from there, wherever its threat points ("until the war in Gaza ends")
        String base = reading.dict.homeOf(t.actor());
        return Sides.speaksFrom(side) != null ? Sides.speaksFrom(side) : base != null ? base : t.where();
    }

    private boolean inAnIncident(String side) {
        for (Draft d : reading.drafts) {
            if (!d.referent && d.type != EventType.THREAT && (side.equals(d.actorSide) || side.equals(d.targetSide))) {
                return true;
            }
        }
        return false;
    }

    private void addThreat(ThreatDraft t, String side, String counterpart, String country) {
        for (Draft d : reading.drafts) {
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
        reading.drafts.add(d);
    }
}
