package dev.escalation.connect;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** A Connect worker's REST API, as operators use it. */
class ConnectRest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final HttpClient http = HttpClient.newHttpClient();

    ConnectRest(String url) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String url() {
        return url;
    }

    /** Creates (or reconfigures) connector {@code name}. */
    JsonNode createConnector(String name, Map<String, String> config) {
        return send("PUT", "/connectors/" + name + "/config", config, 201, 200);
    }

    /** Creates connector {@code name} in the STOPPED state, so that its offsets can be set before it runs. */
    JsonNode createStopped(String name, Map<String, String> config) {
        Map<String, Object> named = new HashMap<>(config);
        named.put("name", name);
        return send("POST", "/connectors", Map.of("name", name, "config", named, "initial_state", "STOPPED"), 201);
    }

    void stop(String name) {
        send("PUT", "/connectors/" + name + "/stop", null, 202, 204);
    }

    void resume(String name) {
        send("PUT", "/connectors/" + name + "/resume", null, 202, 204);
    }

    void delete(String name) {
        send("DELETE", "/connectors/" + name, null, 204);
    }

    JsonNode status(String name) {
        return send("GET", "/connectors/" + name + "/status", null, 200);
    }

    /** The state of task 0 (RUNNING, FAILED, ...), or null before it has one. */
    String taskState(String name) {
        JsonNode tasks = status(name).path("tasks");
        return tasks.isEmpty() ? null : tasks.get(0).path("state").asText();
    }

    /** Waits until task 0 of {@code name} is FAILED, and returns its trace as the status API shows it. */
    String awaitFailed(String name, Duration timeout) {
        await().atMost(timeout).until(() -> "FAILED".equals(taskState(name)));
        return status(name).path("tasks").get(0).path("trace").asText();
    }

    /** Stops {@code name} and waits until the status API says STOPPED: its tasks are shut down, their offsets committed. */
    void stopAndWait(String name, Duration timeout) {
        stop(name);
        await().atMost(timeout).until(() -> "STOPPED".equals(status(name).path("connector").path("state").asText()));
    }

    JsonNode offsets(String name) {
        return send("GET", "/connectors/" + name + "/offsets", null, 200).path("offsets");
    }

    JsonNode patchOffsets(String name, Object offsets) {
        return send("PATCH", "/connectors/" + name + "/offsets", Map.of("offsets", offsets), 200);
    }

    /** Checks a connector config through PUT /connector-plugins/{class}/config/validate. */
    JsonNode validate(String connectorClass, Map<String, String> config) {
        return send("PUT", "/connector-plugins/" + connectorClass + "/config/validate", config, 200);
    }

    JsonNode get(String path) {
        return send("GET", path, null, 200);
    }

    private JsonNode send(String method, String path, Object body, int... expected) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).method(method, publisher)
                    .header("Content-Type", "application/json").header("Accept", "application/json").build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (int status : expected) {
                if (response.statusCode() == status) {
                    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
                }
            }
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
