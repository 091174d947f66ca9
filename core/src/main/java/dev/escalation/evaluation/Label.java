package dev.escalation.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.escalation.records.EventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One labelled incident of an article (evaluation/extraction/FORMAT.md): the acceptable answers
 * for each field, as the labelling guide scores them.
 */
public record Label(String articleId, EventType type, List<EventType> typeAlt, String country, List<String> countryAlt,
                    LocalDate date, LocalDate dateFrom, LocalDate dateTo, String actorSide, List<String> actorSideAlt,
                    String targetSide, List<String> targetSideAlt, Integer fatalities, boolean retaliation, boolean optional,
                    String evidence) {

    static Label parse(String articleId, JsonNode n) {
        List<EventType> typeAlt = new ArrayList<>();
        n.path("typeAlt").forEach(t -> typeAlt.add(EventType.valueOf(t.asText())));
        return new Label(articleId, EventType.valueOf(n.get("type").asText()), typeAlt, text(n, "country"), texts(n, "countryAlt"),
                date(n, "date"), date(n, "dateFrom"), date(n, "dateTo"), text(n, "actorSide"), texts(n, "actorSideAlt"),
                text(n, "targetSide"), texts(n, "targetSideAlt"), n.hasNonNull("fatalities") ? n.get("fatalities").asInt() : null,
                n.path("retaliation").asBoolean(false), n.path("optional").asBoolean(false), text(n, "evidence"));
    }

    /** Required uses and threats of force count for recall; required OTHER incidents are reported apart. */
    boolean forRecall() {
        return !optional && type != EventType.OTHER;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) && !n.get(field).asText().isBlank() ? n.get(field).asText() : null;
    }

    private static List<String> texts(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        n.path(field).forEach(t -> out.add(t.asText()));
        return out;
    }

    private static LocalDate date(JsonNode n, String field) {
        String t = text(n, field);
        return t == null ? null : LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
    }
}
