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
    void theCorroborationToleranceIsWholeDaysUpToAWeek() {
        assertEquals(Duration.ofDays(1), EngineConfig.defaults().extraction().corroborationTolerance());
        assertEquals(Duration.ofDays(2), EngineConfig.parse("extraction:\n  corroborationTolerance: 2d\n", "ops.yaml")
                .extraction().corroborationTolerance());
        for (String bad : List.of("36h", "10d", "0d")) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> EngineConfig.parse("extraction:\n  corroborationTolerance: " + bad + "\n", "ops.yaml"));
            assertEquals(true, e.getMessage().contains("extraction.corroborationTolerance: " + bad + " is not allowed"), e.getMessage());
        }
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
        assertEquals("escalation.cooldwn: unknown setting; allowed here: window, baseline, joinWindow, grace, reportHorizon, settle, partitionIdle, cooldown, threatHold, chainLinks, evidenceLimit, fatalityWeight, weights, levels, coldStart, evidence, surge",
                e.problems().get(0));
    }

    @Test
    void aRuleSettingIsValidOnlyOnceItsDefaultIsWritten() {
        // docs/adding-a-rule.md: a rule's settings live under rules, named by their defaults.
        ConfigException e = assertThrows(ConfigException.class,
                () -> EngineConfig.parse("rules:\n  barrage:\n    attacks: 20\n", "ops.yaml"));
        assertEquals(true, e.getMessage().contains("rules.barrage: unknown setting"), e.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> EngineConfig.defaults().escalation().rule("barrage", "attacks"));
        assertEquals(true, missing.getMessage().contains("rules.barrage.attacks has no default"), missing.getMessage());
    }

    @Test
    void yamlThatDoesNotParseSaysSo() {
        ConfigException e = assertThrows(ConfigException.class, () -> EngineConfig.parse("escalation: [unclosed", "ops.yaml"));
        assertEquals(true, e.getMessage().startsWith("ops.yaml: not valid YAML"), e.getMessage());
    }

    @Test
    void theatresGroupPlacesAndRegionsOverrideTheirOwnLadder() {
        EngineConfig config = EngineConfig.parse("""
                regions:
                  theatres:
                    IRAQ_SYRIA_JORDAN: [IQ, SY, JO]
                    KURDISTAN: ["IQ:Erbil"]
                  overrides:
                    IRAQ_SYRIA_JORDAN: {levels: {high: 30}, cooldown: 5d}
                sides:
                  aliases: {HOUTHIS: IRAN_AXIS}
                """, "ops.yaml");
        assertEquals("IRAQ_SYRIA_JORDAN", config.regions().members().get("SY"));
        assertEquals("KURDISTAN", config.regions().members().get("IQ:erbil"));
        assertEquals(30.0, config.escalation("IRAQ_SYRIA_JORDAN").levels().high());
        assertEquals(Duration.ofDays(5), config.escalation("IRAQ_SYRIA_JORDAN").cooldown());
        assertEquals(3.0, config.escalation("IRAQ_SYRIA_JORDAN").levels().elevated(), "what the override leaves out is the common setting");
        assertEquals(12.0, config.escalation("UA").levels().high());
        assertEquals("IRAN_AXIS", config.side("HOUTHIS"));
        assertEquals("US", config.side("US"));
    }

    @Test
    void badTheatresAndOverridesAreNamedWithTheirPath() {
        ConfigException e = assertThrows(ConfigException.class, () -> EngineConfig.parse("""
                regions:
                  theatres:
                    LEVANT: [SY, LB]
                    NORTH: [SY]
                    xx: [Iraq]
                  overrides:
                    ATLANTIS: {levels: {high: 30}}
                    LEVANT: {window: 3d, levels: {high: 1}}
                """, "ops.yaml"));
        assertEquals(List.of(
                "regions.theatres.xx:  is not a theatre name: use three or more upper-case letters, digits or '_', such as IRAQ_SYRIA_JORDAN",
                "regions.theatres.xx: [\"Iraq\"] is not allowed: must be a list of country codes (IQ) or admin-1 areas (IQ:Nineveh)",
                "regions.theatres.NORTH: SY is already in theatre LEVANT: a place belongs to at most one theatre",
                "regions.overrides.ATLANTIS:  is not a region: use a country code such as IQ or a theatre named under regions.theatres",
                "regions.overrides.LEVANT.window: cannot be set per region; allowed here: levels, weights, fatalityWeight, cooldown, threatHold, surge",
                "regions.overrides.LEVANT.levels.high: 1.0 must be above regions.overrides.LEVANT.levels.elevated (3.0)"),
                e.problems());
    }
}
