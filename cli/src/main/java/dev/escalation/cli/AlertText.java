package dev.escalation.cli;

import dev.escalation.records.EscalationAlert;
import dev.escalation.records.RetaliationLink;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Alerts as a person reads them on a terminal. */
final class AlertText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    static final String HEADER = String.format("%-17s  %-8s %-11s %-5s %-11s %s", "EVENT TIME", "REGION", "LEVEL", "WAS", "STATUS", "FIRST REASON");

    private AlertText() {}

    /** One alert on one line, under {@link #HEADER}. */
    static String row(EscalationAlert alert) {
        String reason = alert.getReasons().isEmpty() ? "" : alert.getReasons().get(0);
        return String.format("%-17s  %-8s %-11s %-5d %-11s %s", TIME.format(alert.getEventTime()), alert.getRegion(),
                alert.getLevel() + " " + alert.getLevelName(), alert.getPreviousLevel(), alert.getStatus(), reason);
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
