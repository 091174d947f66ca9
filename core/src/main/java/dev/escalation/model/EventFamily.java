package dev.escalation.model;

import dev.escalation.records.EventType;

/**
 * Coarse groups of event types, in the spirit of ACLED's event types: two reports of the same
 * incident often disagree on the weapon ("strikes" against "drone attack"), rarely on the family.
 * Used to merge mentions and to match incidents when scoring or corroborating.
 */
public enum EventFamily {
    /** Air, drone, missile and rocket strikes, shelling and bombs: ACLED's explosions/remote violence. */
    REMOTE_VIOLENCE,
    /** Armed clashes: ACLED's battles. */
    BATTLE,
    NAVAL,
    INTERCEPTION,
    THREAT,
    OTHER;

    public static EventFamily of(EventType type) {
        return switch (type) {
            case AIR_STRIKE, DRONE_ATTACK, MISSILE_ATTACK, ROCKET_ATTACK, SHELLING, BOMBING -> REMOTE_VIOLENCE;
            case ARMED_CLASH -> BATTLE;
            case NAVAL_ATTACK -> NAVAL;
            case INTERCEPTION -> INTERCEPTION;
            case THREAT -> THREAT;
            case OTHER -> OTHER;
        };
    }
}
