package dev.escalation.connect;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.converters.ByteArrayConverter;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.storage.StringConverter;

/**
 * A real Kafka Connect standalone worker in this JVM, started the way {@code connect-standalone.sh}
 * starts one, configured as the README tells operators to (String keys, raw-bytes values), and
 * driven through its REST API only.
 */
final class ConnectWorker extends ConnectRest implements AutoCloseable {

    private final Connect<StandaloneHerder> connect;

    private ConnectWorker(Connect<StandaloneHerder> connect) {
        super(connect.rest().serverUrl().toString());
        this.connect = connect;
    }

    /** A worker on {@code bootstrapServers} keeping its source offsets in {@code offsets}. */
    static ConnectWorker start(String bootstrapServers, Path offsets) {
        Map<String, String> props = properties(bootstrapServers, offsets);
        props.put("listeners", "http://localhost:0");
        // Found through META-INF/services only, as the worker finds the installed plugin.
        props.put("plugin.discovery", "service_load");
        return new ConnectWorker(new ConnectStandalone().startConnect(props));
    }

    /** The worker settings the README gives: String keys, the values' Avro bytes as they are. */
    static Map<String, String> properties(String bootstrapServers, Path offsets) {
        Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("offset.storage.file.filename", offsets.toString());
        props.put("offset.flush.interval.ms", "200");
        props.put("key.converter", StringConverter.class.getName());
        props.put("value.converter", ByteArrayConverter.class.getName());
        return props;
    }

    @Override
    public void close() {
        connect.stop();
        connect.awaitStop();
    }
}
