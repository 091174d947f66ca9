package dev.escalation.extract;

import dev.escalation.records.Article;
import dev.escalation.records.EventType;
import dev.escalation.records.Feed;
import dev.escalation.records.Incident;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The incidents written out: every draft that is no referent and has a date and a country, in
 * the order first told, with its final type, a stable id (the same article coded twice gives the
 * same ids) and an explainable confidence.
 */
final class Emitting {
    /** What a ship is called: an attack on one is naval, and so is taking one (Triggers). */
    static final Set<String> SHIP_WORDS = Token.words("ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter",
            "freighters", "carrier", "carriers", "warship", "warships", "destroyer", "boat", "boats", "dhow", "dhows", "ferry", "ferries",
            "mv", "mt", "shipping");

    /** Who attacks on the ground: their unspecified attack is an armed clash. */
    static final Set<String> GROUND_FIGHTERS = Token.words("gunmen", "gunman", "fighters", "troops", "soldiers",
            "militiamen", "attackers", "assailants");

    private final Reading reading;

    Emitting(Reading reading) {
        this.reading = reading;
    }

    List<Incident> incidents() {
        List<Incident> out = new ArrayList<>();
        for (Draft d : reading.drafts) {
            if (!d.referent && d.date != null && d.country != null) {
                out.add(toIncident(d));
            }
        }
        return out;
    }

    /**
     * The type written out. A generic "attack" stays OTHER while mentions are merged (it agrees with
     * any weapon named later); if no weapon ever typed it, the headline's weapon types it (Headline),
     * else it is the guide's unspecified use of force: an attack on a ship is NAVAL_ATTACK (and so is
     * a ship struck or hit with no weapon named), any other an ARMED_CLASH (OTHER is for seizures, cable cuts and cyber attacks, which the
     * dictionaries do not type as attacks), unless who made it where says what such attacks are
     * (attacks-from-afar.tsv: Israel's in Lebanon, air strikes), or no state attacked men in arms or their posts (a fight on
     * the ground), or the city does (unspecified-attacks.tsv: in Kabul, a bombing).
     */
    private EventType finalType(Draft d) {
        boolean force = d.type != EventType.THREAT && d.type != EventType.INTERCEPTION;
        // "al-Shabaab struck again": a verb of striking by a side with no aircraft states no weapon
        boolean struckOnTheGround = d.struckWithoutAircraft();
        // "an explosion damaged a tanker": a blast names no device, and at a ship it is a naval attack
        boolean strong = d.strongType && !(d.blastOnly && atShip(d));
        if (strong || d.type != EventType.OTHER && !struckOnTheGround && (!force || !atShip(d))) {
            return d.type; // a strong OTHER was named so ("seized an oil tanker"); a weak one is an attack of no stated means
        }
        if (atShip(d)) {
            return EventType.NAVAL_ATTACK; // "Houthis struck the M/V Tutor": a verb of striking states no weapon
        }
        if (d.onTheGround) {
            return EventType.ARMED_CLASH; // "Eleven Taliban fighters attacked an airport": a ground assault, wherever it was
        }
        // the headline tells the story's event: not "an army assault two days before" the bombing it is about
        boolean storysDay = reading.lead == null || Math.abs(d.date.toEpochDay() - reading.lead.toEpochDay()) <= 1;
        EventType headline = storysDay ? reading.headline.typeFor(d.country) : null;
        if (headline != null) {
            return headline; // "Car bomb ramming attack kills dozens at military base": what the body calls "the attack"
        }
        EventType fromAfar = d.actorSide == null ? null : reading.dict.attackFromAfar(d.actorSide, d.country);
        if (fromAfar != null) {
            return fromAfar; // "the Ukrainian attack" on Belgorod, "Israel attacked Hezbollah targets in southern Lebanon"
        }
        if (!Sides.isState(d.actorSide) && Sides.armedTarget(d.target)) {
            // "insurgents attacked government troops in Mogadishu", "an attack on a police checkpoint": by no state, on men in
            // arms or their posts, an attack of no stated means was a fight, even where the city's attacks are mostly bombings
            // (measured: the dev half's attacks on posts were labelled armed clashes; limited to a named non-state doer and to
            // soldiers it lost two of them)
            return EventType.ARMED_CLASH;
        }
        return reading.dict.unspecifiedAttacks.getOrDefault(d.location, EventType.ARMED_CLASH);
    }

    /**
     * The day of an incident: its own, when the text states or implies one. One told with no day of its own, and so dated
     * by the publication, most likely happened the day before: reports of the day and of the night before make most news,
     * and the day before is the middle of the days such a report covers. A threat is made the day it is told.
     */
    private LocalDate day(Draft d) {
        boolean undated = !d.explicitDate && d.date.equals(reading.published) && d.type != EventType.THREAT;
        return undated ? d.date.minusDays(1) : d.date;
    }

    /** Whether the target's words name a ship: "the M/V Tutor", "a Greek-owned tanker". */
    static boolean atShip(Draft d) {
        if (d.target != null) {
            for (String w : d.target.toLowerCase(Locale.ROOT).replace("/", "").split("[^a-z]+")) {
                if (SHIP_WORDS.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A side as written out: a placeholder the article never resolved ("@GROUP": no group named) is no side. */
    private static String resolved(String side) {
        return side == null || side.startsWith("@") ? null : side;
    }

    private Incident toIncident(Draft d) {
        Article article = reading.article;
        String key = String.join("|", article.getId(), d.country, d.type.name(), d.date.toString(),
                String.valueOf(d.actorSide), String.valueOf(d.targetSide));
        List<String> urls = article.getUrl() == null ? List.of() : List.of(article.getUrl());
        EventType type = finalType(d);
        // a bomb that hit no side named went off among people: in a market, a mosque, a hotel, a bus
        // and so did an attack with dead counted, by no state, that names nobody it hit ("the attack and murders ... leaving 43 dead")
        boolean killedUnnamed = type == EventType.ARMED_CLASH && d.fatalities != null && d.fatalities > 0 && !Sides.isState(d.actorSide);
        // and so did an "attack" told with neither its means, nor its doer, nor whom it hit ("the Ouagadougou attack")
        boolean attackUnnamed = type == EventType.ARMED_CLASH && d.type == EventType.OTHER && d.actorSide == null;
        // but "killed 20 rebels": the dead of an armed group no side is named for are no civilians
        String targetSide = d.targetSide == null && (type == EventType.BOMBING || killedUnnamed || attackUnnamed)
                && !Sides.armedTarget(d.target) && !Sides.ARMED_GROUP.equals(d.rawTargetSide) ? "CIVILIAN" : d.targetSide;
        return Incident.newBuilder()
                .setId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString())
                .setEventType(type)
                .setEventDate(day(d))
                .setCountryCode(d.country)
                .setAdmin1(d.admin1)
                .setLocation(d.location)
                .setActor(d.actor)
                .setActorSide(resolved(d.actorSide))
                .setTarget(d.target)
                .setTargetSide(resolved(targetSide))
                .setFatalities(d.fatalities)
                .setInjured(d.injured)
                .setIsRetaliation(d.retaliation)
                .setRetaliationFor(d.retaliation ? d.causeText : null)
                .setFeed(Feed.ARTICLE)
                .setSourceIds(List.of(article.getId()))
                .setSourceUrls(urls)
                .setCorroboration(1)
                .setConfidence(confidence(d))
                .setEvidence(reading.published == null ? d.evidence + " [publication date unknown: only absolute dates resolved]" : d.evidence)
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
        c -= reading.published == null ? 0.2 : 0.0;
        return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100.0;
    }
}
