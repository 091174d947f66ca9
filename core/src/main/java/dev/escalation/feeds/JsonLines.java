package dev.escalation.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One line of a JSON-lines file, which must be a JSON object. */
final class JsonLines {
    private JsonLines() {}

    static JsonNode object(ObjectMapper json, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new FeedReader.BadRow("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new FeedReader.BadRow("not a JSON object");
        }
        return node;
    }
}
