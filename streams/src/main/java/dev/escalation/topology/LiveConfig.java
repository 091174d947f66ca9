package dev.escalation.topology;

import dev.escalation.config.ConfigException;
import dev.escalation.config.EngineConfig;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The configuration in force, for processors: the one an operator last applied to the
 * {@code escalation-config} topic (held in a global store, so every instance sees it), else the
 * one the engine started with. Read it per record; it re-parses only when the text changed.
 */
final class LiveConfig {

    static final String STORE = "engine-config";
    /** The compacted topic holds one record per key; the engine's whole configuration is under this one. */
    static final String KEY = Topics.CONFIG_KEY;

    private final EngineConfig startup;
    private KeyValueStore<String, String> store;
    private String appliedText;
    private EngineConfig current;

    LiveConfig(EngineConfig startup) {
        this.startup = startup;
        this.current = startup;
    }

    void init(ProcessorContext<?, ?> context) {
        store = context.getStateStore(STORE);
    }

    EngineConfig current() {
        String text = store.get(KEY);
        if (text != null && !Objects.equals(text, appliedText)) {
            appliedText = text;
            try {
                current = accept(text, startup);
            } catch (ConfigException e) {
                // ConfigUpdater stores only accepted configs, but a global store may be restored from
                // its topic without it; a bad text there must not replace the config in force.
                return current;
            }
        }
        return current;
    }

    /** Checks an applied config against the running engine: valid, and the same topics (they cannot move at run time). */
    static EngineConfig accept(String text, EngineConfig running) {
        EngineConfig candidate = EngineConfig.parse(text, "applied config");
        if (!candidate.topics().equals(running.topics())) {
            throw new ConfigException("applied config " + candidate.version(), List.of(
                    "topics: " + candidate.topics() + " differ from the running engine's " + running.topics()
                            + "; topic names change only with a restart"));
        }
        return candidate;
    }
}
