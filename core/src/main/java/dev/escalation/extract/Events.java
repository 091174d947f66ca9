package dev.escalation.extract;

import dev.escalation.extract.Dictionaries.Casualty;
import dev.escalation.extract.PhraseTrie.Match;
import dev.escalation.extract.Sentence.Np;
import dev.escalation.extract.Sentence.PlaceRef;
import dev.escalation.model.EventFamily;
import dev.escalation.records.EventType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

    /**
     * "Al Shabaab claimed responsibility, saying ...": a sentence that tells no event but a claim gives the
     * claimer to the incidents the last sentences told with no doer.
     */
    void claimed(int index, Sentence s) {
        Np claimer = Arguments.claimer(s);
        if (claimer == null || claimer.side == null || claimer.side.startsWith("@")) {
            return;
        }
        for (Draft d : reading.recentGroup(index)) {
            if (!d.referent && d.actorSide == null && d.type != EventType.THREAT && !claimer.side.equals(d.targetSide)) {
                d.actor = claimer.name != null ? claimer.name : s.span(reading.body, claimer.start, claimer.end);
                d.actorSide = claimer.side;
                d.rawActorSide = claimer.side;
            }
        }
    }

    /** Tells a dated, argued mention located at {@code places}; the incidents it starts or adds to join {@code touched}. */
    void tell(int index, Sentence s, Mention m, List<PlaceRef> places, List<Draft> touched) {
        // an attack told as the cause of another is an incident of its own when the text dates and places it
        boolean cause = s.causeSeg[m.seg];
        boolean referent = !m.listed && (Triggers.background(s, m) || (cause && (m.date == null || !Dating.hasDayDate(s, m.seg))));
        if (places.isEmpty()) {
            if (!referent) {
                Draft d = draft(index, s, m, null);
                Draft hit = recentCompatible(d);
                String named = hit == null ? null : speakersCountry(s);
                if (named != null && !named.equals(hit.country)) {
                    hit = null; // "Syria's defence ministry said an Israeli missile strike had hit a unit in the south of the country"
                }
                if (hit != null) {
                    merge(hit, d); // "the strikes killed 12", "Hezbollah said it had targeted an army post"
                    hit.retoldAt = index;
                    hit.lastAnchor = m.anchor;
                    touched.add(hit);
                } else if (d.type == EventType.INTERCEPTION) {
                    interceptAt(d, touched);
                } else if (reportedEvent(s, m)) {
                    d.unplaced = true; // "Azerbaijani forces attacked several points near the border": placed at the end
                    Np host = m.target == null ? null : Targets.host(s, m.target);
                    // "Iraqi military bases hosting U.S. personnel" are in Iraq, whoever they hold
                    d.theCountry = host != null && Sides.home(host.side) != null ? Sides.home(host.side) : theCountry(s);
                    d.date = d.date != null ? d.date : reading.defaultDay();
                    reading.drafts.add(d);
                    touched.add(d);
                }
            }
            return;
        }
        // "The strike came 12 days after a suicide car bomber killed 40": the day belongs to what it came after
        boolean anaphoric = anaphoric(s, m);
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
            // "This attack underscores the need for the accord reached in Algiers on March 1"; but "this missile strike
            // on the Kramatorsk train station", told nowhere before, is the news everyone knows
            if (hit == null && m.demonstrative && (m.target == null || antecedentAnywhere(d.type, null))) {
                continue;
            }
            if (hit == null && anaphoric) {
                if (compatible(d, true) != null || antecedentAnywhere(d.type, d.actorSide)) {
                    continue; // refers to an attack told before, elsewhere or as history
                }
            }
            if (hit != null) {
                merge(hit, d);
                hit.lastTouched = index;
                hit.lastAnchor = m.anchor;
                touched.add(hit);
                continue;
            }
            if (d.date == null) {
                d.date = reading.defaultDay();
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
     * Whether a mention with no place reports one event rather than referring to one or speaking of
     * attacks in general: no "this attack", no "the strikes" when one was told; a verb in the past
     * ("attacked", "have exchanged fire", not "is knocked out by"), or a noun the clause dates or
     * the sentence counts dead for ("the RSF's shelling resulted in the deaths of eight people").
     */
    /**
     * A definite mention with no day of its own, or tied to something else, may refer back to an attack told before ("the
     * attack"); one told as another is one more ("We also condemn Da'esh's attack on security personnel").
     */
    private static boolean anaphoric(Sentence s, Mention m) {
        return m.definite && !m.another && (m.date == null || Placing.linkedAfter(s, m));
    }

    private boolean reportedEvent(Sentence s, Mention m) {
        if (m.demonstrative || (anaphoric(s, m) && antecedentAnywhere(m.type, null)) || Triggers.demonstrativeIn(s, m.seg)) {
            return false; // "this airstrike killed one terrorist and destroyed one motorcycle"
        }
        // the group's verb tells the tense: "a grenade exploded at the hotel" opens with the weapon
        int verb = m.typeStart > m.anchor && s.seg(m.typeStart) == m.seg && s.isVerb(m.typeStart) ? m.typeStart : m.anchor;
        int answering = Triggers.answeringVerb(s, verb);
        verb = answering >= 0 ? answering : verb; // "responded by firing": the answer's tense
        verb = s.isVerb(verb) ? verb : verbCarrying(s, verb); // "U.S. Africa Command conducted an airstrike": the light verb's tense
        verb = s.isVerb(verb) ? verb : verbAfterWeapon(s, m); // "a grenade was thrown into a compound": the weapon opens the group
        verb = clauseVerbOfParticiple(s, verb); // "Azerbaijan launched operations on Tuesday, shelling Armenian positions"
        if (s.isVerb(verb)) {
            return s.tag(verb).equals("VBD") || s.tag(verb).equals("VBN") && !presentAux(s, verb);
        }
        // "On April 20, a grenade was thrown ...": a day that opens the sentence dates the clause right after it; and what a
        // statement condemns or is concerned about is the news ("deeply concerned about reports of attacks along the border")
        return (m.date != null && (Dating.hasDayDate(s, m.seg) || m.seg == 1 && Dating.opensWithDayDate(s))) || Casualties.countsDead(s)
                || Arguments.judgedBefore(s, m.anchor) || reportsOf(s, Math.min(m.typeStart, m.anchor));
    }

    /** "There have been reports of gunfire", "we continue to receive reports of sporadic gunfire": a security alert's news. */
    private static boolean reportsOf(Sentence s, int event) {
        for (int k = Math.max(s.from, event - 4); k + 1 < event; k++) {
            if (Arguments.reportsHad(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** The event verb a few words after a weapon that opens a mention ("a grenade was thrown"), else the anchor. */
    private static int verbAfterWeapon(Sentence s, Mention m) {
        int end = s.segStart[m.seg + 1];
        for (int k = m.anchorEnd; k < end && k <= m.anchorEnd + 3; k++) {
            if (s.isTrigger(k) && s.isVerb(k)) {
                return k;
            }
        }
        return m.anchor;
    }

    /** Verbs that carry an event noun: "conducted an airstrike", "carried out strikes", "staged an attack". */
    private static final Set<String> LIGHT_VERBS = Token.words("conducted", "carried", "launched", "staged", "mounted", "executed",
            "conducts", "carries", "launches", "stages", "mounts");

    /**
     * The verb that carries an event noun's tense: a light verb a few words before it ("conducted a collective
     * self-defense airstrike"), or the verb of death it was the means of ("civilians killed in an artillery
     * battle"); else the noun.
     */
    private static int verbCarrying(Sentence s, int noun) {
        for (int k = noun - 1; k >= s.from && k >= noun - 5 && s.seg(k) == s.seg(noun); k--) {
            if (LIGHT_VERBS.contains(s.tok(k).norm) && s.isVerb(k)) {
                return k;
            }
        }
        for (Match<Casualty> c : s.casualties) {
            boolean meansOf = c.end() + 1 < noun && noun - c.end() <= 3 && (s.tok(c.end()).is("in") || s.tok(c.end()).is("by"));
            if ((c.value() == Casualty.KILLED || c.value() == Casualty.INJURED) && meansOf && s.seg(c.start()) == s.seg(noun)
                    && s.isVerb(c.start())) {
                return c.start();
            }
        }
        return noun;
    }

    /** For a participle that opens a clause after a comma, the finite verb of the clause before it; else the verb itself. */
    private static int clauseVerbOfParticiple(Sentence s, int verb) {
        int seg = s.seg(verb);
        if (seg == 0 || !s.tag(verb).equals("VBG") || s.firstWord(seg) != s.tok(verb)) {
            return verb;
        }
        for (int k = s.segStart[seg] - 1; k >= s.segStart[seg - 1]; k--) {
            String tag = s.tag(k);
            if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")) {
                return k;
            }
        }
        return verb;
    }

    private static boolean presentAux(Sentence s, int verb) {
        for (int k = verb - 1; k >= s.from && k >= verb - Tagged.PASSIVE_REACH; k--) {
            Token t = s.tok(k);
            if (t.is("is") || t.is("are") || t.is("be") || t.is("am") || t.is("being")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two event words of different types in one sentence, each with its own words ("the ballistic
     * missile attack ... and a barrage of rocket attacks"), are two events the sentence tells apart;
     * so is an event told as another after one told before ("Last Saturday, a similar air strike"), in the same
     * sentence too ("An attack on Monday killed one civilian, while a second attack, on a village near Mora, was repelled").
     */
    private static boolean toldApart(Draft told, Draft m) {
        return told.sentence == m.sentence && told.strongType && m.strongType && told.type != m.type
                || m.another && (m.sentence > told.sentence || m.sentence == told.sentence && m.lastAnchor > told.lastAnchor);
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

    /**
     * Days listed after an event word, up to the next one ("air strikes May 25, two airstrikes June 23 and 30, two
     * airstrikes July 22 and 24, and one Aug. 14"): one incident per further day, of the event told before them.
     */
    void tellDated(int index, Sentence s, List<Mention> told, List<Draft> touched) {
        for (int i = 0; i < told.size(); i++) {
            Mention m = told.get(i);
            if (m.demonstrative || Triggers.background(s, m)) {
                continue; // "Since 2017, U.S. forces have conducted airstrikes June 23 and 30": history, whatever its days
            }
            int end = i + 1 < told.size() ? told.get(i + 1).anchor : s.to;
            DateMentions.Mention last = null;
            for (DateMentions.Mention d : s.dates) {
                if (d.start() < m.anchorEnd || d.end() > end || d.granularity() != DateMentions.Granularity.DAY || d.date() == null) {
                    continue;
                }
                if (last == null ? !d.date().equals(m.date) || s.seg(d.start()) != m.seg : !listGlueOnly(s, last.end(), d.start())) {
                    break; // the event's own day first, in its clause ("conducted joint strikes on Houthi targets ... in Yemen on
                    // January 11, January 22, February 3, and February 24"), then days joined to it as a list
                }
                if (last != null) {
                    tell(index, s, m.listedAt(m.seg, d.date()), Placing.places(s, m), touched);
                }
                last = d;
            }
        }
    }

    /** Words that join the items of a list of days, with counts: "23 and 30", "24, and one Aug. 14". */
    private static final Set<String> LIST_GLUE = Token.words(",", "and", "on", "another");

    private static boolean listGlueOnly(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.tok(k);
            if (!LIST_GLUE.contains(t.norm) && !Sentence.COUNTS.contains(t.norm) && !Sentence.isNumber(t)) {
                return false;
            }
        }
        return true;
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
     * last few sentences; else over the land its interceptor speaks from.
     */
    private void interceptAt(Draft m, List<Draft> touched) {
        // who intercepted: the doer, else the state that tells it ("The Israeli military said many of the projectiles were intercepted")
        Draft stopped = attackStoppedBy(m, 3);
        if (stopped != null) {
            m.country = stopped.country;
            m.date = m.date != null ? m.date : stopped.date;
            reading.drafts.add(m);
            touched.add(m);
            return;
        }
        String home = Sides.speaksFrom(m.actorSide);
        if (home != null) {
            m.country = home; // "Ukraine's air force said it shot down 20 of 25 Russian drones": air defences fire over their own land
            m.date = m.date != null ? m.date : reading.defaultDay();
            resolveSides(m);
            reading.drafts.add(m);
            touched.add(m);
        }
    }

    /** The incident a place-less mention refers to: the latest one it agrees with, told in the last few sentences. */
    private Draft recentCompatible(Draft m) {
        // "Russia launched 43 missiles. Air defenses downed 30": an interception told after an attack stops that attack, not an
        // interception told before it
        Draft attack = m.type == EventType.INTERCEPTION ? attackStoppedBy(m, 1) : null;
        for (int i = reading.drafts.size() - 1; i >= 0; i--) {
            Draft d = reading.drafts.get(i);
            if (!d.referent && d.type != EventType.THREAT && m.sentence - d.lastTouched <= 3 && compatibleWith(d, m) && !toldApart(d, m)
                    && (attack == null || d.lastTouched >= attack.lastTouched)) {
                return d;
            }
        }
        return null;
    }

    /**
     * The attack from afar an interception stops: the one told last within {@code window} sentences before it, by another
     * side than the interceptor (no side intercepts its own strike, nor the strike an attack answered); else null.
     */
    private Draft attackStoppedBy(Draft interception, int window) {
        String interceptor = interception.actorSide != null ? interception.actorSide : interception.reporter;
        Draft stopped = null;
        for (Draft d : reading.drafts) {
            if (!d.referent && !d.unplaced && !d.fromCause && interception.sentence - d.lastTouched <= window
                    && EventFamily.of(d.type) == EventFamily.REMOTE_VIOLENCE && (interceptor == null || !interceptor.equals(d.actorSide))
                    && (stopped == null || d.lastTouched >= stopped.lastTouched)) {
                stopped = d;
            }
        }
        return stopped;
    }

    /** Words of an explosion, which names no device: a strike explodes too. */
    private static final Set<String> BLASTS = Token.words("explosion", "explosions", "blast", "blasts", "exploded", "explosive");

    /** Who launches from the country after the event's "from" ("fired from southern Lebanon", "launched from Iraq"), or null. */
    private Dictionaries.Launcher launcherFrom(Sentence s, Mention m) {
        for (PlaceRef p : s.places) {
            if (p.start() <= m.anchor || s.seg(p.start()) != m.seg) {
                continue;
            }
            int k = Arguments.prevWord(s, p.start());
            while (k > s.from && (Sentence.DIRECTIONS.contains(s.tok(k).norm) || Sentence.DETERMINERS.contains(s.tok(k).norm))) {
                k = Arguments.prevWord(s, k);
            }
            if (s.tok(k).is("from")) {
                return reading.dict.launcherFrom(p.place().country());
            }
        }
        for (Np np : s.nps) {
            // "launched from Houthi-controlled territory": the side that holds the ground fired
            if (np.side != null && np.start > m.anchor && s.seg(np.start) == m.seg && s.tok(Arguments.prevWord(s, np.start)).is("from")
                    && np.end < s.to && Targets.OWNER_BY.contains(s.tok(np.end).norm)) {
                return new Dictionaries.Launcher(np.side, np.name != null ? np.name : s.span(reading.body, np.start, np.end));
            }
        }
        return null;
    }

    /** Words of a side's own armed undertaking: whoever falls in it fell attacking (not "an attack on a U.S. base"). */
    private static final Set<String> OPERATIONS = Token.words("operation", "operations", "offensive", "counteroffensive", "raid",
            "raids", "mission");

    /**
     * The side of those who fell in an operation against another side is the side that attacked: "One US service member was
     * killed Thursday during an operation against al-Shabaab". Not civilians, nor a side named only by its kind.
     */
    private void fellAttacking(Sentence s, Mention m, Draft d) {
        for (Np np : s.nps) {
            String side = np.victim && np.side != null && !np.side.startsWith("@") && np.end <= m.anchor && s.seg(np.start) == m.seg
                    ? Sides.resolve(np.side, d.country) : null;
            if (side != null && !"CIVILIAN".equals(side) && !side.equals(d.targetSide)) {
                d.actor = s.span(reading.body, np.start, np.end);
                d.actorSide = side;
                return;
            }
        }
    }

    /** Words of a launch, and of what a launch hit. */
    private static final Set<String> LAUNCHES = Token.words("launched", "launch", "launches", "launching", "fired", "firing", "fires");
    private static final Set<String> HITS = Token.words("struck", "strike", "strikes", "hit", "hits", "slammed", "landed", "fell",
            "destroyed", "damaged", "killed", "killing", "wounded", "injured", "targeted", "targeting", "against", "toward", "towards");
    private static final Set<String> AIMED = Token.words("at", "on");

    /** A clause that tells a launch and nothing hit or aimed at ("fired a ballistic missile into the sea on Thursday"). */
    private static boolean launchOnly(Sentence s, int seg) {
        boolean launch = false;
        for (int k = s.segStart[seg]; k < s.segStart[seg + 1]; k++) {
            boolean aimed = AIMED.contains(s.tok(k).norm) && k + 1 < s.to && !Dating.inDate(s, k + 1); // "on Mekelle", not "on Thursday"
            if (HITS.contains(s.tok(k).norm) || aimed) {
                return false;
            }
            launch |= LAUNCHES.contains(s.tok(k).norm);
        }
        return launch;
    }

    /** Words that say civilians were hit, whoever else was: "caused civilian casualties", "killed innocents". */
    private static final Set<String> CIVILIAN_WORDS = Token.words("civilian", "civilians", "innocents");

    /** Plain words of bombing, with no planted device ("car bomb", "roadside bomb", "suicide bombing" start otherwise). */
    private static final Set<String> BOMBING_WORDS = Token.words("bombing", "bombings", "bomb", "bombs");

    /** A mention as a draft incident at one place (null: none), its sides resolved for that place's country. */
    private Draft draft(int index, Sentence s, Mention m, PlaceRef place) {
        Draft d = new Draft();
        d.type = m.type;
        d.strongType = m.strong;
        d.another = m.another;
        d.listed = m.listed;
        d.partTold = !m.strong && s.tok(m.anchor).norm.endsWith("ing");
        d.definite = m.definite || m.demonstrative;
        d.launchOnly = launchOnly(s, m.seg);
        d.blastOnly = m.type == EventType.BOMBING && BLASTS.contains(s.tok(m.typeStart).norm);
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
        d.explicitDate = m.date != null && !m.spokenDate;
        d.weekDate = m.weekDate;
        d.onTheGround = m.violence;
        Np actorNp = m.actor;
        Np targetNp = m.target;
        if (actorNp != null && "CIVILIAN".equals(actorNp.side)) {
            // civilians do not strike: "at least 26 people have died in an airstrike" names the victims
            targetNp = targetNp == null ? actorNp : targetNp;
            actorNp = null;
        }
        if (actorNp != null) {
            d.actor = actorNp.name != null ? actorNp.name : s.span(reading.body, actorNp.start, actorNp.end);
            d.onTheGround |= Emitting.GROUND_FIGHTERS.contains(s.tok(actorNp.end - 1).norm);
            // "a military air strike on a village in Sagaing": the bare word before the event is the state's forces, as "the military" is
            Token bare = s.tok(actorNp.start);
            boolean bareForce = actorNp.side == null && actorNp.end - actorNp.start == 1 && theForceWord(bare)
                    && Character.isLowerCase(bare.raw.charAt(0)) && EventFamily.of(m.type) == EventFamily.REMOTE_VIOLENCE
                    && actorNp.end <= m.typeStart && m.typeStart - actorNp.end <= 1;
            String acted = Sides.GOVERNMENT.equals(actorNp.side) && theForces(s, actorNp) ? lastStateActor() : null;
            d.rawActorSide = acted != null ? acted : bareForce ? Sides.GOVERNMENT : actorNp.side;
        }
        Dictionaries.Launcher launcher = actorNp == null && EventFamily.of(m.type) == EventFamily.REMOTE_VIOLENCE
                && m.type != EventType.INTERCEPTION ? launcherFrom(s, m) : null;
        if (launcher != null) {
            d.actor = launcher.name(); // "about 40 rockets were fired from Lebanon": Hezbollah's
            d.rawActorSide = launcher.side();
        }
        if (d.rawActorSide == null && m.type == EventType.BOMBING
                && (s.tok(m.typeStart).is("suicide") || m.typeStart + 1 < s.to && s.tok(m.typeStart + 1).is("suicide"))) {
            d.rawActorSide = Sides.ARMED_GROUP; // "a suicide bomber killed 15 in N'Djamena's main market": one of the group the article names
        }
        if (targetNp != null) {
            d.target = words(s, targetNp);
            d.rawTargetSide = targetNp.side;
            d.targetDeployable = deployable(s, targetNp);
            d.targetHome = homeOf(s, targetNp);
        }
        resolveSides(d);
        if (d.actorSide == null && d.targetSide != null && targetNp != null && targetNp.afterTargetPrep
                && (d.type == EventType.ARMED_CLASH || d.type == EventType.OTHER) && OPERATIONS.contains(s.tok(m.anchor).norm)) {
            fellAttacking(s, m, d); // "One US service member was killed during an operation against al-Shabaab": the US's operation
        }
        if (d.type == EventType.BOMBING && BOMBING_WORDS.contains(s.tok(m.typeStart).norm)
                && (Sides.isState(d.actorSide) || "SAUDI_COALITION".equals(d.actorSide))) {
            d.type = EventType.AIR_STRIKE; // "the regime's bombing of civilians", "Pakistani jets' bombing": states bomb from the air
        }
        if (s.tok(m.typeStart).is("bombed") && d.struckWithoutAircraft()) {
            d.type = EventType.BOMBING; // and men with no aircraft who "bombed a police station" planted the bomb
        }
        // "a hospital was hit by repeated bombing": with no doer and no device, what an air strike told beside it also is
        d.blastOnly |= d.type == EventType.BOMBING && d.actorSide == null && BOMBING_WORDS.contains(s.tok(m.typeStart).norm);
        for (int k = s.from; k < s.to && !d.civiliansNamed; k++) {
            d.civiliansNamed = CIVILIAN_WORDS.contains(s.tok(k).norm);
        }
        if (targetNp == null && !Voice.passive(s, m.anchor)) {
            d.told = s;
            d.toldSeg = m.seg;
            d.toldAnchorEnd = m.anchorEnd;
        }
        d.reporter = actorNp == null ? Arguments.reporter(s) : null; // only a strike with no doer named asks who reported it
        d.retaliation = m.retaliation;
        d.causeText = m.causeText;
        d.causeVague = m.causeVague || m.causeText == null;
        d.evidence = s.text;
        d.sentence = index;
        d.lastTouched = index;
        d.lastAnchor = m.anchor;
        return d;
    }

    /** "the army", "the military": a definite force with no owner named. */
    private static boolean theForces(Sentence s, Np np) {
        return np.end - np.start == 2 && s.tok(np.start).is("the") && theForceWord(s.tok(np.start + 1));
    }

    private static boolean theForceWord(Token t) {
        return t.is("army") || t.is("military");
    }

    /**
     * The state whose forces acted last in the article: "the army" after "Israeli jets struck ... in southern
     * Lebanon" is Israel's, not Lebanon's. Null when no state has acted yet ("the army" is then where it fights).
     */
    private String lastStateActor() {
        for (int i = reading.drafts.size() - 1; i >= 0; i--) {
            Draft d = reading.drafts.get(i);
            if (!d.referent && Sides.isState(d.actorSide)) {
                return d.actorSide;
            }
        }
        return null;
    }

    /** The sides for the draft's country ("government forces" are that country's); a side never targets itself. */
    private static void resolveSides(Draft d) {
        d.actorSide = d.actor == null ? null : Sides.resolve(d.rawActorSide, d.country);
        d.targetSide = d.target == null ? null
                : d.rawTargetSide == null ? Sides.militaryTargetIn(d.target, d.country) : Sides.resolve(d.rawTargetSide, d.country);
        if (d.actorSide != null && d.actorSide.equals(d.targetSide)) {
            d.target = null;
            d.targetSide = null;
        }
    }

    /**
     * Once the article is read, places the events told with no place of their own: an incident told
     * within the next sentences that agrees completes them ("... killing 49 soldiers. The attack hit
     * villages in Armenia's Syunik"); else they happened where the incident told in the few sentences
     * before happened, else where their target lives (a government's soldiers, a side that fights at
     * home), or where the article is, the country its places name most, or, for an event told with a day
     * or its dead, the country whose sides the article names most when they are not speaking (never the
     * doer's own). An event the article gives no place for is dropped.
     */
    void placeUnplaced() {
        Map<String, Integer> located = reading.locatedCountries();
        for (Draft u : List.copyOf(reading.drafts)) {
            if (!u.unplaced) {
                continue;
            }
            reading.drafts.remove(u);
            Draft later = placedAfter(u);
            if (later != null) {
                u.country = later.country;
                resolveSides(u); // "attacks on the Kosovo Police" are on the government of where they are placed
                merge(later, u);
                continue;
            }
            // not the doer's own country: "Russia launched 24 drones overnight" did not strike Russia
            String concerned = reading.concernedCountry(Sides.speaksFrom(u.rawActorSide));
            u.country = fallbackCountry(u, located, placedBefore(u), reading.datelineCountry, concerned);
            if (u.country == null && located.isEmpty()) {
                // "Statement Condemning Attacks in Northern Rakhine State", "Terrorist Attack in Egypt": a body that names no place
                // is set where its title is
                u.country = reading.headline.place();
            }
            if (u.country == null && Emitting.atShip(u)) {
                // "The Houthis said they had targeted the MSC Tavvishi container ship": at sea, off the coast its attacker holds
                u.country = reading.dict.homeOf(u.actor);
            }
            if (u.country == null) {
                continue;
            }
            u.unplaced = false;
            resolveSides(u);
            Draft same = compatible(u, false);
            if (same != null) {
                merge(same, u);
            } else {
                reading.drafts.add(u);
            }
        }
    }

    /** Whether the dictionaries hold the two sides at war (wars.tsv). */
    private boolean atWarWith(String side, String other) {
        return other != null && reading.dict.enemies.getOrDefault(side, Set.of()).contains(other);
    }

    /**
     * Once the article is read: "militants", "one terrorist" are the non-state armed side the article
     * names most, as is the target a state's strike leaves unnamed; a foreign side's attack on an
     * uncontested country with no target named is on that state ("shelling in Armenia"); an interception with no target stops the attack told beside it, so its target
     * is that attack's author ("we helped Israel take down nearly all of the incoming drones").
     */
    void completeSides() {
        String named = Sides.armedGroupOf(reading.namedSides());
        for (Draft d : reading.drafts) {
            if (d.target == null && d.told != null && !d.referent && d.type != EventType.THREAT) {
                unnamedTarget(d); // the chunker reads only the incidents kept: it costs three times the tags
            }
            // a side that fights on its own soil or in a few countries is not the unnamed group of another country's
            // event: "rebels" in Chad are not the Sudanese "janjaweed militias" the article names as their allies
            String group = named != null && d.country != null && !Sides.fightsIn(named, d.country) ? null : named;
            if (group != null && d.actorSide == null && Sides.ARMED_GROUP.equals(d.rawActorSide) && !group.equals(d.targetSide)) {
                d.actorSide = group;
            }
            if (group != null && d.targetSide == null && Sides.ARMED_GROUP.equals(d.rawTargetSide) && !group.equals(d.actorSide)) {
                d.targetSide = group;
            }
            if (d.actor == null && d.actorSide == null && (reportsOwnStrike(d) || reportsStrikeOnItsEnemy(d))) {
                d.actorSide = d.reporter; // "... were killed in a precision strike in northwest Syria, U.S. Central Command said"
            }
            if (d.actor == null && d.actorSide == null && !d.referent && d.type != EventType.THREAT && d.type != EventType.INTERCEPTION) {
                // only when the text names no doer: "unidentified armed bandits attacked a village" keeps its unknown doer
                String doer = onlyDoerOf(d.type, d.country);
                d.actorSide = doer != null && !doer.equals(d.targetSide) ? doer : null; // a release's list of strikes: "Near Bayji, one strike struck ..."
            }
            // ... but not a state's attack on the land of its enemy (wars.tsv): a Ukrainian drone attack on a depot in Sochi
            // is on Russia, whatever group the article names
            if (group != null && d.targetSide == null && d.type != EventType.THREAT && d.type != EventType.INTERCEPTION
                    && Sides.isState(d.actorSide) && !atWarWith(d.actorSide, Sides.defenderOf(d.country))) {
                d.targetSide = group; // "U.S. forces conducted an airstrike near Jilib" in an article about al-Shabaab,
                // its doer named or found
            }
            if (d.target != null && d.targetSide == null && d.type != EventType.THREAT && d.type != EventType.INTERCEPTION) {
                String state = Sides.militaryTargetIn(d.target, d.country); // "killing four soldiers", "a police checkpoint"
                d.targetSide = state != null && !state.equals(d.actorSide) ? state : Sides.civilTargetIn(d.target, d.type);
            }
            if (d.targetSide == null && !d.referent && d.type != EventType.THREAT && d.type != EventType.INTERCEPTION
                    && d.civiliansNamed) {
                d.targetSide = "CIVILIAN"; // "indiscriminate shelling ... that have caused civilian casualties"
            }
            if ((d.target == null || Sides.theCountry(d.target)) && d.targetSide == null && d.actorSide != null
                    && d.type != EventType.THREAT && d.type != EventType.INTERCEPTION) {
                d.targetSide = Sides.stateAttackedIn(d.country, d.actorSide); // "rocket attacks into Northern Israel",
                // "Russia attacked the country overnight with 23 drones"
            }
            boolean unstatedMeans = d.type == EventType.ARMED_CLASH || d.type == EventType.OTHER && !d.strongType;
            if (unstatedMeans && d.targetSide == null && d.actorSide != null && !d.referent) {
                d.targetSide = reading.namedEnemyOf(d.actorSide); // "Russian forces launched a ground assault on Avdiivka": on Ukraine's
            }
            if (d.type == EventType.INTERCEPTION && d.actorSide == null && !d.referent) {
                d.actorSide = Sides.defenderOf(d.country); // "air defences destroyed 30 drones over the Kursk region": Russia's
            }
            if (d.type == EventType.INTERCEPTION && d.targetSide == null && !d.referent) {
                Draft attack = interceptedBy(d);
                if (attack != null) {
                    d.target = attack.actor;
                    d.targetSide = attack.actorSide;
                } else {
                    d.targetSide = reading.namedEnemyOf(d.actorSide); // "air defense destroyed 13 of the drones over the Belgorod region"
                }
            }
            if (d.type == EventType.INTERCEPTION && d.actorSide == null && d.targetSide != null && !d.referent) {
                d.actorSide = reading.namedEnemyOf(d.targetSide); // in contested Sudan, "air defences shot down" the RSF's drones: the army's
            }
            if (d.type == EventType.INTERCEPTION && d.actorSide == null && !d.referent) {
                // "Most were intercepted by the base's air defences", after rockets at a base of U.S. forces: the side attacked
                Draft attack = interceptedBy(d);
                if (attack != null && Sides.isState(attack.targetSide) && !attack.targetSide.equals(attack.actorSide)) {
                    d.actorSide = attack.targetSide;
                    d.target = attack.actor;
                    d.targetSide = attack.actorSide;
                }
            }
            if (d.actorSide == null && !d.referent && EventFamily.of(d.type) == EventFamily.REMOTE_VIOLENCE
                    && d.type != EventType.NAVAL_ATTACK) {
                String defender = Sides.defenderOf(d.country);
                String enemy = reading.namedEnemyOf(defender);
                boolean onDefender = d.targetSide == null || d.targetSide.equals(defender) || d.targetSide.equals("CIVILIAN");
                d.actorSide = onDefender ? enemy : null; // "drones damaged two businesses" in Voronezh, in an article about Ukraine's
            }
            if (d.actor == null && d.actorSide == null && !d.referent) {
                // "An air strike on a busy market in Togoga killed at least 51 people": where one side alone flies, its
                // (not on jihadists: the US strikes them too, in Yemen as in Nigeria)
                String flier = "JIHADIST".equals(d.targetSide) ? null : reading.dict.airPower(d.country, d.type, d.date);
                d.actorSide = flier != null && !flier.equals(d.targetSide) ? flier : null;
            }
            if (d.type == EventType.MISSILE_ATTACK && d.launchOnly && d.target == null && d.targetSide == null && !d.referent
                    && Sides.isState(d.actorSide) && d.country != null && d.country.equals(Sides.home(d.actorSide))) {
                // "the DPRK launched eight ballistic missiles from various parts of the country": a state's missiles that hit
                // nothing, launched at home, are a show of force against its enemy, not an attack
                d.type = EventType.THREAT;
                d.targetSide = reading.namedEnemyOf(d.actorSide);
            }
        }
    }

    /**
     * A state's military telling of a strike from the air abroad, with no doer named, tells of its own: no
     * one else's strikes does it announce. At home it tells of the strikes it suffers.
     */
    private static boolean reportsOwnStrike(Draft d) {
        return (d.type == EventType.AIR_STRIKE || d.type == EventType.DRONE_ATTACK) && d.reporter != null && !d.referent
                && !d.reporter.equals(Sides.resolve(Sides.GOVERNMENT, d.country)) && !d.reporter.equals(d.targetSide);
    }

    /** "Ukraine's military intelligence agency said sea drones had sunk the Russian patrol ship": a side tells its blow at its enemy. */
    private boolean reportsStrikeOnItsEnemy(Draft d) {
        return d.reporter != null && d.targetSide != null && !d.referent
                && Sides.fromAfar(d.type) && reading.dict.enemies.getOrDefault(d.reporter, Set.of()).contains(d.targetSide);
    }

    /** The one side that does this kind of attack in the article, told or as background, or null when none or several do. */
    private String onlyDoerOf(EventType type, String country) {
        String doer = null;
        for (Draft d : reading.drafts) {
            // "Al-Shabab frequently carries out attacks in Mogadishu": a habit of untyped attacks there names the doer too
            boolean habit = d.referent && d.type == EventType.OTHER && !d.strongType && country != null && country.equals(d.country);
            if ((d.type == type || habit) && d.actorSide != null) {
                if (doer != null && !doer.equals(d.actorSide)) {
                    return null;
                }
                doer = d.actorSide;
            }
        }
        return doer;
    }

    /** "the July 7 attack on the Ministries of Interior": a target phrase the dictionaries do not know, and its owner if a state's. */
    private void unnamedTarget(Draft d) {
        int after = d.toldAnchorEnd;
        while (after < d.told.to && d.told.isTrigger(after)) {
            after++; // "a Houthi missile hit the True Confidence": the phrase follows the verb after the weapon
        }
        Np np = Targets.unnamed(d.told, d.toldSeg, after);
        if (np != null) {
            d.target = words(d.told, np);
            Np apposition = Targets.apposition(d.told, np.end);
            d.targetSide = d.targetSide != null ? d.targetSide
                    : apposition != null ? apposition.side : Sides.militaryTargetIn(d.target, d.country);
            if (Objects.equals(d.actorSide, d.targetSide)) {
                d.targetSide = null;
            }
        }
    }

    private Draft interceptedBy(Draft interception) {
        Draft best = null;
        for (Draft d : reading.drafts) {
            if (!d.referent && d != interception && EventFamily.of(d.type) == EventFamily.REMOTE_VIOLENCE && d.actorSide != null
                    && !d.actorSide.equals(interception.actorSide) && Objects.equals(d.country, interception.country)
                    && Math.abs(d.sentence - interception.sentence) <= 3
                    && (best == null || Math.abs(d.sentence - interception.sentence) < Math.abs(best.sentence - interception.sentence))) {
                best = d;
            }
        }
        return best;
    }

    /**
     * Once the article is read: an incident dated only by the publication or the lead ("condemns the
     * Boko Haram attack in Baga Sola") that a later sentence tells with its own day, in the same
     * country and on the same sides, is that event told first in summary.
     */
    void mergeToldFirstInSummary() {
        for (Draft u : List.copyOf(reading.drafts)) {
            if (u.referent || u.explicitDate || u.type == EventType.THREAT || u.country == null) {
                continue;
            }
            for (Draft d : reading.drafts) {
                if (d != u && !d.referent && !d.another && d.explicitDate && d.sentence > u.sentence && d.type != EventType.THREAT
                        && u.country.equals(d.country) && sameEventApartFromTheDay(d, u) && !longBefore(d, u)) {
                    merge(d, u);
                    reading.drafts.remove(u);
                    break;
                }
            }
        }
    }

    /**
     * A day weeks before the news is no summary's: "clashes ... continued in the Kokang region" are not "the Kokang
     * offensive (that) began February 9", five weeks before; but a summary's listed days are its own ("conducted air
     * strikes against AQAP in Shabwah ... These include two airstrikes June 23 and 30").
     */
    private static boolean longBefore(Draft dated, Draft undated) {
        return !dated.listed && dated.date != null && undated.date != null && dated.date.isBefore(undated.date.minusDays(7));
    }

    private static boolean sameEventApartFromTheDay(Draft d, Draft m) {
        return typesAgree(d, m) && agree(d.actorSide, m.actorSide) && agree(d.targetSide, m.targetSide) && agree(d.admin1, m.admin1);
    }

    /**
     * Whether two drafts' types may tell one event. One article rarely tells two attacks of one family on
     * one day in one region: "missiles" and "rockets" at the same base are two descriptions of one attack;
     * a bomb that went off and a strike are two, though an explosion with no device named may be the
     * strike's. An untyped attack agrees with any; and in one sentence, a loose verb in -ing tells a part
     * of the event the other word names: "the suicide bombing ..., when gunmen detonated explosives after
     * storming the governor's building".
     */
    private static boolean typesAgree(Draft d, Draft m) {
        return d.type == m.type || d.type == EventType.OTHER || m.type == EventType.OTHER
                || EventFamily.of(d.type) == EventFamily.of(m.type)
                    && ((d.type == EventType.BOMBING) == (m.type == EventType.BOMBING) || d.blastOnly || m.blastOnly)
                || d.sentence == m.sentence && (d.partTold || m.partTold || sameDoerOneWeak(d, m))
                || (d.lastTouched == m.sentence || d.retoldAt == m.sentence) && bombsAndGuns(d.type, m.type);
    }

    /** "al-Shabaab struck again on Thursday, ambushing a convoy": a verb that names no means, and an event the same doer told beside it. */
    private static boolean sameDoerOneWeak(Draft d, Draft m) {
        return (!d.strongType || !m.strongType) && d.actorSide != null && d.actorSide.equals(m.actorSide);
    }

    /**
     * "the attackers detonated explosives and opened fire": a sentence that tells (or retells) a
     * bombing and gunfire tells one complex attack, not a bombing and a clash.
     */
    private static boolean bombsAndGuns(EventType a, EventType b) {
        return a == EventType.BOMBING && b == EventType.ARMED_CLASH || a == EventType.ARMED_CLASH && b == EventType.BOMBING;
    }

    private Draft placedAfter(Draft u) {
        for (Draft d : reading.drafts) {
            // "conducted an airstrike on Mar. 10. The airstrike occurred near Ugunji": the later telling, dated only by
            // the article, takes the day the first gave
            // but never one in the doer's own country: "Russia attacked the country overnight" did not strike Belgorod
            if (!d.referent && !d.unplaced && d.type != EventType.THREAT && d.sentence > u.sentence && d.sentence - u.lastTouched <= 3
                    && !Objects.equals(d.country, Sides.speaksFrom(u.rawActorSide))
                    && (compatibleWith(d, u) || u.explicitDate && !d.explicitDate && sameEventApartFromTheDay(d, u))) {
                return d;
            }
        }
        return null;
    }

    /** The country of the latest incident placed in the few sentences before an unplaced one. */
    private String placedBefore(Draft u) {
        String country = null;
        for (Draft d : reading.drafts) {
            if (!d.referent && !d.unplaced && d.country != null && d.sentence <= u.sentence && u.sentence - d.lastTouched <= 3) {
                country = d.country;
            }
        }
        return country;
    }

    /** Words that refer back to a country already named: "in the western part of the country", "across the nation". */
    private static final Set<String> COUNTRY_NOUNS = Token.words("country", "nation", "capital");
    private static final Set<String> WITHIN = Token.words("in", "across", "throughout", "around", "of", "over");

    /** For "in the western part of the country", "the country's north": the country named last before the phrase; else null. */
    private String theCountry(Sentence s) {
        int k = countryNoun(s);
        if (k < 0) {
            return null;
        }
        String speaker = countrySpeaking(s, k);
        // "into an Ethiopian military base on the outskirts of the capital", in a story of Mogadishu: a capital is the
        // story's, named by a place, not by the flag of a force abroad
        boolean capital = s.tok(k).is("capital");
        return speaker != null ? speaker : Reading.countryNamedLast(s.placeMatches(), capital ? List.of() : s.actors, k, reading.lastCountry);
    }

    /** The country of "the country" when a body named by its country says it: "Syria's defence ministry said ... the country". */
    private String speakersCountry(Sentence s) {
        int k = countryNoun(s);
        return k < 0 ? null : countrySpeaking(s, k);
    }

    /** Where "the country" (or "the nation", "the capital") refers back to a country: its index, else -1. */
    private static int countryNoun(Sentence s) {
        for (int k = s.from + 1; k < s.to; k++) {
            boolean possessive = k + 1 < s.to && s.tok(k + 1).is("'s");
            if (COUNTRY_NOUNS.contains(s.tok(k).norm) && s.tok(k - 1).is("the")
                    && (possessive || k - 2 >= s.from && WITHIN.contains(s.tok(k - 2).norm))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Syria's defence ministry said an Israeli missile strike had hit a unit in the south of the country": a body named
     * by its country that speaks before the phrase tells of its own country, not of the attacker's.
     */
    private String countrySpeaking(Sentence s, int before) {
        for (Np np : s.nps) {
            if (np.speaker && np.end <= before && reading.dict.namesCountry(s.tok(np.start)) && Sides.speaksFrom(np.side) != null) {
                return Sides.speaksFrom(np.side);
            }
        }
        return null;
    }

    private static String fallbackCountry(Draft u, Map<String, Integer> located, String before, String dateline, String concerned) {
        if (u.theCountry != null) {
            return u.theCountry; // "more than 100 people have been killed ... in the western part of the country"
        }
        String targetHome = Sides.speaksFrom(u.rawTargetSide); // "a drone attack targeted the Kremlin"
        boolean targetAbroad = targetHome != null && !targetHome.equals(Sides.speaksFrom(u.rawActorSide));
        if (before != null && !(u.retaliation && targetAbroad)) {
            return before; // "60 Kenyan troops were killed in the clashes", after the attack in Somalia was told
        }
        String where = Reading.mostOf(located, country -> true);
        if (targetAbroad && u.targetDeployable && where != null) {
            return where; // troops may serve abroad: "attacked the Ethiopian and Somali troops", in an article set in Mogadishu
        }
        if (targetAbroad) {
            return targetHome; // and an answer strikes where the other side is: "Hezbollah responded by firing rockets at an Israeli military base"
        }
        if (u.targetHome != null) {
            return u.targetHome; // "An Israeli airstrike killed two Hezbollah commanders": where Hezbollah is
        }
        String actorHome = Sides.fightsAtHome(u.rawActorSide);
        if (actorHome != null) {
            return actorHome;
        }
        if (where != null) {
            return where;
        }
        if (dateline != null && !dateline.equals("US")) {
            return dateline; // "MOGADISHU, Somalia — A suicide car bomb exploded at a checkpoint": filed where it happened
        }
        // a government's forces with nowhere named fight at home: "Colombian army soldiers clashed with ELN guerrillas"
        String home = Sides.home(u.rawActorSide);
        boolean told = u.explicitDate || u.fatalities != null; // an event of its own, not "once destroyed" in an analysis
        return home != null || !told ? home : concerned; // "the attack this morning at Camp Hurriya", where the Government of Iraq investigates
    }

    /** Where the armed group a phrase names is based ("two Hezbollah commanders": Lebanon), or null. */
    private String homeOf(Sentence s, Np np) {
        for (PhraseTrie.Match<Dictionaries.Actor> a : s.actors) {
            if (a.start() >= np.start && a.end() <= np.end) {
                String home = reading.dict.homeOf(s.tokens, a.start(), a.end());
                if (home != null) {
                    return home;
                }
            }
        }
        return null;
    }

    /** Nouns of armed people, who may stand anywhere: their country says nothing of where they were hit. */
    private static final Set<String> DEPLOYABLE = Token.words("troops", "forces", "soldiers", "soldier", "personnel", "peacekeepers",
            "servicemen", "marines", "members", "convoy", "patrol", "contingent");

    /** Whether a target phrase names armed people: "U.S. troops", "the Ethiopian and Somali troops". */
    private static boolean deployable(Sentence s, Np np) {
        int head = np.end - 1;
        if (np.end + 2 < s.to && s.tok(np.end).is("and")) {
            head = np.end + 2; // a shared noun after a coordinated side: "the Ethiopian and Somali troops"
        }
        return DEPLOYABLE.contains(s.tok(head).norm);
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
            if (d.referent != referents || !Objects.equals(d.country, m.country) || d.type == EventType.THREAT) {
                continue;
            }
            if (compatibleWith(d, m)) {
                return d;
            }
        }
        return null;
    }

    private static boolean compatibleWith(Draft d, Draft m) {
        boolean typeOk = typesAgree(d, m);
        // "an Israeli strike hit a school ...; the Israeli military said it had targeted a Hamas command centre": in one
        // sentence, an untyped word by the same doer, or by none ("killing 20 people in the deadliest attack on the
        // city"), tells the same event, whatever side it gives the target
        boolean retold = d.sentence == m.sentence && (d.type == EventType.OTHER && (d.actorSide == null || d.actorSide.equals(m.actorSide))
                || m.type == EventType.OTHER && (m.actorSide == null || m.actorSide.equals(d.actorSide)));
        boolean sidesOk = agree(d.actorSide, m.actorSide) && (agree(d.targetSide, m.targetSide) || retold) && agree(d.admin1, m.admin1);
        // one incident may be dated a day apart by two sources ("early Friday", "on Thursday", US time);
        // two kinds of attack on two dates ("the Jan 28 drone attack", "overnight strikes") are two incidents
        // and one sentence that dates one of its tellings dates the other ("Militiamen killed at least 60 people, ..., in an
        // attack on a camp ... late on Tuesday")
        boolean oneSentenceOneDay = d.sentence == m.sentence && (!d.explicitDate || !m.explicitDate);
        boolean dateOk = m.date == null || d.date == null || oneSentenceOneDay
                || ((d.type != m.type && d.type != EventType.OTHER && m.type != EventType.OTHER && d.explicitDate)
                    ? d.date.equals(m.date) : Math.abs(d.date.toEpochDay() - m.date.toEpochDay()) <= 1)
                // "overran their base ... last week. The militants attacked before dawn on May 26": the week holds the day
                || (d.weekDate || m.weekDate) && Math.abs(d.date.toEpochDay() - m.date.toEpochDay()) <= 3;
        // "about 20 assailants were neutralized in air strikes carried out in pursuit of the attackers": an answer told after
        // an attack of another kind is not that attack (but "The air strikes were carried out in retaliation" may retell
        // the strikes told before)
        boolean answer = m.retaliation && !d.retaliation && m.sentence > d.sentence && m.type != d.type && !m.definite;
        // "... killed 20 villagers near Beni on Sunday. On Monday, gunmen attacked a market in Oicha": two towns on two days
        // (but "Baghdad International Airport" on Friday, local time, is in "Baghdad" on Thursday, US time; a region and a
        // town in it are two places: "strikes across the enclave" on Monday, "a strike on a tent in al-Mawasi" on Sunday)
        boolean elsewhere = d.sentence != m.sentence && d.explicitDate && m.explicitDate && !d.date.equals(m.date)
                && d.admin1 != null && m.admin1 != null && !within(d.location, m.location);
        return typeOk && sidesOk && dateOk && !answer && !elsewhere;
    }

    /** Whether one place's name holds the other's: the same place, or a place within it. */
    private static boolean within(String a, String b) {
        return a == null || b == null || a.contains(b) || b.contains(a);
    }

    /**
     * An incident told before that "the attacks" may be: of its family and, when both name one, of its
     * doer ("the Ukrainian attacks" are not Russia's); a null doer agrees with any.
     */
    private boolean antecedentAnywhere(EventType type, String actorSide) {
        for (Draft d : reading.drafts) {
            // "the Ukrainian attacks" refer to attacks, never to Ukraine's interceptions
            boolean attackOnInterception = d.type == EventType.INTERCEPTION && type != EventType.INTERCEPTION;
            if (d.type != EventType.THREAT && !attackOnInterception
                    && (d.type == type || type == EventType.OTHER || EventFamily.of(d.type) == EventFamily.of(type))
                    && agree(d.actorSide, actorSide)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two values agree, an unknown agreeing with anything. */
    static boolean agree(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    private static Integer max(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }

    private static void merge(Draft into, Draft m) {
        if ((into.type == EventType.OTHER && m.type != EventType.OTHER) || (!into.strongType && m.strongType)
                || into.blastOnly && !m.blastOnly && m.type != EventType.OTHER) { // "an explosion" that "a drone strike" caused
            into.type = m.type;
            into.strongType = m.strongType;
            into.blastOnly = m.blastOnly;
        }
        if (!into.explicitDate && m.explicitDate || into.weekDate && !m.weekDate && m.explicitDate) {
            into.date = m.date;
            into.explicitDate = true;
            into.weekDate = false;
        }
        if (into.admin1 == null && m.admin1 != null) {
            into.admin1 = m.admin1;
            into.location = m.location;
        } else if (into.location == null) {
            into.location = m.location;
        }
        // a doer known only as a kind ("terrorist attacks": the article's armed group, resolved later) is known too
        boolean kindOnly = into.actorSide == null && into.rawActorSide == null && m.actorSide == null
                && Sides.ARMED_GROUP.equals(m.rawActorSide) && !Sides.ARMED_GROUP.equals(into.rawTargetSide) && !Sides.nonState(into.targetSide);
        if ((into.actorSide == null && m.actorSide != null && !m.actorSide.equals(into.targetSide)) || kindOnly) {
            into.actor = m.actor;
            into.onTheGround = m.onTheGround;
            into.actorSide = m.actorSide;
            into.rawActorSide = m.rawActorSide;
        }
        // an event placed after its sentence was read brings the dead that sentence counted for it
        into.fatalities = max(into.fatalities, m.fatalities);
        into.injured = max(into.injured, m.injured);
        if (into.targetSide == null && m.targetSide != null && !m.targetSide.equals(into.actorSide)) {
            into.target = m.target;
            into.targetSide = m.targetSide;
            into.rawTargetSide = m.rawTargetSide;
        }
        if (m.retaliation && (!into.retaliation || (into.causeVague && !m.causeVague))) {
            into.causeText = m.causeText;
            into.causeVague = m.causeVague;
        }
        into.retaliation |= m.retaliation;
    }
}
