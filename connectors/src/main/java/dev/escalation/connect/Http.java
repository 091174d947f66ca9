package dev.escalation.connect;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The plugin's HTTP calls, each bounded by a timeout. Any failure, including an answer other than
 * 2xx, is an {@link IOException} whose message names the method, the URL and what went wrong.
 */
public final class Http {

    private final Duration timeout;
    private final HttpClient client;

    public Http(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The body of a GET. */
    public byte[] get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(url)).GET(), HttpResponse.BodyHandlers.ofByteArray(), "GET", url);
    }

    /** The body of a GET, written to {@code file}. */
    public Path download(String url, Path file) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(url)).GET(),
                HttpResponse.BodyHandlers.ofFile(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), "GET", url);
    }

    /** POSTs {@code json}; {@code authorization} is the Authorization header's value, or empty for none. */
    public void postJson(String url, String json, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        send(request, HttpResponse.BodyHandlers.discarding(), "POST", url);
    }

    private <T> T send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body, String method, String url)
            throws IOException, InterruptedException {
        HttpResponse<T> response;
        try {
            response = client.send(request.timeout(timeout).build(), body);
        } catch (IOException e) {
            throw new IOException(method + " " + url + " failed: " + reason(e), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + url + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** A URL read from a feed may be malformed: that is a failed call too, not a crash. */
    private static URI uri(String url) throws IOException {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad URL '" + url + "': " + e.getMessage(), e);
        }
    }

    /** The exception's name and the first message along its causes: a refused connection's own message is null. */
    private static String reason(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                return e.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }
}
