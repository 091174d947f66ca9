package dev.escalation.model;

/** The escalation ladder, lowest first; the ordinal is the level number on alerts. */
public enum EscalationLevel {
    CALM, ELEVATED, HIGH, RETALIATION, CYCLE, CRISIS
}
