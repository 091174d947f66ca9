package dev.escalation.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.escalation.records.EventType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineConfigTest {

    @Test
    void theDefaultsAreValidAndComplete() {
        EngineConfig config = EngineConfig.defaults();
        assertEquals("escalation-alerts", config.topics().alerts());
        assertEquals(Duration.ofDays(7), config.escalation().window());
        for (EventType type : EventType.values()) {
            config.escalation().weight(type); // every event type has a weight
        }
    }

    @Test
    void anOperatorFileNamesOnlyWhatItChanges() {
        EngineConfig config = EngineConfig.parse("version: ops-7\nescalation:\n  cooldown: 36h\n  weights:\n    SHELLING: 5\n", "ops.yaml");
        assertEquals("ops-7", config.version());
        assertEquals(Duration.ofHours(36), config.escalation().cooldown());
        assertEquals(5.0, config.escalation().weight(EventType.SHELLING));
        assertEquals(Duration.ofDays(14), config.escalation().joinWindow(), "untouched settings keep their defaults");
    }

    @Test
    void aFileWithNoVersionIsNamedByItsContent() {
        EngineConfig a = EngineConfig.parse("escalation:\n  cooldown: 2d\n", "a.yaml");
        EngineConfig b = EngineConfig.parse("escalation:\n  cooldown: 4d\n", "b.yaml");
        assertEquals(true, a.version().startsWith("sha256-"), a.version());
        assertEquals(a.version(), EngineConfig.parse("escalation:\n  cooldown: 2d\n", "again.yaml").version());
        assertEquals(false, a.version().equals(b.version()));
    }

    @Test
    void everyProblemIsReportedWithItsPathValueAndWhatIsAllowed() {
        ConfigException e = assertThrows(ConfigException.class, () -> EngineConfig.parse("""
                escalation:
                  window: -1d
                  grace: soon
                  weights:
                    AIR_STRIKE: -2
                  levels:
                    elevated: 12
                    high: 3
                topics:
                  alerts: "bad topic!"
                """, "ops.yaml"));
        assertEquals(List.of(
                "topics.alerts: 'bad topic!' is not a valid Kafka topic name: use letters, digits, '.', '_', '-'",
                "escalation.weights.AIR_STRIKE: -2 is out of range: must be from 0 to 1000",
                "escalation.levels.high: 3.0 must be above escalation.levels.elevated (12.0)",
                "escalation.window: -1d is not allowed: must be a positive duration such as 90s, 30m, 36h, 7d or P7D",
                "escalation.grace: soon is not allowed: must be a positive duration such as 90s, 30m, 36h, 7d or P7D"),
                e.problems());
    }

    @Test
    void anUnknownSettingIsAnErrorNotASilentNoOp() {
        ConfigException e = assertThrows(ConfigException.class, () -> EngineConfig.parse("escalation:\n  cooldwn: 2d\n", "ops.yaml"));
        assertEquals(1, e.problems().size());
        assertEquals("escalation.cooldwn: unknown setting; allowed here: window, joinWindow, grace, cooldown, fatalityWeight, weights, levels",
                e.problems().get(0));
    }

    @Test
    void yamlThatDoesNotParseSaysSo() {
        ConfigException e = assertThrows(ConfigException.class, () -> EngineConfig.parse("escalation: [unclosed", "ops.yaml"));
        assertEquals(true, e.getMessage().startsWith("ops.yaml: not valid YAML"), e.getMessage());
    }
}
