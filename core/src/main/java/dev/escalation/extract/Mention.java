package dev.escalation.extract;

import dev.escalation.extract.Sentence.Np;
import dev.escalation.records.EventType;

import java.time.LocalDate;

/**
 * One clause's event: what the clause says happened, before it is located and merged. {@link Triggers}
 * finds it, {@link Dating}, {@link Arguments} and {@link Retaliation} fill it in, {@link Events} tells it.
 */
final class Mention {
    int seg;
    /** The first event word of the group. */
    int anchor;
    /** The end of the first event word: its arguments follow it. */
    int anchorEnd;
    /** The event word that gives the type. */
    int typeStart;
    EventType type;
    boolean strong;
    boolean definite;
    /** "this attack": told again, never a new incident, whatever else the clause dates or places. */
    boolean demonstrative;
    LocalDate date;
    /** Dated "five days later" with nothing dated to count from. */
    boolean relativeUnresolved;
    boolean retaliation;
    String causeText;
    boolean causeVague;
    Np actor;
    Np target;
    /** A manned aircraft destroyed, told before the verb ("a Turkish F-4 Phantom jet destroyed on Friday"): the aircraft is the target. */
    boolean aircraftDowned;
    /** An aircraft brought down or destroyed, however told: with no owner named, its type may tell whose it was. */
    boolean aircraftLost;
    /** Ground taken ("captured the village of Ocheretyne"): its object is land, not whom the fight was against. */
    boolean capture;
    /** Told by violence no side is named for ("riots killed 20"): fought on the ground, whatever the city's attacks usually are. */
    boolean violence;
    /** Dated only by the day a source spoke ("..., the agency said on Tuesday"): a day a later telling may correct. */
    boolean spokenDate;
    /** Dated by a week ("last week", "earlier this week"): the middle day of it, which a day told later corrects. */
    boolean weekDate;
    /** Told as another event than those before it: "a similar air strike", "Israel also assassinated", "Earlier, ...". */
    boolean another;
    /** One item of a list of places and days: an incident of its own even when the list's noun is plural. */
    boolean listed;

    /** The same event at one item of a list of places and days: "...; in Azare on Nov. 7". */
    Mention listedAt(int itemSeg, LocalDate day) {
        Mention m = new Mention();
        m.seg = itemSeg;
        m.anchor = anchor;
        m.anchorEnd = anchorEnd;
        m.typeStart = typeStart;
        m.type = type;
        m.strong = strong;
        m.date = day;
        m.actor = actor;
        m.target = target;
        m.listed = true;
        return m;
    }
}
