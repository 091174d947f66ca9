package dev.escalation.extract;

import dev.escalation.records.EventType;

import java.time.LocalDate;

/** An incident being assembled from one or more mentions; {@link Emitting} writes it out. */
final class Draft {
    EventType type;
    boolean strongType;
    /** Told by a loose verb in -ing ("after storming the building"): a part of an event its sentence names, not one of its own. */
    boolean partTold;
    /** Its clause tells a launch and nothing hit: "the DPRK launched eight ballistic missiles from various parts of the country". */
    boolean launchOnly;
    /** Told with "the", "this": possibly a retelling of an incident told before ("The air strikes were carried out ..."). */
    boolean definite;
    /** Typed a bombing only by a word of explosion ("an explosion", "a blast") or of bombing with no doer: what a strike also makes. */
    boolean blastOnly;
    /** Its sentence names civilians: a target of no side it leaves unnamed was theirs ("that have caused civilian casualties"). */
    boolean civiliansNamed;
    String country;
    String admin1;
    String location;
    LocalDate date;
    boolean explicitDate;
    /** Dated by a week, not a day ({@link Mention#weekDate}). */
    boolean weekDate;
    String actor;
    /** Fought on the ground: the actor's phrase ends in a word for people who fight on foot ("Eleven Taliban fighters"), or riots killed. */
    boolean onTheGround;
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
    /** Where the armed group the target names is based (homes.tsv), for an incident the text does not place. */
    String targetHome;
    /** The first token of the event word that last told it, in its sentence: whose are the dead counted after it. */
    int lastAnchor;
    /** The last sentence whose place-less mention merged into this one ("the attackers detonated explosives"). */
    int retoldAt = -1;
    /** History, a tally, a hypothetical or an undated cause: absorbs later mentions, never emitted. */
    boolean referent;
    /** The dictionary sides before the place resolved them ({@code @GOV}), for a draft placed at the end. */
    String rawActorSide;
    String rawTargetSide;
    /** The target names armed people ("U.S. troops"): its side's country says nothing of where they were hit. */
    boolean targetDeployable;
    /** Told with no place of its own and no incident nearby to complete: placed once the article is read. */
    boolean unplaced;
    /** For an unplaced draft told "in the western part of the country": the country the text named last before it. */
    String theCountry;
    /** Where an active event word with no target was told, for a target phrase read once the incident is kept. */
    Sentence told;
    int toldSeg;
    int toldAnchorEnd;
    /** The state whose spokesman tells the event ("..., U.S. Central Command said"), condemning it not. */
    String reporter;
    /** Told as another event than those before it (Mention.another): never merged into one of them. */
    boolean another;
    /** One of the days listed after an event word ("two airstrikes June 23 and 30"): the detail of a summary told before. */
    boolean listed;
    /** Told as the attack another one answers ("in retaliation for an attack on a base in Duhok on Wednesday"). */
    boolean fromCause;

    /** A verb of striking or bombing, no air strike named, by a side with no aircraft: "al-Shabaab struck again". */
    boolean struckWithoutAircraft() {
        return type == EventType.AIR_STRIKE && !strongType && Sides.withoutAircraft(actorSide != null ? actorSide : rawActorSide);
    }
}
