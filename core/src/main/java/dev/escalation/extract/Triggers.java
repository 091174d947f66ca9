package dev.escalation.extract;

import dev.escalation.extract.Dictionaries.Casualty;
import dev.escalation.extract.Dictionaries.Cue;
import dev.escalation.extract.Dictionaries.EventKind;
import dev.escalation.extract.Dictionaries.EventWord;
import dev.escalation.extract.PhraseTrie.Match;
import dev.escalation.extract.Sentence.Np;
import dev.escalation.model.EventFamily;
import dev.escalation.records.EventType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Event triggers: which event words of a clause report an event, and of what type. Adjacent event
 * words are one event ("fired more than a dozen ballistic missiles"), typed by the event or weapon
 * word before a generic verb. Intentions and habits ("to attack", "by targeting"), denials,
 * hypotheticals and threats are no events. Also says whether a mention refers back ("the strikes")
 * or is history or a tally ("since", "more than 40 attacks"), which {@link Events} keeps as referents.
 */
final class Triggers {
    /** Prepositions before which a gerund names a habit or a means, not an event: "by targeting", "in striking". */
    private static final Set<String> GERUND_PREPS = Token.words("in", "of", "for", "by", "at", "about", "from", "without", "on");
    /** Nouns that count weapons: "fired a barrage of rockets", "launched a swarm of drones". */
    private static final Set<String> QUANTITIES = Token.words("dozen", "dozens", "barrage", "salvo", "salvos", "volley", "volleys",
            "round", "rounds", "wave", "waves", "swarm", "series", "number", "hundreds", "scores", "handful", "pair");
    /** An indefinite article or a count within a few words before the word: "an improvised explosive device", "two bombs". */
    private static boolean indefinite(Sentence s, int word) {
        for (int k = word - 1; k >= s.from && k >= word - 3; k--) {
            Token t = s.tok(k);
            if (t.is("a") || t.is("an") || Sentence.isNumber(t) || Numbers.parse(s.tokens, k, word) != null) {
                return true;
            }
            if (!t.isWord() || Sentence.DETERMINERS.contains(t.norm)) {
                return false;
            }
        }
        return false;
    }

    /** A weapon after "with" later in the clause of a generic verb: the means of the attack. */
    private static Match<EventWord> weaponAfterWith(Sentence s, int seg, int after) {
        for (Match<EventWord> e : s.events) {
            if (e.value().kind() == EventKind.WEAPON && e.start() > after && s.seg(e.start()) <= seg + 2 && e.start() - after <= 15
                    && withBefore(s, e.start(), after)) {
                return e;
            }
        }
        return null;
    }

    /**
     * "with" right before the weapon, or before its article, count, names and adjectives: "with a ballistic missile",
     * "with 23 Iranian-made Shahed drones".
     */
    private static boolean withBefore(Sentence s, int weapon, int after) {
        int plain = 0;
        for (int k = weapon - 1; k >= after && k >= weapon - 6; k--) {
            Token t = s.tok(k);
            if (t.is("with") || t.is("by") || t.is("involving")) {
                return true; // and the passive's agent: "was hit by an explosive-laden drone boat"; "an attack involving 300 drones"
            }
            // "Iranian-made", "explosive-laden": the second half of a hyphenated modifier
            boolean compound = k - 1 >= after && s.hyphenated(k - 1, k);
            // "with Soviet-era jet drones", "with guided missiles": up to two plain words that name a kind
            boolean kind = t.isWord() && !t.capitalised() && plain++ < 2 && !Sentence.PREPOSITIONS.contains(t.norm) && !s.isTrigger(k);
            if (!(Sentence.isNumber(t) || Sentence.COUNTS.contains(t.norm) || Sentence.DETERMINERS.contains(t.norm) || t.capitalised()
                    || t.raw.equals("-") || compound || kind)) {
                return false;
            }
        }
        return false;
    }

    /** What a drone flown as an aircraft does: "a surveillance drone", "a reconnaissance UAV", "a spy drone". */
    private static final Set<String> WATCHING = Token.words("surveillance", "reconnaissance", "spy", "observation", "scout");

    /** Aircraft with people aboard: shooting one down is the guide's missile attack, not an interception. */
    private static final Set<String> AIRCRAFT = Token.words("jet", "jets", "plane", "planes", "aircraft", "airplane", "helicopter",
            "helicopters", "warplane", "warplanes", "airliner", "fighter", "bomber", "airliners", "gunship", "gunships", "flight");

    /**
     * A word of an aircraft, or a part of a military aircraft's designation: "one F-15E destroyed over Iran", "a Su-34", and the
     * drones flown as aircraft, "a U.S. MQ-9 Reaper" (not a one-way "Shahed-136", a munition).
     */
    private static boolean aircraftAt(Sentence s, int k) {
        if (AIRCRAFT.contains(s.tok(k).norm)) {
            return true;
        }
        for (Match<EventWord> e : s.events) {
            EventType type = e.value().type();
            Token first = s.tok(e.start());
            boolean designated = e.start() + 1 < e.end() && Sentence.isNumber(s.tok(e.start() + 1));
            boolean flown = type == EventType.AIR_STRIKE || (type == EventType.DRONE_ATTACK && first.raw.length() == 2
                    && first.raw.equals(first.raw.toUpperCase(java.util.Locale.ROOT)));
            // and "shot down a U.S. surveillance drone": an aircraft that watches, not a munition on its way
            boolean watching = type == EventType.DRONE_ATTACK && e.start() > s.from && WATCHING.contains(s.tok(e.start() - 1).norm);
            if (e.value().kind() == EventKind.WEAPON && (flown && designated || watching) && e.start() <= k && k < e.end()) {
                return true;
            }
        }
        return false;
    }

    /** An aircraft as the object of an interception verb, within a few words after it and before any drone or missile. */
    private static boolean aircraftDowned(Sentence s, Match<EventWord> verb) {
        if (Voice.passive(s, verb.start())) {
            // "13 police officers died when their helicopter was brought down": the aircraft is the passive's subject
            for (int k = verb.start() - 1; k >= s.segStart[s.seg(verb.start())] && k >= verb.start() - 4; k--) {
                if (aircraftAt(s, k)) {
                    return true;
                }
            }
        }
        for (int k = verb.end(); k < s.to && k <= verb.end() + 6; k++) {
            if (aircraftAt(s, k)) {
                return true;
            }
            for (Match<EventWord> e : s.events) {
                if (e.start() == k && e.value().kind() == EventKind.WEAPON && e.value().type() != EventType.AIR_STRIKE) {
                    return false; // "shot down a drone": an interception
                }
            }
        }
        return false;
    }

    /** Things stopped on their way that no air defence shoots at. */
    private static final Set<String> GOODS = Token.words("ballots", "ballot", "shipment", "shipments", "cargo", "consignment", "trucks",
            "truck", "vehicles", "vehicle", "convoy", "convoys", "boat", "boats", "dhow", "messages", "communications", "calls", "letters",
            "emails", "funds", "money", "smugglers", "migrants", "weapons", "arms", "drugs");

    /**
     * An interception verb whose object (or passive subject) within a few words is people or goods, with
     * no flying weapon or aircraft beside it: soldiers who intercept militants fight them on the ground.
     */
    private static boolean interceptedNoWeapon(Sentence s, int seg, Match<EventWord> verb) {
        int from = Math.max(s.segStart[seg], verb.start() - 6);
        int to = Math.min(s.segStart[seg + 1], verb.end() + 6);
        boolean stopped = false;
        for (int k = from; k < to; k++) {
            if (aircraftAt(s, k)) {
                return false;
            }
            stopped |= GOODS.contains(s.tok(k).norm);
        }
        for (Match<EventWord> e : s.events) {
            if (e.value().kind() == EventKind.WEAPON && e.start() >= from && e.start() < to) {
                return false;
            }
        }
        for (Match<Casualty> c : s.casualties) {
            stopped |= c.value() == Casualty.PERSON && c.start() >= from && c.start() < to;
        }
        return stopped;
    }

    /**
     * A manned aircraft just before a verb of destroying in the passive, its subject ("a Turkish F-4 Phantom
     * jet destroyed on Friday", "the helicopter was downed"); not the doer of an active one ("jets destroyed a
     * command centre").
     */
    private static boolean aircraftBefore(Sentence s, Match<EventWord> verb) {
        boolean noObject = verb.end() >= s.to || !s.tok(verb.end()).isWord() || Sentence.PREPOSITIONS.contains(s.tok(verb.end()).norm);
        for (int k = verb.start() - 1; k >= s.from && k >= verb.start() - 3; k--) {
            if (aircraftAt(s, k)) {
                return noObject || k < verb.start() - 1;
            }
            if (!Tagged.PASSIVE_AUX.contains(s.tok(k).norm)) {
                return false;
            }
        }
        return false;
    }

    /** Military ground one may take besides towns: "captured a military outpost", "seized the airport". */
    private static final Set<String> INSTALLATIONS = Token.words("outpost", "outposts", "checkpoint", "checkpoints", "garrison",
            "headquarters", "barracks", "positions", "airport", "airbase", "airfield", "bridge", "crossing");

    /** Verbs of a weapon thrown or set by hand: a bomb thrown or planted is no air strike. */
    private static final Set<String> THROWN = Token.words("thrown", "threw", "hurled", "lobbed", "planted");
    private static final Set<String> HAND_WEAPONS = Token.words("grenade", "grenades", "ied", "ieds", "device", "devices", "landmine",
            "landmines", "mine", "mines", "vest", "explosives");
    private static final Set<String> DESTROY = Token.words("destroyed", "destroying", "destroys", "downed");
    /** The words of an air defence, that destroys what flies: "air defenses destroyed 30 drones", "destroyed by air defence". */
    private static final Set<String> AIR_DEFENCE = Token.words("defence", "defense", "defences", "defenses");
    /** Untyped plural attack nouns: with an owner and no day they tell a habit. */
    private static final Set<String> PLURAL_ATTACKS = Token.words("attacks", "assaults");
    private static final Set<String> POSSESSIVES = Token.words("'s", "'", "its", "their");
    private static final Set<String> DEMONSTRATIVES = Token.words("this", "these", "that", "those");
    /** Words that may stand between a determiner and the event word in "the overnight US strikes". */
    static final Set<String> MODIFIERS = Token.words("overnight", "latest", "recent", "new", "fresh", "deadly", "retaliatory",
            "reported", "alleged", "suspected", "limited", "massive", "heavy", "further", "previous", "first", "second", "last",
            "weekend", "night", "evening", "morning", "'s", "air", "military", "lethal", "large", "huge", "major", "intense",
            "sustained", "coordinated", "combined", "renewed", "wide", "large-scale");

    private Triggers() {
    }

    /**
     * The events a clause reports: one per group of adjacent event words; an actor phrase between
     * two groups separates them ("That strike prompted US strikes").
     */
    static List<Mention> mentions(Sentence s, int seg) {
        List<Mention> out = new ArrayList<>(1);
        if (amongTheDead(s, seg) && eventBefore(s, seg)) {
            return out; // "Dozens were killed when insurgents stormed Palma, among them some who were ambushed": its dead, told again
        }
        List<Match<EventWord>> group = new ArrayList<>(3);
        int segFrom = s.segStart[seg];
        int segTo = s.segStart[seg + 1];
        for (Match<EventWord> e : s.events) {
            if (e.start() < segFrom || e.start() >= segTo || e.value().kind() == EventKind.BLOCK || notAnEvent(s, e)) {
                continue;
            }
            if (!group.isEmpty() && contentBetween(s, group.get(group.size() - 1).end(), e.start())
                    && !(incomplete(group) && e.start() - group.get(group.size() - 1).end() <= 3)) {
                addMention(s, seg, group, out);
                group = new ArrayList<>(3);
            }
            group.add(e);
        }
        if (!group.isEmpty()) {
            addMention(s, seg, group, out);
        } else {
            for (Match<EventWord> k : s.killings) {
                if (k.start() >= segFrom && k.start() < segTo) {
                    addMention(s, seg, List.of(k), out); // an event only where no other word tells one
                    break;
                }
            }
        }
        return out;
    }

    /** ", among them some | who were ambushed": an aside of "among" and the relative clause that goes on from it. */
    private static boolean amongTheDead(Sentence s, int seg) {
        Token first = s.firstWord(seg);
        boolean among = first != null && first.is("among") && s.aside(seg);
        boolean relative = first != null && (first.is("who") || first.is("whom")) && seg > 0 && s.firstWord(seg - 1) != null
                && s.firstWord(seg - 1).is("among") && s.aside(seg - 1);
        return among || relative;
    }

    private static boolean eventBefore(Sentence s, int seg) {
        for (int g = 0; g < seg; g++) {
            if (segHasTrigger(s, g)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A group that reports nothing yet (a weapon alone, an untyped verb alone) takes the next event
     * word within a few words despite what stands between: "aircraft continued dropping",
     * "dropping crude barrel bombs", "fired one anti-ship ballistic missile".
     */
    private static boolean incomplete(List<Match<EventWord>> group) {
        for (Match<EventWord> e : group) {
            EventWord w = e.value();
            if (w.kind() == EventKind.EVENT || (w.kind() == EventKind.GENERIC && w.type() != null)) {
                return false;
            }
        }
        boolean verb = group.stream().anyMatch(e -> e.value().kind() == EventKind.GENERIC);
        boolean weapon = group.stream().anyMatch(e -> e.value().kind() == EventKind.WEAPON);
        return !(verb && weapon);
    }

    /** What a raid that arrests is: police work ("detained in an early morning raid"). */
    private static final Set<String> ARRESTS = Token.words("detained", "arrested", "detains", "arrests", "detaining", "arresting");

    /** Words of firearms: fire opened on protesters is force, whoever it hit (a fire set is arson, no firearm). */
    private static final Set<String> FIREARMS = Token.words("fired", "firing", "shot", "shooting", "shootings", "gunfire",
            "bullets", "rounds", "ammunition", "gunmen", "snipers", "sniper");

    /**
     * A clash, a storming or an arson in a clause of protest or the clause beside it (an {@link Cue#UNREST} word), with no
     * one killed and no firearm in the sentence: "several injured in clashes with police in Moscow", "a mob stormed the
     * Capitol".
     */
    private static boolean unrest(Sentence s, Match<EventWord> e) {
        EventType type = e.value().type();
        if (type != null && type != EventType.ARMED_CLASH && type != EventType.OTHER) {
            return false;
        }
        int seg = s.seg(e.start());
        boolean protest = false;
        for (Match<Cue> c : s.cues) {
            protest |= c.value() == Cue.UNREST && Math.abs(s.seg(c.start()) - seg) <= 1;
        }
        if (!protest) {
            return false;
        }
        for (Match<EventWord> w : s.events) {
            EventType weapon = w.value().type();
            if (w.value().kind() == EventKind.WEAPON && s.seg(w.start()) == seg && weapon != null && weapon != EventType.ARMED_CLASH) {
                return false; // "improvised explosive devices have been launched by the hooded demonstrators": bombs, not unrest
            }
        }
        for (Match<Casualty> c : s.casualties) {
            if (c.value() == Casualty.KILLED) {
                return false;
            }
        }
        for (int k = s.from; k < s.to; k++) {
            boolean openedFire = s.tok(k).is("fire") && k > s.from && s.tok(k - 1).norm.startsWith("open");
            if (FIREARMS.contains(s.tok(k).norm) || openedFire) {
                return false;
            }
        }
        return true;
    }

    /** Nouns of a whole campaign, and verbs that tell how one fares. */
    private static final Set<String> CAMPAIGNS = Token.words("offensive", "counteroffensive", "campaign", "operation", "operations");
    private static final Set<String> FARES = Token.words("stalled", "stall", "stalls", "stalling", "slowed", "faltered", "faltering",
            "paused");

    /** A campaign noun whose own verb, a few words on in its clause, tells how it fares: "the offensive has stalled". */
    private static boolean campaignState(Sentence s, Match<EventWord> e) {
        if (!CAMPAIGNS.contains(s.tok(e.end() - 1).norm)) {
            return false;
        }
        int seg = s.seg(e.start());
        for (int k = e.end(); k < s.segStart[seg + 1] && k <= e.end() + 5; k++) {
            if (FARES.contains(s.tok(k).norm)) {
                return true;
            }
            if (s.isTrigger(k)) {
                return false;
            }
        }
        return false;
    }

    /** "to attack", "in striking", "by targeting": an intention or a habit, not an event. */
    private static boolean notAnEvent(Sentence s, Match<EventWord> e) {
        int seg = s.seg(e.start());
        if (amidFighting(s, e)) {
            return true; // "a mortar round fired amid clashes in Tripoli hit a house": the round's strike, the clashes its setting
        }
        if (!s.killings.isEmpty() && supporting(s, e.start())) {
            return true; // "troops backed by air strikes killed 11 members of the group": the troops' fight, the strikes its support
        }
        if (unrest(s, e)) {
            return true; // "demonstrators clashed with police, who responded with tear gas": civil unrest, no side's force
        }
        if (campaignState(s, e)) {
            return true; // "Ukraine's counteroffensive in Zaporizhzhia has stalled": how a campaign fares, no new use of force
        }
        for (Match<Cue> c : s.cues) {
            int k = c.start();
            if (s.seg(k) != seg) {
                continue;
            }
            if (c.value() == Cue.HAZARD && k < e.end() + 5) {
                return true; // "The flood destroyed bridges and roads", "miners trapped by an explosion"
            }
            if (c.value() == Cue.PRESSURE && k >= e.end() && (k - e.end() <= 4 || s.tok(k - 1).is("with") || s.tok(k - 2).is("with"))) {
                return true; // "hit with sanctions", "targeted ten individuals with travel bans"
            }
        }
        if (s.tok(e.start()).norm.startsWith("raid")) {
            for (int k = s.segStart[seg]; k < s.segStart[seg + 1]; k++) {
                if (ARRESTS.contains(s.tok(k).norm)) {
                    return true; // "detained in an early morning raid": an arrest
                }
            }
        }
        if (e.start() > s.from && (s.tok(e.start()).is("fighting") || s.tok(e.start()).is("battling"))
                && GERUND_PREPS.contains(s.tok(e.start() - 1).norm)) {
            return true; // "a key role in fighting in Syria and Iraq": a career, not a clash
        }
        if (e.end() - e.start() == 2 && s.tok(e.start()).is("fighting") && s.tok(e.start() + 1).is("between")) {
            return !occurrenceFollows(s, e.end()); // "fighting between the army and M23 raged": told as it happened
        }
        if (e.end() < s.to && MODALS.contains(s.tok(e.end()).norm)) { // no verb has a modal after it: the word is a noun
            return true; // "the strikes would not deter them", "attacks could resume": what strikes might do, none told
        }
        if (e.value().kind() != EventKind.GENERIC || e.start() == s.from) {
            return false;
        }
        Token word = s.tok(e.start());
        Token before = s.tok(e.start() - 1);
        if (word.norm.startsWith("send") || word.is("sent")) {
            return !aimedAt(s, e.end()); // "sending around 100 drones towards Israel", not "sent missiles to Ukraine" (arms)
        }
        if (word.norm.startsWith("fir") && firedSkyward(s, e.end())) {
            return true; // "soldiers fired live rounds into the air to disperse the crowd": a warning, not an attack
        }
        if (e.value().type() == null || e.value().type() == EventType.OTHER) {
            if (NO_FORCE_DOERS.contains(before.norm) || abstractObject(s, e.end())) {
                return true; // "the campaign targeted young voters", "critics attacked the plan": words, not force
            }
        }
        boolean base = !word.norm.endsWith("s") && !word.norm.endsWith("ed") && !word.norm.endsWith("ing");
        boolean answer = answeringVerb(s, e.start()) >= 0;
        // "Pakistan attempted to strike a number of military stations": an attempt made is force used, if it failed; and so is force
        // carried on
        boolean done = e.start() - 2 >= s.from && DEEDS_BEFORE_TO.contains(s.tok(e.start() - 2).norm);
        return (before.is("to") && base && !done)
                || ((before.is("and") || before.is("or")) && base) // "to secure influence and attack Iran's enemies"
                || (word.norm.endsWith("ing") && GERUND_PREPS.contains(before.norm) && !answer); // not "responded by firing rockets"
    }

    private static final Set<String> AT = Token.words("at", "toward", "towards", "into", "against", "over");
    /**
     * Verbs of an attempt made or a deed carried on: what follows their "to" was done, whether or not it succeeded
     * ("attempted to strike", "U.S. military forces continued to attack ISIL terrorists in Syria today").
     */
    private static final Set<String> DEEDS_BEFORE_TO = Token.words("attempted", "tried", "continued");

    /** A preposition of aim within the words after a verb: "sending drones towards Israel". */
    private static boolean aimedAt(Sentence s, int after) {
        int end = Math.min(s.segStart[s.seg(Math.min(after, s.to - 1)) + 1], after + 8);
        for (int k = after; k < end; k++) {
            if (AT.contains(s.tok(k).norm)) {
                return true;
            }
        }
        return false;
    }

    /** "into the air", "in the air", "over the heads" within a few words after a verb of firing. */
    private static boolean firedSkyward(Sentence s, int after) {
        int end = Math.min(s.segStart[s.seg(Math.min(after, s.to - 1)) + 1], after + 6);
        for (int k = after; k + 2 < end; k++) {
            boolean air = (s.tok(k).is("into") || s.tok(k).is("in")) && s.tok(k + 1).is("the") && s.tok(k + 2).is("air");
            if (air || s.tok(k).is("over") && s.tok(k + 1).is("the") && s.tok(k + 2).is("heads")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MODALS = Token.words("would", "will", "could", "can", "might", "may", "should", "must");

    /** Doers of no force: what they "target" or "attack" is an audience or an argument. */
    private static final Set<String> NO_FORCE_DOERS = Token.words("campaign", "campaigns", "sanctions", "measures", "policy", "policies",
            "law", "laws", "bill", "programme", "program", "ads", "advertising", "advert", "adverts", "critics", "opponents", "lawmakers",
            "tariffs", "rules", "regulations", "report", "editorial", "investigation", "probe", "crackdown", "hackers", "hacker");
    /** Objects of no force: one "attacks" a plan or "targets" a rollout with words and money. */
    private static final Set<String> ABSTRACT_OBJECTS = Token.words("plan", "plans", "proposal", "proposals", "decision", "remarks",
            "comments", "statement", "rollout", "policy", "policies", "voters", "audience", "audiences", "consumers", "customers",
            "inflation", "deficit", "budget", "reforms", "reform", "record", "credibility", "idea", "ideas", "agenda");

    /** Whether the phrase after a generic verb names an abstract thing: "targeted a rollout of the vaccine", "attacked the plan". */
    private static boolean abstractObject(Sentence s, int after) {
        int end = s.segStart[s.seg(Math.min(after, s.to - 1)) + 1];
        for (int k = after; k < end && k <= after + 3; k++) {
            Token t = s.tok(k);
            if (ABSTRACT_OBJECTS.contains(t.norm)) {
                return true;
            }
            boolean modifier = Sentence.DETERMINERS.contains(t.norm) || !t.capitalised() && !Sentence.PREPOSITIONS.contains(t.norm)
                    && k + 1 < end && s.tok(k + 1).isWord();
            if (!t.isWord() || !modifier) {
                return false; // the object ends, or a preposition opens a place: "landed on a market"
            }
        }
        return false;
    }

    /** Verbs of answering whose "by" and gerund tell what was done: "responded by firing rockets". */
    private static final Set<String> RESPONSES = Token.words("responded", "retaliated", "reacted", "responds", "retaliates");

    /** The verb of answering before "by" and the gerund at {@code k} ("responded by firing rockets"), or -1. */
    static int answeringVerb(Sentence s, int k) {
        return k - 2 >= s.from && s.tok(k - 1).is("by") && RESPONSES.contains(s.tok(k - 2).norm) ? k - 2 : -1;
    }

    /** Verbs that tell a fight as it happened; "the fighting between X and Y has displaced thousands" tells none. */
    private static final Set<String> OCCURRENCE = Token.words("raged", "rages", "raging", "erupted", "erupts", "broke", "continued",
            "continues", "intensified", "escalated", "killed", "left", "resumed");

    private static boolean occurrenceFollows(Sentence s, int from) {
        int seg = s.seg(from);
        for (int k = from; k < s.segStart[seg + 1] && k < from + 20; k++) {
            if (OCCURRENCE.contains(s.tok(k).norm)) {
                return true;
            }
        }
        return false;
    }

    private static void addMention(Sentence s, int seg, List<Match<EventWord>> group, List<Mention> out) {
        Match<EventWord> event = null;
        Match<EventWord> weapon = null;
        Match<EventWord> generic = null;
        boolean untypedVerb = false;
        for (Match<EventWord> e : group) {
            EventWord w = e.value();
            if (w.kind() == EventKind.EVENT && event == null) {
                event = e;
            } else if (w.kind() == EventKind.WEAPON && weapon == null && !aircraftDestroyed(s, e)
                    && !(w.type() == EventType.NAVAL_ATTACK && e != group.get(0) && group.get(0).value().kind() == EventKind.GENERIC
                        && !byBefore(s, e.start()))) {
                // not "targeted a U.S. destroyer with a ballistic missile": the warship after the verb is what was hit; but
                // "was hit by a drone boat" names the means
                weapon = e;
            } else if (w.kind() == EventKind.GENERIC) {
                if (w.type() == null) {
                    untypedVerb = true;
                } else if (generic == null || generic.value().type() == EventType.OTHER && w.type() != EventType.OTHER) {
                    generic = e; // "a targeted military strike": the strike types it, not "targeted"
                }
            }
        }
        boolean weaponKilled = weapon != null && event == null && generic == null && !untypedVerb && killedBy(s, seg, weapon);
        untypedVerb |= weaponKilled; // "a bomb killed four soldiers", "Russian missiles killed three civilians"
        untypedVerb |= weapon != null && event == null && generic == null && usedAgainst(s, weapon);
        boolean killing = event == null && generic == null && weapon == null && !untypedVerb;
        boolean capture = killing && group.get(0).value().kind() == EventKind.CAPTURE;
        boolean nominalCapture = capture && group.get(0).value().type() != null; // "the taking of Masisi town", "the fall of Goma"
        String shipSeized = capture && !nominalCapture ? shipTaken(s, group.get(0)) : null; // "seized an Israel-linked cargo ship"
        boolean violence = killing && !capture && killedInViolence(s, seg, group.get(0).start());
        boolean shotAt = untypedVerb && weapon == null && (firedOnPeople(s, seg, group.get(group.size() - 1))
                || killedByArmedMen(s, group.get(group.size() - 1).end() - 1)); // "were killed by Boko Haram fighters"
        boolean told = violence || (nominalCapture ? groundTaken(s, group.get(0))
                : killing ? shipSeized != null && !seizedByAState(s, seg, group.get(0).start()) // "Armed pirates boarded and seized the MV Abdullah"
                        || killedByAnArmedSide(s, seg, group.get(0).start(), capture) && (!capture || groundTaken(s, group.get(0)))
                        || !capture && killedByArmedMen(s, group.get(0).end()) && Voice.passive(s, group.get(0).start())
                        || !capture && killedThereThatDay(s, seg, group.get(0).start())
                : event != null || generic != null || untypedVerb && (weapon != null || weaponAfterWith(s, seg, group.get(0).end()) != null
                        || firedOnAShip(s, seg, group.get(group.size() - 1)) || shotAt || hitByAnArmedSide(s, seg, group)));
        if (!told) {
            return;
        }
        int anchor = group.get(0).start();
        // "a drone launched by the Houthis exploded in central Tel Aviv": what exploded names the attack
        boolean flyingBlast = event != null && weapon != null && s.tok(event.start()).norm.startsWith("explod")
                && weapon.start() < event.start() && EventFamily.of(weapon.value().type()) == EventFamily.REMOTE_VIOLENCE;
        Match<EventWord> typed = event != null && !flyingBlast ? event : weapon != null ? weapon : generic != null ? generic : group.get(0);
        if (negated(s, seg, typed.start()) || negated(s, seg, anchor) || noneSuffered(s, seg, anchor)
                || hypothetical(s, seg, anchor) || threatenedBefore(s, seg, anchor)
                || denied(s, seg, anchor) && !partDenied(s, seg, anchor)) {
            return;
        }
        Mention m = new Mention();
        m.seg = seg;
        m.anchor = anchor;
        m.anchorEnd = group.get(0).end();
        m.typeStart = typed.start();
        m.capture = capture;
        m.violence = violence;
        // a killing no weapon types is an armed clash; ground is taken in battle, wherever it is
        m.type = capture ? (shipSeized == null ? EventType.ARMED_CLASH : TANKERS.contains(shipSeized) ? EventType.OTHER : EventType.NAVAL_ATTACK)
                : killing ? EventType.OTHER : typed.value().type();
        if (m.type == EventType.INTERCEPTION && event == typed && interceptedNoWeapon(s, seg, typed)) {
            return; // "were intercepted by Nigerian soldiers", "ballots were intercepted by militants": people and goods are stopped, not shot down
        }
        if (m.type == EventType.NAVAL_ATTACK && s.tok(typed.start()).is("hijacked")
                && (landOrAirVehicleAfter(s, typed.end()) || landOrAirVehicleBefore(s, typed.start()))) {
            m.type = EventType.ARMED_CLASH; // "BLA fighters hijacked a passenger train": taken by armed men, at no sea
        }
        if (m.type == EventType.INTERCEPTION && aircraftDowned(s, typed)) {
            m.type = EventType.MISSILE_ATTACK; // "Syria shot down a Turkish F-4 fighter jet": downing an aircraft is a missile attack
            m.aircraftLost = true;
        }
        EventType destroyed = event == null && generic != null ? destroyedWeapon(s, seg, generic) : null;
        if (destroyed == null && weapon != null && event == null && destroyedInFlight(s, group, weapon)) {
            destroyed = EventType.INTERCEPTION; // "Ten Ukrainian drones were destroyed over the Belgorod region"
        }
        if (destroyed == null && event == null && generic != null && DESTROY.contains(s.tok(generic.start()).norm)
                && byAirDefence(s, generic.end()) && Voice.passive(s, generic.start())) {
            destroyed = EventType.INTERCEPTION; // "18 of which were destroyed by air defence"
        }
        Match<EventWord> firedAt = group.get(0).value().kind() == EventKind.GENERIC ? group.get(0) : null;
        if (destroyed == null && event == null && firedAt != null && weapon != null && weapon.start() > firedAt.start()
                && EventFamily.of(weapon.value().type()) == EventFamily.REMOTE_VIOLENCE && airDefenceBefore(s, seg, firedAt.start())) {
            destroyed = EventType.INTERCEPTION; // "Iranian air defences fired at three small drones over Isfahan"
        }
        m.aircraftDowned = event == null && generic != null && DESTROY.contains(s.tok(generic.start()).norm) && aircraftBefore(s, generic);
        if (m.aircraftDowned) {
            m.aircraftLost = true;
            destroyed = EventType.MISSILE_ATTACK; // "a Turkish F-4 Phantom jet destroyed on Friday": a manned aircraft brought down
        }
        if (destroyed != null) {
            m.type = destroyed; // "destroyed two drones over the Belgorod region", "destroyed two Houthi UAVs in Houthi-controlled areas"
            m.typeStart = generic != null ? generic.start() : m.typeStart;
        }
        // a device a strike destroyed was its target, not its means: "one strike destroyed an ISIL vehicle-borne improvised explosive device"
        boolean deviceDestroyed = weapon != null && generic != null && weapon.start() >= generic.end()
                && destroyedBetween(s, generic.start(), weapon.start());
        // "a grenade was thrown into a compound", "a hand grenade landed near the president": no aircraft carries these
        boolean thrown = !deviceDestroyed
                && group.stream().anyMatch(e -> THROWN.contains(s.tok(e.start()).norm) || HAND_WEAPONS.contains(s.tok(e.end() - 1).norm));
        // but a device after the verb was struck, not dropped: "their armoured vehicle struck an improvised explosive device"
        boolean struckADevice = weapon != null && generic != null && weapon.start() >= generic.end() && !deviceDestroyed;
        // "a bomb ripped through a metro carriage": what tears through a place from inside was set off there
        boolean toreThrough = group.stream().anyMatch(e -> TORE.contains(s.tok(e.start()).norm));
        if (event == null && m.type == EventType.BOMBING && !thrown && !struckADevice && !toreThrough
                && (generic != null && generic.value().type() == EventType.AIR_STRIKE || untypedVerb && !weaponKilled)) {
            m.type = EventType.AIR_STRIKE; // bombs that hit, struck or were dropped came from the air; a planted bomb exploded
        }
        Match<EventWord> verb = generic != null ? generic : untypedVerb && weapon == null && !weaponKilled ? group.get(0) : null;
        // "pounded rebel-held districts with artillery and mortars": a verb of striking takes its means from "with" too
        boolean strikeVerbAlone = event == null && weapon == null && generic != null && generic.value().type() == EventType.AIR_STRIKE;
        Match<EventWord> with = m.type == null || (m.type == EventType.OTHER || strikeVerbAlone) && verb != null
                ? weaponAfterWith(s, seg, verb.end()) : null;
        if (with != null) {
            m.type = with.value().type(); // "attacked the Star Nasia, a bulk carrier, with missiles"
            m.typeStart = with.start();
        }
        if (m.type == null && shotAt) {
            // "a helicopter then fired on people as they tried to flee": from the air
            boolean fromTheAir = s.wordIn(AIRCRAFT, anchor - 10, anchor);
            m.type = fromTheAir ? EventType.AIR_STRIKE : EventType.ARMED_CLASH;
        }
        if (m.type == null) {
            m.type = EventType.OTHER; // "fired on a bulk carrier": no weapon named, a naval attack once its target is read (Emitting)
        }
        if (m.type == EventType.OTHER && !killing && firedFromPositions(s, seg, m.anchorEnd)) {
            m.type = EventType.SHELLING; // "the attack today from RDF and M23 positions on the Mugunga camp": fire from afar
        }
        // a ship taken names its event; a weapon after "with" is a stated weapon, whatever it hit
        m.strong = typed.value().kind() != EventKind.GENERIC && (!killing || shipSeized != null) || with != null;
        if ((m.type == EventType.ARMED_CLASH || m.type == EventType.BOMBING) && event == typed && heard(s, seg, group)) {
            m.type = EventType.OTHER; // "residents heard explosions and gunfire": the sound of an attack, of whatever kind it was
            m.strong = false;
        }
        m.definite = definite(s, typed.start());
        m.demonstrative = demonstrative(s, typed.start());
        m.another = another(s, seg, typed.start(), anchor);
        out.add(m);
    }

    /**
     * "JNIM fighters hit an army convoy near Djibo": an armed side that hits something, with no weapon
     * named, attacked it by unstated means; "hit out at" is words, "hit back" an answer told elsewhere.
     */
    private static boolean hitByAnArmedSide(Sentence s, int seg, List<Match<EventWord>> group) {
        int verb = group.get(0).start();
        if (group.size() > 1 || !s.tok(verb).is("hit") && !s.tok(verb).is("hits") || verb + 1 >= s.segStart[seg + 1]
                || s.tok(verb + 1).is("out") || s.tok(verb + 1).is("back") || Voice.passive(s, verb)) {
            return false;
        }
        Np subject = Arguments.subject(s, seg, verb);
        return subject != null && subject.side != null && !"CIVILIAN".equals(subject.side) && !subject.speaker
                && (subject.end == verb || Arguments.onlyInsertionsBetween(s, subject, verb));
    }

    private static final Set<String> LAND_OR_AIR_VEHICLES = Token.words("train", "trains", "plane", "planes", "aircraft", "airliner",
            "flight", "bus", "buses", "truck", "trucks", "lorry", "convoy", "car", "cars", "vehicle", "vehicles");

    /** "a passenger train hijacked by separatist militants": a train, a plane or a bus right before the participle. */
    private static boolean landOrAirVehicleBefore(Sentence s, int verb) {
        return verb > s.from && LAND_OR_AIR_VEHICLES.contains(s.tok(verb - 1).norm);
    }

    /** A train, a plane or a bus within a few words after the verb. */
    private static boolean landOrAirVehicleAfter(Sentence s, int after) {
        for (int k = after; k < s.to && k <= after + 4; k++) {
            if (LAND_OR_AIR_VEHICLES.contains(s.tok(k).norm)) {
                return true;
            }
        }
        return false;
    }

    /** "Houthi gunmen in a small boat fired on a bulk carrier": fire at a ship, whatever the weapon, is a naval attack (Emitting). */
    private static boolean firedOnAShip(Sentence s, int seg, Match<EventWord> verb) {
        return firedOn(s, seg, verb, Emitting.SHIP_WORDS);
    }

    /** People, what carries or shelters them and the posts they hold, which men fire on with guns when no weapon is named. */
    private static final Set<String> FIRED_ON_PEOPLE = Token.words("protesters", "protestors", "demonstrators", "crowd", "crowds",
            "civilians", "people", "villagers", "worshippers", "worshipers", "mourners", "students", "passengers", "residents",
            "soldiers", "troops", "police", "policemen", "officers", "fighters", "militants", "rebels", "insurgents", "guards",
            "convoy", "patrol", "checkpoint", "vehicle", "vehicles", "car", "bus", "motorists", "farmers", "fishermen", "journalists",
            "positions", "position", "posts", "post", "outpost", "outposts", "village", "villages");

    /** "Police fired on protesters", "soldiers fired at a crowd": with no weapon named, a shooting, an armed clash. */
    private static boolean firedOnPeople(Sentence s, int seg, Match<EventWord> verb) {
        return firedOn(s, seg, verb, FIRED_ON_PEOPLE);
    }

    /** "fired" with "on", "at" or "upon" and, a few words on in its clause, one of these words. */
    private static boolean firedOn(Sentence s, int seg, Match<EventWord> verb, Set<String> what) {
        int k = verb.end();
        int end = s.segStart[seg + 1];
        if (!s.tok(verb.start()).is("fired") || k >= end || !(s.tok(k).is("on") || s.tok(k).is("at") || s.tok(k).is("upon"))) {
            return false;
        }
        for (int i = k + 1; i < end && i <= k + 5; i++) {
            if (what.contains(s.tok(i).norm)) {
                return true;
            }
        }
        return false;
    }

    /** What ground fire comes from: "from M23 positions", "from Russian-held territory". */
    private static final Set<String> FIRING_GROUND = Token.words("positions", "position", "territory", "lines");

    /** An attack "from" positions or territory in the words after the event word: fired from afar. */
    private static boolean firedFromPositions(Sentence s, int seg, int after) {
        int end = s.segStart[seg + 1];
        for (int k = after; k < end && k < after + 8; k++) {
            if (s.tok(k).is("from")) {
                for (int j = k + 1; j < end && j <= k + 10; j++) {
                    if (FIRING_GROUND.contains(s.tok(j).norm)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * A verb of striking that opens a relative clause on an event noun tells that event, of the noun's
     * type: "the drone attack that struck a U.S. base" is no air strike.
     */
    static void typeOfAntecedent(Sentence s, Mention m, Mention before) {
        Token first = s.firstWord(m.seg);
        if (before != null && !m.strong && before.strong && before.seg == m.seg - 1 && first != null
                && (first.is("that") || first.is("which")) && s.segStart[m.seg] - before.anchorEnd <= 1) {
            m.type = before.type;
            m.strong = true;
        }
    }

    /**
     * Fighting told as the setting of a weapon's strike: "A shell fired during fighting in northern Myanmar landed in
     * Nansan", "a mortar round fired amid clashes ... hit a house". A clash word after "during" or "amid" (a word or two
     * between) where a weapon word stands before it in the sentence.
     */
    private static boolean amidFighting(Sentence s, Match<EventWord> e) {
        if (e.value().type() != EventType.ARMED_CLASH || e.value().kind() == EventKind.WEAPON) {
            return false;
        }
        boolean setting = false;
        for (int k = e.start() - 1; k >= s.from && k >= e.start() - 3; k--) {
            if (s.tok(k).is("during") || s.tok(k).is("amid") || s.tok(k).is("amidst")) {
                setting = true;
                break;
            }
            if (!s.tok(k).isWord()) {
                return false;
            }
        }
        if (!setting) {
            return false;
        }
        for (Match<EventWord> w : s.events) {
            if (w.value().kind() == EventKind.WEAPON && w.end() <= e.start() && w.value().type() != EventType.ARMED_CLASH) {
                return true;
            }
        }
        return false;
    }

    /** Participles of support before "by", and nouns of support before "of" or "from". */
    private static final Set<String> SUPPORTED = Token.words("backed", "supported", "aided", "assisted", "covered");
    private static final Set<String> SUPPORT = Token.words("support", "cover", "backing");

    /**
     * An event word told as the support of another's act: "backed by air strikes", "with the support of helicopter gunships",
     * "under the cover of artillery fire"; up to two words of its own phrase may come first ("backed by heavy artillery").
     */
    private static boolean supporting(Sentence s, int at) {
        for (int k = at - 1; k > s.from && k >= at - 3; k--) {
            Token t = s.tok(k);
            if (t.is("by") && SUPPORTED.contains(s.tok(k - 1).norm) || (t.is("of") || t.is("from")) && SUPPORT.contains(s.tok(k - 1).norm)) {
                return true;
            }
            if (!t.isWord() || Sentence.PREPOSITIONS.contains(t.norm)) {
                return false;
            }
        }
        return false;
    }

    /** Verbs of a blast that tears through a place: "tore through", "ripped through". */
    private static final Set<String> TORE = Token.words("tore", "tears", "tearing", "ripped", "rips", "ripping");

    /** Words that may stand between "by" and the armed men it names. */
    private static final Set<String> DOUBTED = Token.words("suspected", "unknown", "unidentified", "alleged", "armed");

    /**
     * "were killed by Boko Haram fighters", "was murdered by suspected separatists", "were abducted by gunmen": the men
     * after "by" (at {@code by}) are an armed side or armed men, and killed in the act told.
     */
    private static boolean killedByArmedMen(Sentence s, int by) {
        if (by >= s.to || !s.tok(by).is("by") || by - 3 >= s.from && s.tok(by - 2).is("been") && !s.tok(by - 3).is("had")) {
            return false; // "18 SDF members have been killed by Turkey" in the past month: a toll told in the perfect
        }
        int k = by + 1;
        while (k < s.to && (DOUBTED.contains(s.tok(k).norm) || s.tok(k).is("a") || s.tok(k).is("an"))) {
            k++;
        }
        for (Np np : s.nps) {
            if (np.start <= k && k < np.end) {
                return np.side != null && !"CIVILIAN".equals(np.side) || FORCES.contains(s.tok(np.end - 1).norm)
                        || ARMED_MEN.contains(s.tok(np.end - 1).norm);
            }
        }
        return k < s.to && (FORCES.contains(s.tok(k).norm) || ARMED_MEN.contains(s.tok(k).norm));
    }

    /** One or more armed men by a word for them, beyond {@link #FORCES}. */
    private static final Set<String> ARMED_MEN = Token.words("gunman", "attacker", "assailant", "militant", "separatists", "jihadists",
            "terrorists", "extremists", "pirates", "soldier", "policeman", "policemen", "sniper", "snipers", "militia", "militias");

    /** Forces no side is named for: "the army said it killed 20 militants". */
    private static final Set<String> FORCES = Token.words("army", "troops", "forces", "military", "soldiers", "police", "rebels", "fighters",
            "militiamen", "guerrillas", "gunmen", "militants", "insurgents", "attackers", "assailants", "bandits", "herdsmen", "kidnappers");

    /** Violence no one is named for: "Riots in Jos killed at least 20", "killed in intercommunal violence". */
    private static final Set<String> VIOLENCE = Token.words("riots", "rioting", "violence", "unrest");

    /** Verbs of putting a weapon to use. */
    private static final Set<String> USE = Token.words("used", "uses", "using", "employed", "employing", "deployed");
    /** Words that say at whom a weapon was put to use. */
    private static final Set<String> AT_WHOM = Token.words("against", "on", "at");

    /**
     * A weapon put to use at someone: "police used live bullets against protesters", "the army employed artillery on
     * rebel positions". The use and the aim together are the act; a weapon merely "used" ("drones used for surveillance")
     * is not.
     */
    private static boolean usedAgainst(Sentence s, Match<EventWord> weapon) {
        int k = weapon.start() - 1;
        while (k > s.from && k >= weapon.start() - 3 && !USE.contains(s.tok(k).norm) && s.tok(k).isWord()
                && !Sentence.PREPOSITIONS.contains(s.tok(k).norm)) {
            k--;
        }
        if (k < s.from || !USE.contains(s.tok(k).norm)) {
            return false;
        }
        for (int j = weapon.end(); j < s.to && j <= weapon.end() + 12; j++) {
            if (AT_WHOM.contains(s.tok(j).norm)) {
                return true;
            }
            if (s.tok(j).isPunct() && !s.tok(j).is(",") || s.tok(j).is("to") || s.tok(j).is("for")) {
                return false;
            }
        }
        return false;
    }

    /** A verb of killing a few words after the weapon, in its clause: the weapon killed. */
    private static boolean killedBy(Sentence s, int seg, Match<EventWord> weapon) {
        for (Match<EventWord> k : s.killings) {
            // "a bomb killed four soldiers", "an improvised explosive device that killed five police officers"
            // the relative clause of a weapon first told ("an explosive device that killed"); "the drone that killed Soleimani" is history
            boolean relative = seg + 1 < s.segments() && s.seg(k.start()) == seg + 1 && indefinite(s, weapon.start())
                    && (s.tok(s.segStart[seg + 1]).is("that") || s.tok(s.segStart[seg + 1]).is("which"));
            if (k.value().kind() == EventKind.KILLING && (s.seg(k.start()) == seg || relative) && k.start() >= weapon.end()
                    && k.start() - weapon.end() <= 3) {
                return true;
            }
        }
        return false;
    }

    /** A town, a base or a named place within a few words after a verb of taking ground: "seized the town of Rubaya", "captured Maungdaw". */
    private static boolean groundTaken(Sentence s, Match<EventWord> verb) {
        for (int k = verb.end(); k < s.to && k <= verb.end() + 3; k++) {
            if (Sentence.PLACE_NOUNS.contains(s.tok(k).norm) || INSTALLATIONS.contains(s.tok(k).norm) || s.overlapsPlace(k, k + 1)) {
                return true;
            }
        }
        // "captured the military regime's Western Command headquarters": an installation that heads a longer object
        for (int k = verb.end(); k < s.to && k <= verb.end() + 8 && (s.tok(k).isWord() || s.tok(k).is("'s")); k++) {
            if (INSTALLATIONS.contains(s.tok(k).norm)) {
                return true;
            }
            if (k > verb.end() && Sentence.PREPOSITIONS.contains(s.tok(k).norm)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The ship a verb of taking takes, as its word ("mv" for "M/V"), or null: "seized an Israel-linked
     * cargo ship", "boarded and seized the MV Abdullah".
     */
    private static String shipTaken(Sentence s, Match<EventWord> verb) {
        int reach = verb.end() + 4;
        for (int k = verb.end(); k < s.to && k <= reach; k++) {
            boolean prefix = k + 2 < s.to && s.tok(k + 1).raw.equals("/"); // "M/V", "M/T": three tokens
            String word = prefix ? s.tok(k).norm + s.tok(k + 2).norm : s.tok(k).norm;
            if (Emitting.SHIP_WORDS.contains(word)) {
                return word;
            }
            if (s.tok(k).raw.equals(",") && Sentence.OWNED.contains(s.tok(k - 1).norm)) {
                reach += 3; // "a British-owned, Japanese-operated cargo ship"
            } else if (!s.tok(k).isWord()) {
                return null;
            }
        }
        return null;
    }

    /** A tanker taken is the guide's tanker seizure (OTHER); any other ship taken is a naval attack. */
    private static final Set<String> TANKERS = Token.words("tanker", "tankers", "mt");

    /** Words after a flying weapon that say it was in flight when destroyed: "over the Red Sea", "launched by the Houthis". */
    private static final Set<String> IN_FLIGHT = Token.words("over", "launched", "fired", "inbound", "incoming", "approaching", "heading");

    /** A flying weapon, then "were destroyed" or "downed" in the passive, then a word of flight: "drones were destroyed over Belgorod". */
    private static boolean destroyedInFlight(Sentence s, List<Match<EventWord>> group, Match<EventWord> weapon) {
        EventType w = weapon.value().type();
        if (w != EventType.DRONE_ATTACK && w != EventType.MISSILE_ATTACK && w != EventType.ROCKET_ATTACK) {
            return false;
        }
        for (Match<EventWord> e : group) {
            if (e.start() > weapon.start() && DESTROY.contains(s.tok(e.start()).norm) && Voice.passive(s, e.start())
                    && (inFlight(s, e.end(), 3) || launchedBefore(s, weapon) && !onTheGround(s, e.end()))) {
                return true;
            }
        }
        return false;
    }

    /** "air defenses" between two words of one clause: "The drone was engaged by U.S. air defenses and destroyed". */
    private static boolean airDefenceBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (AIR_DEFENCE.contains(s.tok(k).norm) && s.tok(k - 1).is("air") && s.seg(k) == s.seg(to)) {
                return true;
            }
        }
        return false;
    }

    /** A flying weapon told before, in an earlier clause: "Russia attacked Ukraine with 47 Shahed drones, ..., adding that 44 drones were destroyed". */
    private static boolean launchedBefore(Sentence s, Match<EventWord> weapon) {
        for (Match<EventWord> e : s.events) {
            EventType t = e.value().type();
            if (e.end() <= weapon.start() && s.seg(e.start()) < s.seg(weapon.start()) && e.value().kind() == EventKind.WEAPON
                    && (t == EventType.DRONE_ATTACK || t == EventType.MISSILE_ATTACK || t == EventType.ROCKET_ATTACK)) {
                return true;
            }
        }
        return false;
    }

    /** Where weapons are struck standing: "destroyed on the ground", "destroyed at an airfield", "destroyed in a strike on a depot". */
    private static final Set<String> GROUND = Token.words("ground", "airfield", "airbase", "depot", "depots", "warehouse", "storage",
            "strike", "strikes", "launchers", "launcher");

    private static boolean onTheGround(Sentence s, int from) {
        for (int k = from; k < s.to && k <= from + 5; k++) {
            if (GROUND.contains(s.tok(k).norm)) {
                return true;
            }
        }
        return false;
    }

    /** "by air defence", "by Ukrainian air defences": the agent of a passive destroying is an air defence. */
    private static boolean byAirDefence(Sentence s, int after) {
        if (after >= s.to || !s.tok(after).is("by")) {
            return false;
        }
        for (int k = after + 1; k < s.to && k <= after + 4; k++) {
            if (AIR_DEFENCE.contains(s.tok(k).norm)) {
                return true;
            }
        }
        return false;
    }

    /** "by" before a phrase, past its article and modifiers: "by an explosive-laden drone boat". */
    private static boolean byBefore(Sentence s, int start) {
        for (int k = start - 1; k >= s.from && k >= start - 4; k--) {
            if (s.tok(k).is("by")) {
                return true;
            }
            if (s.tok(k).isPunct() && !s.tok(k).raw.equals("-")) {
                return false;
            }
        }
        return false;
    }

    /** "air defences" (or "anti-aircraft" fire) just before the verb, in its clause: they fire at what flies. */
    private static boolean airDefenceBefore(Sentence s, int seg, int verb) {
        for (int k = verb - 1; k >= s.segStart[seg] && k >= verb - 3; k--) {
            if (AIR_DEFENCE.contains(s.tok(k).norm) && k > s.from && s.tok(k - 1).is("air") || s.tok(k).norm.equals("anti-aircraft")) {
                return true;
            }
        }
        return false;
    }

    /** "heard explosions and gunfire", "gunfire was heard": a verb of hearing just before or after the event words. */
    private static boolean heard(Sentence s, int seg, List<Match<EventWord>> group) {
        int first = group.get(0).start();
        int last = group.get(group.size() - 1).end();
        for (int k = Math.max(s.segStart[seg], first - 3); k < Math.min(s.segStart[seg + 1], last + 3); k++) {
            if (s.tok(k).is("heard") || s.tok(k).is("hear")) {
                return true;
            }
        }
        return false;
    }

    /** A word of flight within {@code reach} tokens from {@code from}: "over the Red Sea", "launched by the Houthis". */
    private static boolean inFlight(Sentence s, int from, int reach) {
        for (int k = from; k < s.to && k <= from + reach; k++) {
            if (IN_FLIGHT.contains(s.tok(k).norm)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A flying weapon as the object of "destroyed": in flight ("over" a place, "launched" by someone,
     * or destroyed by air defences) it was intercepted; located on the ground ("in Houthi-controlled
     * areas of Yemen") it was struck where it stood. Null when the verb destroys no flying weapon.
     */
    private static EventType destroyedWeapon(Sentence s, int seg, Match<EventWord> verb) {
        if (!DESTROY.contains(s.tok(verb.start()).norm)) {
            return null;
        }
        for (Match<EventWord> weapon : s.events) {
            EventType w = weapon.value().type();
            boolean flying = w == EventType.DRONE_ATTACK || w == EventType.MISSILE_ATTACK || w == EventType.ROCKET_ATTACK;
            if (weapon.value().kind() == EventKind.WEAPON && flying && weapon.end() <= verb.start() && verb.start() - weapon.end() <= 8
                    && airDefenceBetween(s, weapon.end(), verb.start())) {
                return EventType.INTERCEPTION; // "The drone was engaged by U.S. air defenses and destroyed before it reached the base"
            }
        }
        for (Match<EventWord> weapon : s.events) {
            EventType w = weapon.value().type();
            if (weapon.value().kind() == EventKind.WEAPON && weapon.start() >= verb.end() && weapon.start() - verb.end() <= 6
                    && (w == EventType.DRONE_ATTACK || w == EventType.MISSILE_ATTACK || w == EventType.ROCKET_ATTACK)) {
                if (inFlight(s, weapon.end(), 6) || partOfLaunched(s, verb.end(), weapon.start())) {
                    return EventType.INTERCEPTION; // "destroyed 20 of the 25 drones": of those launched
                }
                for (int k = s.segStart[seg]; k < verb.start(); k++) {
                    if (AIR_DEFENCE.contains(s.tok(k).norm)) {
                        return EventType.INTERCEPTION; // "air defenses destroyed 30 drones"
                    }
                }
                for (Sentence.PlaceRef p : s.places) {
                    if (p.locative() && s.seg(p.start()) == seg && p.start() > weapon.end()) {
                        return EventType.AIR_STRIKE; // destroyed where it stood, on the ground
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Aircraft a verb of destroying takes as its object, a few words on: "destroyed aircraft and infrastructure" at a base
     * tells what was hit, not an air strike.
     */
    private static boolean aircraftDestroyed(Sentence s, Match<EventWord> weapon) {
        if (weapon.value().type() != EventType.AIR_STRIKE) {
            return false;
        }
        int seg = s.seg(weapon.start());
        return destroyedBetween(s, Math.max(s.segStart[seg], weapon.start() - 3), weapon.start());
    }

    /** A verb of destroying or damaging from a token up to the weapon it takes as its object. */
    private static boolean destroyedBetween(Sentence s, int from, int weapon) {
        for (int k = from; k < weapon; k++) {
            if (DESTROY.contains(s.tok(k).norm) || s.tok(k).norm.startsWith("damag")) {
                return true;
            }
        }
        return false;
    }

    /** "20 of the 25", "102 of 127": a part of the weapons launched, between the verb and the weapon. */
    private static boolean partOfLaunched(Sentence s, int from, int weapon) {
        for (int k = from; k + 1 < weapon; k++) {
            if (s.tok(k).is("of") && k > from && Sentence.isNumber(s.tok(k - 1))
                    && (Sentence.isNumber(s.tok(k + 1)) || s.tok(k + 1).is("the") && k + 2 < weapon && Sentence.isNumber(s.tok(k + 2)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Boko Haram fighters killed 30 villagers", "RSF kills 15": a verb of killing reports an event
     * when told in the past or the headline present with an armed side as its subject; "were killed"
     * and "killing 20" count the dead of an event another word tells.
     */
    private static boolean killedByAnArmedSide(Sentence s, int seg, int verb, boolean perfectCounts) {
        Np subject = Arguments.subject(s, seg, verb);
        boolean forces = !perfectCounts && subject != null && subject.side == null && FORCES.contains(s.tok(subject.end - 1).norm);
        boolean armed = subject != null && (subject.side != null && !"CIVILIAN".equals(subject.side) || forces);
        boolean reportsItsOwn = subject != null && subject.speaker && s.seg(subject.start) < seg; // "the army said it killed 20 militants"
        if (!armed || subject.speaker && !reportsItsOwn
                || subject.end < verb - 3 && !reportsItsOwn && !Arguments.onlyInsertionsBetween(s, subject, verb)
                    && !Arguments.onlyBeliefBetween(s, subject, verb) // "Armed men believed to be Fulani herders killed"
                    && !secondVerbOf(s, subject, verb) && !coordinatedUpTo(s, subject, verb) // "troops, backed by AU forces, killed"
                    && !participleBetween(s, subject, verb)) {
            return false;
        }
        String tag = s.tag(verb);
        boolean perfect = perfectCounts && verb > s.from && (s.tok(verb - 1).is("has") || s.tok(verb - 1).is("have") || s.tok(verb - 1).is("had"));
        boolean pluperfect = verb > s.from && s.tok(verb - 1).is("had"); // "the military said it had killed 11 militants"
        // a participle has no object: "ADF rebels killed at least 20 civilians", "M23 rebels captured the town of Sake" are
        // the past, whatever the tagger reads
        boolean adjacent = subject.end == verb || Arguments.onlyBeliefBetween(s, subject, verb)
                || s.nps.stream().anyMatch(np -> np.end == verb && np.start > subject.end
                && s.andBetween(subject.end, np.start)); // "Malian troops and Russian mercenaries killed"
        boolean withObject = adjacent && verb + 1 < s.to
                && (Numbers.BOUNDS.contains(s.tok(verb + 1).norm) || s.tok(verb + 1).is("at") || Numbers.parse(s.tokens, verb + 1, s.to) != null
                    || Sentence.DETERMINERS.contains(s.tok(verb + 1).norm) || Sentence.COUNTS.contains(s.tok(verb + 1).norm)
                    || s.overlapsPlace(verb + 1, verb + 2)); // "killed dozens of civilians"
        // "Russian troops advanced near Vovchansk and captured the village": a second verb shares the first one's past
        boolean secondPast = tag.equals("VBN") && secondVerbOf(s, subject, verb) && s.tag(subject.end).equals("VBD");
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBN") && (perfect || pluperfect || withObject) // ground taken: "M23 fighters have taken Goma"
                || secondPast;
    }

    /**
     * "IDF troops operating in southern Lebanon eliminated a cell", "gunmen riding motorcycles killed 12": a participle's
     * phrase of a few words, no verb of its own in the past, between the subject and its verb.
     */
    private static boolean participleBetween(Sentence s, Np subject, int verb) {
        int k = subject.end;
        if (verb - k > 8 || k >= verb || !s.tok(k).isWord() || !(s.tok(k).norm.endsWith("ing") || s.tok(k).norm.endsWith("ed"))
                || s.isTrigger(k) || !(s.tag(k).equals("VBG") || s.tag(k).equals("VBN"))) {
            return false;
        }
        boolean support = SUPPORTED.contains(s.tok(k).norm); // "troops backed by air strikes killed": the strikes are no verb
        for (int j = k + 1; j < verb; j++) {
            Token t = s.tok(j);
            if (!t.isWord() && !t.is("-") || s.isTrigger(j) && !support || t.is("and") || t.is("who") || t.is("that")) {
                return false;
            }
        }
        return s.seg(k) == s.seg(verb);
    }

    /** "Rwandan and Mozambican troops have recaptured": the subject goes on, by "and", up to the verb. */
    private static boolean coordinatedUpTo(Sentence s, Np subject, int verb) {
        for (Np np : s.nps) {
            if (np.start > subject.end && np.end <= verb && verb - np.end <= 2 && s.andBetween(subject.end, np.start)) {
                return true;
            }
        }
        return false;
    }

    /** A state's forces that take a ship enforce a law ("a U.S. naval ship captured vessels smuggling weapons"): no attack by itself. */
    private static boolean seizedByAState(Sentence s, int seg, int verb) {
        for (Np np : s.nps) {
            if (s.seg(np.start) == seg && np.end <= verb && verb - np.end <= 3 && Sides.isState(np.side)) {
                return true; // "a U.S. naval ship captured", "Iranian forces seized" is the subject's side
            }
        }
        return false;
    }

    /** "Nigerian troops rescued 15 hostages and killed eight bandits": the verb after "and" shares the subject's first verb. */
    private static boolean secondVerbOf(Sentence s, Np subject, int verb) {
        if (subject.end >= s.to || !s.tok(verb - 1).is("and") || verb - subject.end > 10 || !s.tag(subject.end).startsWith("VB")) {
            return false;
        }
        for (int k = subject.end; k < verb; k++) {
            if (s.tok(k).isPunct()) {
                return false; // no clause between: "troops rescued 15 hostages and killed", not "troops arrived, and gunmen killed"
            }
        }
        return true;
    }

    /**
     * "Two Israeli soldiers were killed in Gaza on Sunday": a passive killing told with a day and a
     * place in its clause, in a sentence that names no weapon or attack (that would be the event, the
     * dead its casualties), is an attack of unstated means. Tolls ("since", "so far") are history.
     */
    private static boolean killedThereThatDay(Sentence s, int seg, int verb) {
        boolean eventWord = s.events.stream().anyMatch(e -> e.value().kind() != EventKind.BLOCK);
        if (eventWord || verb == s.from || !Tagged.PASSIVE_AUX.contains(s.tok(verb - 1).norm)
                || !s.tok(verb).norm.equals("killed") || s.governing(seg, Cue.BACKGROUND) != null) {
            return false;
        }
        boolean day = false;
        for (DateMentions.Mention d : s.dates) {
            day |= s.seg(d.start()) == seg && d.granularity() == DateMentions.Granularity.DAY;
        }
        return day && (!Placing.locativeIn(s, seg).isEmpty() || Placing.inSidedPlace(s, seg));
    }

    /**
     * "Riots in Jos killed at least 20", "were killed in intercommunal violence": violence no side is
     * named for kills, and it is the event.
     */
    private static boolean killedInViolence(Sentence s, int seg, int verb) {
        if (s.tok(verb).norm.startsWith("result")) {
            // "the violence in the Bandiagara and Gao regions of Mali this past weekend, resulting in the deaths of more than
            // 100 civilians", "unrest since April 15, resulting in over 200 deaths": what resulted in deaths is the violence
            // the sentence told before
            boolean deaths = s.casualties.stream().anyMatch(c -> c.value() == Casualty.KILLED && c.start() > verb && c.start() - verb <= 6);
            return deaths && s.governing(seg, Cue.BACKGROUND) == null && s.wordIn(VIOLENCE, verb - 20, verb);
        }
        if (!s.tok(verb).norm.startsWith("kill") || s.governing(seg, Cue.BACKGROUND) != null) {
            return false;
        }
        for (int k = Math.max(s.segStart[seg], verb - 4); k < verb; k++) {
            if (VIOLENCE.contains(s.tok(k).norm)) {
                return s.tag(verb).equals("VBD"); // "riots killed", not "the violence has killed more than 1,000" (a toll)
            }
        }
        int k = verb + 1;
        if (verb == s.from || !Tagged.PASSIVE_AUX.contains(s.tok(verb - 1).norm) || k >= s.segStart[seg + 1] || !s.tok(k).is("in")) {
            return false;
        }
        for (int end = Math.min(k + 4, s.segStart[seg + 1]); ++k < end; ) {
            if (VIOLENCE.contains(s.tok(k).norm)) {
                return true;
            }
            if (!s.tag(k).startsWith("JJ") && !Sentence.DETERMINERS.contains(s.tok(k).norm)) {
                return false;
            }
        }
        return false;
    }

    /** A word between two event words that is not an actor, a preposition, an article or a number: another verb. */
    private static boolean contentBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.tok(k);
            if (spanStartCovering(s, k) < 0 && !Sentence.DETERMINERS.contains(t.norm) && !Sentence.PREPOSITIONS.contains(t.norm)
                    && !Numbers.BOUNDS.contains(t.norm) && !MODIFIERS.contains(t.norm) && Numbers.parse(s.tokens, k, to) == null
                    && !t.is("a") && !t.is("another") && !t.is("of") && !QUANTITIES.contains(t.norm)) {
                return true;
            }
        }
        return false;
    }

    /** "no Pakistani military facilities had been targeted": a passive whose subject is none. */
    private static boolean noneSuffered(Sentence s, int seg, int verb) {
        boolean none = false;
        for (int k = verb - 1; k >= s.segStart[seg] && verb - k <= 8 && !none; k--) {
            none = s.tok(k).is("no") || s.tok(k).is("none");
        }
        if (!none || !Voice.passive(s, verb)) {
            return false; // most clauses have no "no": the tagger is not asked
        }
        for (int k = verb - 1; k >= s.segStart[seg] && verb - k <= 8; k--) {
            if (s.tok(k).is("no") || s.tok(k).is("none")) {
                return true;
            }
            if (s.isVerb(k) && !Tagged.PASSIVE_AUX.contains(s.tok(k).norm) && !s.tok(k).is("had") && !s.tok(k).is("have")
                    && !s.tok(k).is("has")) {
                return false; // "said no one" belongs to another verb
            }
        }
        return false;
    }

    /** A negation just before the word, in its clause: "did not strike", "no attack". */
    static boolean negated(Sentence s, int seg, int at) {
        for (Match<Cue> c : s.cues) {
            if (c.value() == Cue.NEGATION && s.seg(c.start()) == seg && c.end() <= at && at - c.end() <= 2 && !s.andBetween(c.end(), at)) {
                return true; // not "would not deter them and vowed to keep firing": another verb after "and"
            }
        }
        return false;
    }

    private static boolean threatenedBefore(Sentence s, int seg, int anchor) {
        for (Match<Cue> c : s.cues) {
            if (c.value().threatens() && c.value() != Cue.THREAT_AGAINST && s.seg(c.start()) == seg && c.start() < anchor) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause has an event word. */
    static boolean segHasTrigger(Sentence s, int seg) {
        for (Match<EventWord> e : s.events) {
            if (s.seg(e.start()) == seg && e.value().kind() != EventKind.BLOCK) {
                return true;
            }
        }
        return false;
    }

    /** A place the event word's clause names as what it hit: "strikes on Iran", "attacks against Ukraine". */
    private static boolean placeAfter(Sentence s, Mention m) {
        for (Sentence.PlaceRef p : s.places) {
            if (p.start() > m.anchorEnd && s.seg(p.start()) == m.seg && s.targetPrep(p.start() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** History or a tally: "since", "previous", "last month", "more than 40 attacks", "a series of". */
    static boolean background(Sentence s, Mention m) {
        int segFrom = s.segStart[m.seg];
        int segTo = s.segStart[m.seg + 1];
        boolean coarse = false;
        boolean day = false;
        for (DateMentions.Mention d : s.dates) {
            if (d.start() >= segFrom && d.start() < segTo) {
                coarse |= d.granularity() == DateMentions.Granularity.COARSE;
                day |= d.granularity() == DateMentions.Granularity.DAY;
            }
        }
        if (Dating.pastPeriodOf(s, m)) {
            return true;
        }
        Match<Cue> history = s.governing(m.seg, Cue.BACKGROUND);
        if (history != null) {
            // "since the horrific attack yesterday in northern Israel": since a dated event, that event
            // ... but not since a day weeks past: "since the fighting erupted on April 15, violence has displaced millions"
            // ... and fighting that "has killed at least 27 people since Friday" goes on from a day this week
            boolean sinceDated = s.tok(history.start()).is("since") && (history.end() <= m.anchor || history.start() > m.anchorEnd) && day
                    && (m.date == null || s.published == null || !m.date.isBefore(s.published.minusDays(7)));
            if (!sinceDated && !sinceDaysAgo(s, m, history) && !sinceToday(s, history) && !pastFewDays(s, history)) {
                return true;
            }
        }
        boolean ofAMonth = Dating.monthOfRecord(s, m.anchor) != null; // "In October," in a year's record
        if (coarse && !day && !ofAMonth || inPastYear(s, m) || relativeToHistory(s, m) || !day && (warToll(s, m) || claimedOnly(s, m))) {
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
            if (coarse && !day && !ofAMonth) {
                return true;
            }
        }
        if (!day && (ownersAttacks(s, m) || habitualAttacks(s, m) || toldAsAHabit(s, m) || yearsAttacks(s, m) || kindJudged(s, m))) {
            return true;
        }
        // "a series of airstrikes Thursday in Sanaa", "conducted 12 strikes against ISIS in Syria on Monday", "a wave of strikes
        // on Iran early on Friday": a day and a place make the series one incident
        boolean oneDayOnePlace = day && (!Placing.locativeIn(s, m.seg).isEmpty() || placeAfter(s, m));
        // "A series of bombings in Baghdad and Khalis killed as many as 130 people": a series with its place and its dead
        // is the news of the day it is told
        oneDayOnePlace |= !Placing.locativeIn(s, m.seg).isEmpty() && s.casualties.stream()
                .anyMatch(c -> c.value() == Casualty.KILLED && c.start() > m.anchorEnd && s.seg(c.start()) == m.seg);
        for (Match<Cue> c : s.cues) {
            // "multiple bombs were detonated", "several missiles hit": a count of weapons is one attack, not a tally
            if ((c.value() == Cue.AGGREGATE || c.value() == Cue.KEPT_UP) && c.end() <= m.typeStart && (m.typeStart - c.end() <= 2 || eventList(s, c.end(), m.typeStart))
                    && !isWeapon(s, c.end()) && !oneDayOnePlace && !oneGoingOn(s, c, m)) {
                return true;
            }
        }
        if ((!m.strong || s.tok(m.typeStart).isWord()) && !oneDayOnePlace) {
            // a count of attacks is a tally: "more than 40 attacks", "at least five drone attacks"
            for (int k = Math.max(segFrom, m.typeStart - 3); k < m.typeStart; k++) {
                Numbers.Parsed n = Numbers.parse(s.tokens, k, m.typeStart);
                if (n != null && n.end() == m.typeStart && !isWeapon(s, m.typeStart) && !Dating.inDate(s, n.end() - 1)) { // "the March 19 airstrike": a day, no count
                    boolean bounded = k > segFrom && Numbers.BOUNDS.contains(s.tok(k - 1).norm);
                    return n.value() >= 4 || bounded;
                }
            }
        }
        return false;
    }

    private static final Set<String> CLAIM_NOUNS = Token.words("claim", "claims", "allegation", "allegations", "accusation",
            "accusations", "assertion", "assertions");

    /**
     * What a claim holds, which the text does not adopt: "questioned about their claims that their forces targeted the general"
     * (not "Russia claims that", a verb). Told with a day, the attack is the news and the claim its detail: "investigating
     * claims that the United States used white phosphorus bombs in an attack against Taliban militants on May 4".
     */
    private static boolean claimedOnly(Sentence s, Mention m) {
        for (int k = s.from; k + 1 < Math.min(m.typeStart, m.anchor); k++) {
            if (CLAIM_NOUNS.contains(s.tok(k).norm) && s.tok(k + 1).is("that") && s.seg(k + 1) == m.seg && s.tag(k).startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    /** Fighting that lasts, beside the wholes a toll is counted for (Casualties.WHOLES: war, conflict, violence ...). */
    private static final Set<String> LASTING = Token.words("fighting", "hostilities");

    /**
     * "Fighting between the forces of President Salva Kiir and ex-vice president Riek Machar has left more than 1,000
     * people dead": a toll in thousands of fighting that lasts, told with no day, is history; "heavy fighting in
     * Kachin state has killed 29 rebels" is news.
     */
    private static boolean warToll(Sentence s, Mention m) {
        String word = s.tok(m.typeStart).norm;
        if (!LASTING.contains(word) && !Casualties.WHOLES.contains(word)) {
            return false;
        }
        int segTo = s.segStart[s.seg(m.anchorEnd - 1) + 1];
        int k = Casualties.countsToDate(s, m.anchorEnd, segTo);
        for (int n = k + 2; k >= 0 && n < Math.min(k + 6, segTo); n++) {
            Numbers.Parsed count = Numbers.parse(s.tokens, n, segTo);
            if (count != null) {
                return count.value() >= 1000;
            }
        }
        return false;
    }

    /**
     * "the ongoing barrage of rocket attacks", "the ongoing terrorist attack on the town of Palma": one attack going on,
     * news, where "the ongoing attacks" are a tally. The head is the noun before an "of", else the event word. Not
     * when dated weeks back: "the ongoing fighting ... erupted Sept. 27" tells a war's start.
     */
    private static boolean oneGoingOn(Sentence s, Match<Cue> c, Mention m) {
        if (c.value() != Cue.KEPT_UP || m.date != null && s.published != null && m.date.isBefore(s.published.minusDays(7))) {
            return false;
        }
        int head = m.anchorEnd - 1;
        for (int k = c.end(); k < m.anchorEnd; k++) {
            if (s.tok(k).is("of")) {
                head = k - 1;
                break;
            }
        }
        String noun = s.tok(head).norm;
        return head >= c.end() && !(noun.endsWith("s") && !noun.endsWith("ss"));
    }

    /**
     * In a past year's record, attacks told in the plural with neither day nor month ("Terrorist attacks in Russia continued
     * to emanate from the ongoing unrest in the North Caucasus") are the year's, a tally, not one incident.
     */
    private static boolean yearsAttacks(Sentence s, Mention m) {
        if (!s.yearFramed || Dating.monthOfRecord(s, m.anchor) != null) {
            return false;
        }
        int from = Math.min(m.typeStart, m.anchor);
        int to = Math.min(s.segStart[m.seg + 1], Math.max(m.anchorEnd, m.typeStart + 1) + 3);
        for (int k = from; k < to; k++) {
            if (PLURAL_EVENTS.contains(s.tok(k).norm)) {
                return true; // "face frequent small arms and IED attacks": the phrase's head is plural
            }
        }
        return false;
    }

    /** Verbs and adjectives that judge, probe or ask for a kind of act, and the prepositions some of them take. */
    private static final Set<String> STANCES = Token.words("condemn", "condemns", "condemned", "condemning", "denounce",
            "denounces", "denounced", "investigate", "investigates", "investigated", "investigating", "linked", "tied",
            "called", "calls", "calling", "urged", "urges", "blamed", "accused", "responsible", "advocated", "justified");
    private static final Set<String> STANCE_PREPS = Token.words("for", "to", "of");

    /**
     * An undated kind of act, told in the bare plural after a word that judges, probes or asks for it: "Abbas condemned
     * rocket attacks against Israel", "called upon the authorities to investigate attacks on journalists", "is linked to car
     * bombings", "experts have called for limited nuclear strikes". No article, owner or number picks out one event.
     */
    private static boolean kindJudged(Sentence s, Mention m) {
        int head = m.typeStart;
        while (head + 1 < s.to && head < m.typeStart + 2 && !PLURAL_EVENTS.contains(s.tok(head).norm)) {
            head++; // "rocket attacks": the weapon types it, the noun after it is the head
        }
        if (!PLURAL_EVENTS.contains(s.tok(head).norm)) {
            return false;
        }
        int k = Math.min(m.anchor, head) - 1;
        for (int skipped = 0; k >= s.from && skipped < 2 && s.tok(k).isWord() && Character.isLowerCase(s.tok(k).raw.charAt(0))
                && !STANCES.contains(s.tok(k).norm) && !STANCE_PREPS.contains(s.tok(k).norm)
                && !Sentence.DETERMINERS.contains(s.tok(k).norm) && !POSSESSIVES.contains(s.tok(k).norm); skipped++) {
            k--; // "limited nuclear strikes", "car bombings"
        }
        if (k >= s.from && STANCE_PREPS.contains(s.tok(k).norm)) {
            k--; // "linked to", "called for", "accused of"
        }
        return k >= s.from && STANCES.contains(s.tok(k).norm);
    }

    /** Plural heads of an event phrase: "attacks", "bombings", "explosions". */
    private static final Set<String> PLURAL_EVENTS = Token.words("attacks", "assaults", "bombings", "explosions", "strikes",
            "airstrikes", "raids", "clashes", "ambushes");

    /** "Since this morning, thousands of rockets have been fired": since a time of the news day, the news. */
    private static boolean sinceToday(Sentence s, Match<Cue> since) {
        if (!s.tok(since.start()).is("since") || s.published == null) {
            return false;
        }
        for (DateMentions.Mention d : s.dates) {
            if (d.start() == since.end() && d.granularity() == DateMentions.Granularity.DAY && s.published.equals(d.date())) {
                return true;
            }
        }
        return false;
    }

    /** Spans of time short enough to be the news's own: "the past eight days", "the last week". */
    private static final Set<String> SHORT_SPANS = Token.words("days", "hours", "week", "weekend");
    private static final Set<String> PAST_SPANS = Token.words("past", "last");

    /**
     * "In the past eight days alone we have received reports on the killing of one journalist ... on August 14": a window
     * of a few days or a week is the span of the news, not history (a year, months or "the past" alone are).
     */
    private static boolean pastFewDays(Sentence s, Match<Cue> history) {
        if (!PAST_SPANS.contains(s.tok(history.end() - 1).norm)) {
            return false;
        }
        int k = history.end();
        Numbers.Parsed n = Numbers.parse(s.tokens, k, Math.min(s.to, k + 3));
        if (n != null) {
            if (n.value() > 14) {
                return false;
            }
            k = n.end();
        } else if (k < s.to && (s.tok(k).is("few") || s.tok(k).is("several"))) {
            k++;
        }
        // "the past eight days", "the last few days", "the past week"; not "the past days", no span said
        return k < s.to && SHORT_SPANS.contains(s.tok(k).norm) && (n != null || !s.tok(k).is("days") || k > history.end());
    }

    /**
     * "the attacks since January 4 on the oil terminals", "Russian attacks on Kharkiv since Saturday": attacks
     * since a day of the past week are this week's news, not history.
     */
    private static boolean sinceDaysAgo(Sentence s, Mention m, Match<Cue> since) {
        if (!s.tok(since.start()).is("since") || since.start() < m.anchorEnd || since.start() - m.anchorEnd > 4 || s.published == null) {
            return false;
        }
        for (DateMentions.Mention d : s.dates) {
            if (d.start() == since.end() && d.granularity() == DateMentions.Granularity.DAY && d.date() != null
                    && !d.date().isBefore(s.published.minusDays(7))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "To mark one year since the Oct. 7 attack, in which gunmen killed 1,200 people": a relative
     * clause tells more of the event it hangs on, so it is history when that event is.
     */
    private static boolean relativeToHistory(Sentence s, Mention m) {
        Token opener = s.firstWord(m.seg);
        if (opener == null || !(opener.is("which") || opener.is("whom")) || m.seg == 0) {
            return false;
        }
        for (int g = m.seg - 1; g >= 0; g--) {
            List<Mention> before = mentions(s, g);
            if (!before.isEmpty()) {
                return background(s, before.get(before.size() - 1));
            }
        }
        return false;
    }

    /**
     * "Cleared of killing seven in a bomb attack in 1998", "sentenced for the 2015 attacks": the event's own words put it in
     * a year before the article's.
     */
    private static boolean inPastYear(Sentence s, Mention m) {
        for (DateMentions.Mention d : s.dates) {
            boolean after = d.start() >= m.anchorEnd && d.start() - m.anchorEnd <= 2;
            boolean before = d.end() <= m.typeStart && m.typeStart - d.end() <= 2; // "the 2015 attacks on the Bataclan"
            if (d.granularity() == DateMentions.Granularity.COARSE && (after || before) && s.seg(d.start()) == m.seg
                    && s.published != null) {
                Integer year = DateMentions.year(s.tok(d.end() - 1));
                return year != null && year < s.published.getYear();
            }
        }
        return false;
    }

    /**
     * An undated "Al-Shabaab's attacks", "its attacks", "the Houthis' terrorist attacks": what a group
     * does, told to judge it ("are immoral", "have resulted in the displacement of"), not one event.
     */
    private static boolean ownersAttacks(Sentence s, Mention m) {
        if (m.type != EventType.OTHER || !PLURAL_ATTACKS.contains(s.tok(m.typeStart).norm)) {
            return false;
        }
        for (int k = m.typeStart - 1; k >= Math.max(s.from, m.typeStart - 2); k--) {
            if (POSSESSIVES.contains(s.tok(k).norm)) {
                return true;
            }
        }
        return false;
    }

    /** Adverbs of a habit: "has repeatedly targeted", "frequently attacks", "often suffers from attacks". */
    static final Set<String> HABIT_ADVERBS = Token.words("repeatedly", "frequently", "routinely", "regularly", "often");

    /** An undated event whose clause tells it as a habit: "The group has also repeatedly targeted Chinese nationals". */
    private static boolean toldAsAHabit(Sentence s, Mention m) {
        for (int k = s.segStart[m.seg]; k < s.segStart[m.seg + 1]; k++) {
            if (HABIT_ADVERBS.contains(s.tok(k).norm)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An undated plural after a gerund ("commands ISIS-K groups conducting attacks in Kabul",
     * "militias launching strikes on US bases"): what someone habitually does, not one event.
     */
    private static boolean habitualAttacks(Sentence s, Mention m) {
        if (!s.tok(m.typeStart).norm.endsWith("s") || m.typeStart - 1 < s.from) {
            return false;
        }
        for (int k = m.typeStart - 1; k >= Math.max(s.from, m.typeStart - 2); k--) {
            // the tagger only where a word in -ing stands before the noun
            if (s.tok(k).norm.endsWith("ing") && s.tag(k).equals("VBG")) {
                return !s.isTrigger(k);
            }
        }
        return false;
    }

    /** "multiple attacks, shootings and bombings": a list of nouns, an event word first, that one quantity word before it counts. */
    private static boolean eventList(Sentence s, int from, int to) {
        if (to - from > 8 || !s.isTrigger(from) || !(s.tok(to - 1).is("and") || s.tok(to - 1).is("or") || s.tok(to - 1).raw.equals(","))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = s.tok(k);
            boolean noun = t.isWord() && Character.isLowerCase(t.raw.charAt(0)) && !Sentence.PREPOSITIONS.contains(t.norm)
                    && !Sentence.DETERMINERS.contains(t.norm);
            if (!(t.raw.equals(",") || noun)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWeapon(Sentence s, int at) {
        for (Match<EventWord> e : s.events) {
            if (e.start() == at) {
                // "dozens of drone and missile attacks": a weapon joined to an event word counts attacks, not weapons;
                // "several explosions rocked Baghdad": what weapons did, counted, is one attack too
                boolean blasts = e.end() - e.start() == 1 && (s.tok(at).is("explosions") || s.tok(at).is("blasts"));
                return (e.value().kind() == EventKind.WEAPON || blasts) && !joinedToEvent(s, e.end());
            }
        }
        return false;
    }

    private static boolean joinedToEvent(Sentence s, int after) {
        if (after + 1 >= s.to || !(s.tok(after).is("and") || s.tok(after).is("or"))) {
            return false;
        }
        for (Match<EventWord> e : s.events) {
            if (e.start() == after + 1) {
                return e.value().kind() == EventKind.EVENT;
            }
        }
        return false;
    }

    /** "the strikes", "the US strikes", "these attacks": a reference to an incident already told. */
    private static boolean definite(Sentence s, int typeStart) {
        Token t = determiner(s, typeStart);
        return t != null && !t.is("a") && !t.is("an") && !t.is("another"); // "another barrage" is a new one
    }

    /** Whether a clause tells an incident again: "this airstrike", "these attacks" anywhere in it. */
    static boolean demonstrativeIn(Sentence s, int seg) {
        for (int k = s.segStart[seg]; k < s.segStart[seg + 1]; k++) {
            if (s.isTrigger(k) && demonstrative(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** "this attack", "these strikes": the incident just told, told again. */
    private static boolean demonstrative(Sentence s, int typeStart) {
        Token t = determiner(s, typeStart);
        return t != null && DEMONSTRATIVES.contains(t.norm);
    }

    /**
     * A cue of what did not (yet) happen that governs the event word: in a clause before it, or before it in its
     * own clause ("Iran could strike"); not after it ("a strike against militants preparing to launch a drone").
     */
    private static boolean hypothetical(Sentence s, int seg, int anchor) {
        Match<Cue> c = s.governing(seg, Cue.HYPOTHETICAL);
        // a drill is one wherever its clause says so: "fired artillery during drills near Lviv"
        return c != null && (before(s, c, seg, anchor) || DRILLS.contains(s.tok(c.end() - 1).norm));
    }

    /** Whether a governing cue comes before the event word: in a clause before its own, or before it in its own. */
    private static boolean before(Sentence s, Match<Cue> governing, int seg, int anchor) {
        return s.seg(governing.start()) < seg || governing.start() < anchor;
    }

    /** The last words of the cues of a drill ("war games", "military exercises"). */
    private static final Set<String> DRILLS = Token.words("drill", "drills", "exercise", "exercises", "rehearsal", "simulated", "games",
            "wargames");

    /** A denial that governs the event word's clause and comes before it: "Moscow denied that its troops had shelled the village". */
    static boolean denied(Sentence s, int seg, int anchor) {
        Match<Cue> c = s.governing(seg, Cue.DENIAL);
        return c != null && before(s, c, seg, anchor);
    }

    /** What is denied of an event, not the event: "denied responsibility for the attack", "denied any role in the strike". */
    private static final Set<String> PARTS_DENIED = Token.words("responsibility", "role", "involvement", "part", "link", "links",
            "connection", "hand", "complicity");

    /** Whether the denial is of a part in the event, or of its dead: a word of it a few words before the event word. */
    private static boolean partDenied(Sentence s, int seg, int anchor) {
        for (int k = Math.max(s.segStart[seg], anchor - 6); k < anchor; k++) {
            if (PARTS_DENIED.contains(s.tok(k).norm)) {
                return true;
            }
        }
        // "denying that civilians were killed in airstrikes carried out Sunday": the dead are denied, the strikes told
        for (Match<Casualty> c : s.casualties) {
            if (c.value() != Casualty.PERSON && c.end() < anchor && anchor - c.end() <= 4 && s.tok(c.end()).is("in")) {
                return true;
            }
        }
        return false;
    }

    /** Words before an event word that tell it is not one told before: "a similar air strike", "another attack". */
    private static final Set<String> OTHER_EVENT = Token.words("another", "similar", "separate");
    /** After "a" only: "a second attack" is another, "Boko Haram's third major attack on Bama" the one told. */
    private static final Set<String> ORDINALS = Token.words("second", "third", "fourth");

    /**
     * Whether the event is told as another than those before it: its phrase says so ("a similar air strike",
     * "in a separate attack"), its doer "also" did it ("Israel also assassinated"), or the sentence opens
     * with "Earlier," (before the news the article leads with), or the speaker "also" condemns it.
     */
    private static boolean another(Sentence s, int seg, int typeStart, int anchor) {
        for (int k = Math.max(s.segStart[seg], Math.min(typeStart, anchor) - 3); k < Math.min(typeStart, anchor); k++) {
            if (OTHER_EVENT.contains(s.tok(k).norm) || ORDINALS.contains(s.tok(k).norm) && k > s.from && s.tok(k - 1).is("a")
                    || s.tok(k).is("also") && s.isVerb(anchor)) {
                return true;
            }
        }
        for (int k = s.from; k + 1 < Math.min(typeStart, anchor); k++) {
            if (s.tok(k).is("also") && Arguments.judges(s.tok(k + 1).norm)) {
                return true; // "We also condemn Da'esh's attack on security personnel": one more attack condemned
            }
        }
        return s.tok(s.from).is("earlier") && s.from + 1 < s.to && s.tok(s.from + 1).raw.equals(",");
    }

    /** The determiner of the phrase the event word heads, or null. */
    private static Token determiner(Sentence s, int typeStart) {
        int k = typeStart - 1;
        int steps = 0;
        while (k >= s.from && steps++ < 6) {
            Token t = s.tok(k);
            if (Sentence.DETERMINERS.contains(t.norm) || t.is("'s") || t.is("that") && s.tag(k).equals("DT")) {
                return t; // "Israel's strikes" is as definite as "the strikes"; "said that Russian strikes" is no "that strike"
            }
            int skipTo = spanStartCovering(s, k);
            if (skipTo >= 0) {
                k = skipTo - 1;
            } else if (MODIFIERS.contains(t.norm) || s.isTrigger(k)) {
                k--;
            } else {
                return null;
            }
        }
        return null;
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
}
