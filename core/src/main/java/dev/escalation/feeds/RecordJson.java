package dev.escalation.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Records as plain JSON with their Avro field names, one object per line: times as ISO-8601
 * instants, dates as ISO dates, enums by name, nulls as JSON null (no Avro union wrappers). Written
 * by {@code backtest}, {@code alerts --json} and {@code extract}; read for incidents as JSON lines.
 */
public final class RecordJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordJson() {}

    /** One line of JSON, no line break. */
    public static String write(SpecificRecord record) {
        try {
            return JSON.writeValueAsString(toJson(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + record.getSchema().getName() + " as JSON", e);
        }
    }

    /** The record as a JSON object, for callers that add fields of their own. */
    public static ObjectNode toJson(SpecificRecord record) {
        return (ObjectNode) toJson(record, record.getSchema());
    }

    /** Parses one JSON object into a record of {@code schema}; fields it lacks take their defaults. */
    @SuppressWarnings("unchecked")
    public static <T extends SpecificRecord> T read(JsonNode node, Schema schema) {
        return (T) fromJson(node, schema, schema.getName());
    }

    private static JsonNode toJson(Object value, Schema schema) {
        if (value == null) {
            return NODES.nullNode();
        }
        switch (schema.getType()) {
            case UNION:
                for (Schema branch : schema.getTypes()) {
                    if (branch.getType() != Schema.Type.NULL) {
                        return toJson(value, branch);
                    }
                }
                return NODES.nullNode();
            case RECORD:
                SpecificRecord record = (SpecificRecord) value;
                ObjectNode object = NODES.objectNode();
                for (Schema.Field field : schema.getFields()) {
                    object.set(field.name(), toJson(record.get(field.pos()), field.schema()));
                }
                return object;
            case ARRAY:
                ArrayNode array = NODES.arrayNode();
                for (Object item : (Iterable<?>) value) {
                    array.add(toJson(item, schema.getElementType()));
                }
                return array;
            case MAP:
                ObjectNode map = NODES.objectNode();
                ((Map<?, ?>) value).forEach((k, v) -> map.set(k.toString(), toJson(v, schema.getValueType())));
                return map;
            case INT:
                return value instanceof LocalDate date ? NODES.textNode(date.toString()) : NODES.numberNode((Integer) value);
            case LONG:
                return value instanceof Instant instant ? NODES.textNode(instant.toString()) : NODES.numberNode((Long) value);
            case DOUBLE:
                return NODES.numberNode((Double) value);
            case FLOAT:
                return NODES.numberNode((Float) value);
            case BOOLEAN:
                return NODES.booleanNode((Boolean) value);
            default:
                return NODES.textNode(value.toString());
        }
    }

    private static Object fromJson(JsonNode node, Schema schema, String path) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            if (schema.getType() == Schema.Type.NULL || (schema.getType() == Schema.Type.UNION && schema.getTypes().get(0).getType() == Schema.Type.NULL)) {
                return null;
            }
            throw new IllegalArgumentException(path + ": must not be null");
        }
        switch (schema.getType()) {
            case UNION:
                for (Schema branch : schema.getTypes()) {
                    if (branch.getType() != Schema.Type.NULL) {
                        return fromJson(node, branch, path);
                    }
                }
                throw new IllegalArgumentException(path + ": must be null");
            case RECORD:
                if (!node.isObject()) {
                    throw new IllegalArgumentException(path + ": must be a JSON object");
                }
                SpecificRecord record = (SpecificRecord) SpecificData.get().newRecord(null, schema);
                for (Schema.Field field : schema.getFields()) {
                    JsonNode value = node.get(field.name());
                    if (value == null && field.hasDefaultValue()) {
                        record.put(field.pos(), SpecificData.get().deepCopy(field.schema(), SpecificData.get().getDefaultValue(field)));
                    } else if (value == null && !nullable(field.schema())) {
                        throw new IllegalArgumentException("missing field '" + field.name() + "'");
                    } else {
                        record.put(field.pos(), fromJson(value, field.schema(), field.name()));
                    }
                }
                return record;
            case ARRAY:
                if (!node.isArray()) {
                    throw new IllegalArgumentException(path + ": must be a JSON array");
                }
                List<Object> list = new ArrayList<>();
                node.forEach(item -> list.add(fromJson(item, schema.getElementType(), path)));
                return list;
            case MAP:
                Map<String, Object> map = new LinkedHashMap<>();
                node.fields().forEachRemaining(e -> map.put(e.getKey(), fromJson(e.getValue(), schema.getValueType(), path)));
                return map;
            case ENUM:
                if (!schema.getEnumSymbols().contains(node.asText())) {
                    throw new IllegalArgumentException(path + ": '" + node.asText() + "' is not one of " + schema.getEnumSymbols());
                }
                return SpecificData.get().createEnum(node.asText(), schema);
            case INT:
                if (schema.getLogicalType() instanceof LogicalTypes.Date) {
                    return date(node, path);
                }
                return number(node, path).intValue();
            case LONG:
                if (schema.getLogicalType() instanceof LogicalTypes.TimestampMillis) {
                    return node.isNumber() ? Instant.ofEpochMilli(node.asLong()) : instant(node, path);
                }
                return number(node, path).longValue();
            case DOUBLE:
                return number(node, path).doubleValue();
            case FLOAT:
                return number(node, path).floatValue();
            case BOOLEAN:
                if (!node.isBoolean()) {
                    throw new IllegalArgumentException(path + ": '" + node.asText() + "' is not true or false");
                }
                return node.asBoolean();
            default:
                return node.asText();
        }
    }

    private static boolean nullable(Schema schema) {
        return schema.getType() == Schema.Type.UNION && schema.getTypes().get(0).getType() == Schema.Type.NULL;
    }

    private static Number number(JsonNode node, String path) {
        if (!node.isNumber()) {
            throw new IllegalArgumentException(path + ": '" + node.asText() + "' is not a number");
        }
        return node.numberValue();
    }

    /** An ISO date; an ISO instant gives its UTC date. */
    private static LocalDate date(JsonNode node, String path) {
        String text = node.asText();
        try {
            return text.length() > 10 ? LocalDate.ofInstant(Instant.parse(text), java.time.ZoneOffset.UTC) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + ": bad date '" + text + "', expected YYYY-MM-DD");
        }
    }

    private static Instant instant(JsonNode node, String path) {
        Instant instant = FeedDates.instant(node.asText());
        if (instant == null) {
            throw new IllegalArgumentException(path + ": bad time '" + node.asText() + "', expected ISO-8601 such as 2024-02-02T21:00:00Z");
        }
        return instant;
    }
}
