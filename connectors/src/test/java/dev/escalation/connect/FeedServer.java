package dev.escalation.connect;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server (loopback, any free port) standing in for the feeds and the webhook: it
 * serves whatever the test puts at a path, counts the requests, and keeps the bodies POSTed to it.
 */
final class FeedServer implements AutoCloseable {

    /** What a path answers: a status, a content type and a body. */
    record Answer(int status, String contentType, byte[] body) {}

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, List<String>> posted = new ConcurrentHashMap<>();
    /** Answers for the next requests to a path, one each, in order, before what {@link #serve} put there. */
    private final Map<String, List<Answer>> queued = new ConcurrentHashMap<>();

    FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            byte[] request = exchange.getRequestBody().readAllBytes();
            List<Answer> next = queued.getOrDefault(path, List.of());
            Answer answer = next.isEmpty() ? answers.get(path) : next.remove(0);
            if (answer == null) {
                answer = new Answer(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            }
            if (exchange.getRequestMethod().equals("POST") && answer.status() / 100 == 2) {
                posted.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(new String(request, StandardCharsets.UTF_8));
            }
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path;
    }

    void serve(String path, String contentType, byte[] body) {
        answers.put(path, new Answer(200, contentType, body));
    }

    void serve(String path, String contentType, String body) {
        serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The next requests to {@code path} get {@code statuses}, one each, before what {@link #serve} put there. */
    void queue(String path, int... statuses) {
        for (int status : statuses) {
            queued.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(new Answer(status, "text/plain", new byte[0]));
        }
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    /** The bodies POSTed to {@code path} and answered 2xx, in order. */
    List<String> posted(String path) {
        return List.copyOf(posted.getOrDefault(path, List.of()));
    }

    /** A URL on which nothing listens: a port just freed. */
    static String deadUrl(String path) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
