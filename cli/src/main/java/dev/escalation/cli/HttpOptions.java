package dev.escalation.cli;

import dev.escalation.config.EngineConfig;
import dev.escalation.runtime.Engine;
import dev.escalation.topology.Topics;
import dev.escalation.watch.Watch;
import java.util.Map;
import picocli.CommandLine.Option;

/** The watch floor's HTTP options: where the page, the state API, health and metrics listen. */
final class HttpOptions {

    @Option(names = "--http-host", defaultValue = "0.0.0.0", paramLabel = "HOST",
            description = "Address the watch floor (page, API, health, metrics) listens on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--advertised-host", defaultValue = "localhost", paramLabel = "HOST",
            description = "Host name other engine instances reach this one's HTTP port at (Streams application.server; default: ${DEFAULT-VALUE}).")
    String advertisedHost;

    /** Refuses a port outside 0-65535. */
    static void check(Integer port) {
        if (port != null && (port < 0 || port > 65_535)) {
            throw new CliException("--http-port " + port + " is not a port from 0 to 65535 (0: any free port)");
        }
    }

    /** The Streams setting that tells other instances where this one answers interactive queries. */
    String applicationServer(int port) {
        return advertisedHost + ":" + port;
    }

    Watch start(Engine engine, EngineConfig config, Topics topics, Map<String, Object> client, int port) {
        try {
            return Watch.start(engine, config, topics, client, host, port);
        } catch (RuntimeException e) {
            throw new CliException("cannot serve the watch floor on " + host + ":" + port + ": " + e.getMessage());
        }
    }
}
