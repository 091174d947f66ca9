package dev.escalation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.escalation.records.AlertStatus;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Evidence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The alerts table: columns aligned under the header whatever the level, and the reason that set the level. */
class AlertTextTest {

    private static EscalationAlert alert(int level, String name, List<String> reasons) {
        Instant t = Instant.parse("2024-02-02T00:00:00Z");
        return EscalationAlert.newBuilder().setAlertId("IQ-" + level).setRegion("IQ").setCountries(List.of("IQ"))
                .setLevel(level).setLevelName(name).setPreviousLevel(0).setStatus(AlertStatus.RAISED).setEventTime(t)
                .setWindowStart(t).setWindowEnd(t).setCounts(Map.of()).setFatalities(0).setRetaliationChain(List.of())
                .setReasons(List.copyOf(reasons)).setEvidence(Evidence.newBuilder().setIncidentIds(List.of()).setUrls(List.of()).build())
                .setConfigVersion("v").build();
    }

    @Test
    void everyColumnStartsUnderItsHeading() {
        String header = AlertText.HEADER;
        for (String[] level : new String[][] {{"1", "ELEVATED"}, {"3", "RETALIATION"}, {"5", "CRISIS"}}) {
            String row = AlertText.row(alert(Integer.parseInt(level[0]), level[1], List.of("why")));
            for (String column : List.of("LEVEL", "WAS", "STATUS", "WHY")) {
                int at = header.indexOf(column);
                assertEquals(' ', row.charAt(at - 1), column + " misaligned in\n" + header + "\n" + row);
                assertEquals(false, row.charAt(at) == ' ', column + " misaligned in\n" + header + "\n" + row);
            }
        }
    }

    @Test
    void aRetaliationShowsTheRetaliationNotTheIntensity() {
        EscalationAlert a = alert(3, "RETALIATION", List.of("intensity 12.0 over 7 days is at or above HIGH (12.0)",
                "US answered IRAN_AXIS's drone attack in JO with an air strike in IQ 120 hours later"));
        assertEquals("US answered IRAN_AXIS's drone attack in JO with an air strike in IQ 120 hours later", AlertText.headline(a));
        EscalationAlert high = alert(2, "HIGH", List.of("intensity 12.0 over 7 days is at or above HIGH (12.0)", "other"));
        assertEquals("intensity 12.0 over 7 days is at or above HIGH (12.0)", AlertText.headline(high));
    }
}
