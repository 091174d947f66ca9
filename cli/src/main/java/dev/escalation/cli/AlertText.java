package dev.escalation.cli;

import dev.escalation.records.EscalationAlert;
import dev.escalation.records.RetaliationLink;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Alerts as a person reads them on a terminal. */
final class AlertText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    /** Wide enough for the longest level, "3 RETALIATION". */
    static final String HEADER = String.format("%-17s  %-8s %-13s %-3s %-10s %s", "EVENT TIME", "REGION", "LEVEL", "WAS", "STATUS", "WHY");

    private AlertText() {}

    /** One alert on one line, under {@link #HEADER}. */
    static String row(EscalationAlert alert) {
        return String.format("%-17s  %-8s %-13s %-3d %-10s %s", TIME.format(alert.getEventTime()), alert.getRegion(),
                alert.getLevel() + " " + alert.getLevelName(), alert.getPreviousLevel(), alert.getStatus(), headline(alert));
    }

    /**
     * The reason that set the alert's level: a crisis or a cycle for those levels, the retaliation
     * (answered, or reported as such) for RETALIATION; the first reason otherwise (ELEVATED and HIGH
     * are set by intensity, which the engine states first).
     */
    static String headline(EscalationAlert alert) {
        List<String> reasons = alert.getReasons().stream().map(CharSequence::toString).toList();
        if (reasons.isEmpty()) {
            return "";
        }
        List<String> marks = switch (alert.getLevelName().toString()) {
            case "CRISIS" -> List.of("crisis:", "deaths in");
            case "CYCLE" -> List.of("cycle:");
            case "RETALIATION" -> List.of(" answered ", "reported as retaliation");
            default -> List.of();
        };
        for (String mark : marks) {
            for (String reason : reasons) {
                if (reason.contains(mark)) {
                    return reason;
                }
            }
        }
        return reasons.get(0);
    }

    static String format(EscalationAlert alert) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%s  %-6s %-11s level %d (was %d) %s   [%s]%n", TIME.format(alert.getEventTime()),
                alert.getRegion(), alert.getLevelName(), alert.getLevel(), alert.getPreviousLevel(),
                alert.getStatus(), alert.getAlertId()));
        s.append(String.format("    window %s .. %s   incidents %s   fatalities >= %d%n",
                TIME.format(alert.getWindowStart()), TIME.format(alert.getWindowEnd()), alert.getCounts(), alert.getFatalities()));
        for (String reason : alert.getReasons()) {
            s.append("    because ").append(reason).append('\n');
        }
        for (RetaliationLink link : alert.getRetaliationChain()) {
            s.append(String.format("    chain   %s %s->%s in %s  answered by  %s %s->%s in %s  after %.0f h%n",
                    link.getAttack().getEventType(), link.getAttack().getActorSide(), link.getAttack().getTargetSide(),
                    link.getAttack().getCountryCode(), link.getResponse().getEventType(), link.getResponse().getActorSide(),
                    link.getResponse().getTargetSide(), link.getResponse().getCountryCode(), link.getLagHours()));
        }
        s.append("    evidence ").append(alert.getEvidence().getIncidentIds());
        if (!alert.getEvidence().getUrls().isEmpty()) {
            s.append(' ').append(alert.getEvidence().getUrls());
        }
        s.append("   config ").append(alert.getConfigVersion()).append('\n');
        return s.toString();
    }
}
