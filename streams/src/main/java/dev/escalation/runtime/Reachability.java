package dev.escalation.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;

/**
 * Whether the cluster and the schema registry answer, asked once with a bound, before a command
 * starts work that would otherwise wait on the clients' own timeouts (a minute, then a message
 * about metadata) or fail with a stack trace.
 */
public final class Reachability {

    /** The command line's {@code --connect-timeout} default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    private Reachability() {}

    /**
     * Returns once a broker of {@code client}'s bootstrap servers has described the cluster.
     *
     * @throws EngineException naming the bootstrap servers when none answered within {@code timeout}
     */
    public static void broker(Map<String, Object> client, Duration timeout) {
        Object servers = client.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        int ms = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        Map<String, Object> settings = new HashMap<>(client);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
        Admin admin = null;
        try {
            admin = Admin.create(settings);
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(ms)).nodes().get(ms + 1000L, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw unreachable(servers, timeout, null);
        } catch (ExecutionException e) {
            boolean timedOut = e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException;
            throw unreachable(servers, timeout, timedOut ? null : e.getCause().getMessage());
        } catch (KafkaException e) { // an unresolvable name, a bad security setting
            throw new EngineException("cannot reach Kafka at " + servers + ": " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while reaching Kafka at " + servers);
        } finally {
            if (admin != null) {
                admin.close(Duration.ZERO); // nothing left to wait for
            }
        }
    }

    private static EngineException unreachable(Object servers, Duration timeout, String reason) {
        return new EngineException("no Kafka broker answered at " + servers + " within " + timeout.toSeconds() + " s"
                + (reason == null ? "" : ": " + reason) + " (--connect-timeout)");
    }

    /**
     * Returns once one of the registry {@code urls} answers HTTP (any status: it is there).
     *
     * @throws EngineException naming the URLs when none answered within {@code timeout}
     */
    public static void registry(List<String> urls, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> failures = new ArrayList<>();
        for (String url : urls) {
            Duration left = Duration.ofNanos(Math.max(deadline - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(100)));
            try {
                http.send(HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/subjects")).timeout(left).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (javax.net.ssl.SSLException e) {
                return; // it answered, in TLS this client was not set up for: the registry client, with the truststore, takes it from here
            } catch (HttpTimeoutException e) {
                failures.add(url + " (no answer within " + timeout.toSeconds() + " s)");
            } catch (IOException | IllegalArgumentException e) {
                failures.add(url + " (" + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("interrupted while reaching the schema registry at " + String.join(", ", urls));
            }
        }
        throw new EngineException("no schema registry answered at " + String.join(", ", failures) + " (--connect-timeout)");
    }
}
