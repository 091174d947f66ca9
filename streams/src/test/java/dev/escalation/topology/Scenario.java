package dev.escalation.topology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.escalation.config.EngineConfig;
import dev.escalation.records.EventType;
import dev.escalation.records.Feed;
import dev.escalation.records.Incident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A scenario file under {@code src/test/resources/scenarios} (format: the README there): its
 * config, its input as steps, and what it expects. {@code ScenarioTest} checks the expectations;
 * {@code EscalationRestartTest} runs the same input with a restart between any two steps.
 */
record Scenario(EngineConfig config, List<Step> input, JsonNode expect) {

    private static final Path SCENARIOS = Path.of("src", "test", "resources", "scenarios");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Ticks are inert incidents in this reserved (user-assigned) ISO code: they only move event time on. */
    static final String TICK_REGION = "ZZ";

    /** One step of a scenario's input. */
    sealed interface Step {}

    /** An incident (or a tick) piped into the incidents topic. */
    record Send(Incident incident) implements Step {}

    /** The feed falls quiet (wall clock): the engine takes every incident it holds back. */
    record Quiet() implements Step {}

    /** An operator applies this config text, as {@code ./escalation config apply} publishes it. */
    record Apply(String yaml) implements Step {}

    /** Every scenario file, in name order. */
    static List<Path> files() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SCENARIOS)) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no scenarios under " + SCENARIOS);
        return files;
    }

    static Scenario read(Path file) throws IOException {
        JsonNode scenario = YAML.readTree(file.toFile());
        JsonNode configText = scenario.get("config");
        EngineConfig config = configText == null ? EngineConfig.defaults() : EngineConfig.parse(configText.asText(), file + " config");
        List<Step> input = new ArrayList<>();
        for (JsonNode step : scenario.path("input")) {
            if (step.asText().equals("quiet")) {
                input.add(new Quiet());
            } else if (step.has("apply")) {
                input.add(new Apply(step.get("apply").asText()));
            } else {
                input.add(new Send(step.has("tick") ? tick(step.get("tick").asText()) : incident(step)));
            }
        }
        return new Scenario(config, List.copyOf(input), scenario.path("expect"));
    }

    /** A date (midnight UTC) or an ISO-8601 instant. */
    static Instant instant(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
    }

    /** An incident from the Incident field names; dates as 2024-01-28, times as ISO-8601 instants. */
    private static Incident incident(JsonNode step) {
        Incident.Builder b = Incident.newBuilder();
        step.fields().forEachRemaining(field -> {
            JsonNode v = field.getValue();
            switch (field.getKey()) {
                case "id" -> b.setId(v.asText());
                case "eventType" -> b.setEventType(EventType.valueOf(v.asText()));
                case "eventDate" -> b.setEventDate(LocalDate.parse(v.asText()));
                case "eventTime" -> {
                    b.setEventTime(Instant.parse(v.asText()));
                    if (!b.hasEventDate()) {
                        b.setEventDate(LocalDate.ofInstant(b.getEventTime(), ZoneOffset.UTC));
                    }
                }
                case "countryCode" -> b.setCountryCode(v.asText());
                case "admin1" -> b.setAdmin1(v.asText());
                case "actorSide" -> b.setActorSide(v.asText());
                case "targetSide" -> b.setTargetSide(v.asText());
                case "fatalities" -> b.setFatalities(v.asInt());
                case "isRetaliation" -> b.setIsRetaliation(v.asBoolean());
                case "retaliationFor" -> b.setRetaliationFor(v.asText());
                case "feed" -> b.setFeed(Feed.valueOf(v.asText()));
                case "confidence" -> b.setConfidence(v.asDouble());
                case "corroboration" -> b.setCorroboration(v.asInt());
                case "reportedAt" -> b.setReportedAt(instant(v.asText()));
                case "sourceUrls" -> {
                    List<String> urls = new ArrayList<>();
                    v.forEach(u -> urls.add(u.asText()));
                    b.setSourceUrls(urls);
                }
                default -> fail("unknown incident field '" + field.getKey() + "' in " + step);
            }
        });
        return b.build();
    }

    private static Incident tick(String date) {
        return Incident.newBuilder().setId("tick-" + date).setEventType(EventType.THREAT)
                .setEventDate(LocalDate.parse(date.substring(0, 10))).setCountryCode(TICK_REGION).build();
    }
}
