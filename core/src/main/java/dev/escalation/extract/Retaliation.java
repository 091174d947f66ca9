package dev.escalation.extract;

import dev.escalation.extract.Dictionaries.Casualty;
import dev.escalation.extract.Dictionaries.Cue;
import dev.escalation.extract.PhraseTrie.Match;
import dev.escalation.records.EventType;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * Retaliation cues. A mention followed by "in retaliation for" an attack (not "in response to US
 * support") is a retaliation, its cause the words after the cue, vague when they give neither a
 * day nor a place; "retaliatory" marks one with a vague cause. Once the article is read, a vague
 * cause is named after the latest earlier incident against the retaliating side, when the article
 * tells one.
 */
final class Retaliation {
    private static final DateTimeFormatter DESCRIBE_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Reading reading;

    Retaliation(Reading reading) {
        this.reading = reading;
    }

    /** Marks a mention that answers another attack, with the cause as the text gives it. */
    void cue(Sentence s, Mention m) {
        for (Match<Cue> c : s.cues) {
            int cseg = s.seg(c.start());
            if (c.value() == Cue.RETALIATION_FOR && c.start() > m.anchor && namesAnAttack(s, cseg, c.end())) {
                m.retaliation = true;
                int end = s.segStart[cseg + 1];
                if (c.end() < end) {
                    m.causeText = trimPunct(s.span(reading.body, c.end(), end));
                    m.causeVague = !Dating.hasDayDate(s, cseg) && Placing.locativeIn(s, cseg).isEmpty();
                }
                return;
            }
            if (c.value() == Cue.RETALIATORY && (cseg == m.seg || !Triggers.segHasTrigger(s, cseg))) {
                m.retaliation = true;
                m.causeVague = true;
            }
        }
    }

    /** Who carried out an attack, named for it: an answer to them answers their attack. */
    private static final Set<String> ATTACKERS = Token.words("attackers", "assailants", "perpetrators", "attacker", "assailant");

    /**
     * "in response to drone attacks", "in retaliation for the killing of", "in pursuit of the attackers": the words from the
     * cue on name an attack; not "in response to US support".
     */
    private static boolean namesAnAttack(Sentence s, int seg, int from) {
        for (int t = seg; t < s.segments() && (t == seg || s.causeSeg[t]); t++) {
            if (Triggers.segHasTrigger(s, t)) {
                return true;
            }
            for (int k = Math.max(from, s.segStart[t]); k < s.segStart[t + 1]; k++) {
                if (ATTACKERS.contains(s.tok(k).norm)) {
                    return true; // "air strikes carried out in pursuit of the attackers": the attack is theirs
                }
            }
            for (Match<Casualty> c : s.casualties) {
                if (c.value() == Casualty.KILLED && s.seg(c.start()) == t) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String trimPunct(String text) {
        int a = 0;
        int b = text.length();
        while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(a, b);
    }

    /**
     * "in retaliation for a deadly attack on US troops": name the attack, when the article tells it;
     * a retaliation that names no target hits whoever made that attack.
     */
    void resolveCauses() {
        for (Draft d : reading.drafts) {
            if (!d.referent && d.retaliation && d.targetSide == null && d.actorSide != null && d.type != EventType.THREAT) {
                d.targetSide = attackerOf(d);
            }
        }
        for (Draft d : reading.drafts) {
            if (d.referent || !d.retaliation || !d.causeVague || d.actorSide == null) {
                continue;
            }
            Draft cause = null;
            for (Draft c : reading.drafts) {
                if (c == d || c.referent || c.type == EventType.THREAT || !d.actorSide.equals(c.targetSide)
                        || !Events.agree(c.actorSide, d.targetSide) || c.date == null || d.date == null || c.date.isAfter(d.date)) {
                    continue;
                }
                if (cause == null || c.date.isAfter(cause.date)) {
                    cause = c;
                }
            }
            if (cause != null) {
                d.causeText = describe(cause);
            }
        }
    }

    /** The one side that attacked the retaliator before it struck back, told as news or as history; else null. */
    private String attackerOf(Draft d) {
        String attacker = null;
        for (Draft c : reading.drafts) {
            if (c == d || c.type == EventType.THREAT || c.actorSide == null || !d.actorSide.equals(c.targetSide)
                    || c.actorSide.equals(d.actorSide) || c.date != null && d.date != null && c.date.isAfter(d.date)) {
                continue;
            }
            if (attacker != null && !attacker.equals(c.actorSide)) {
                return null;
            }
            attacker = c.actorSide;
        }
        return attacker;
    }

    private static String describe(Draft c) {
        StringBuilder b = new StringBuilder();
        b.append(DESCRIBE_DATE.format(c.date)).append(' ').append(c.type.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (c.target != null) {
            b.append(" on ").append(c.target);
        }
        b.append(" in ").append(c.location != null ? c.location + ", " : "")
                .append(new Locale("", c.country).getDisplayCountry(Locale.ENGLISH));
        return b.toString();
    }
}
