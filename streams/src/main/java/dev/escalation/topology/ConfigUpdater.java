package dev.escalation.topology;

import dev.escalation.config.ConfigException;
import dev.escalation.config.EngineConfig;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the global config store from the {@code escalation-config} topic. Only a config that
 * validates (and keeps the running topics) is stored; anything else is logged with every problem
 * and the last good config stays in force.
 */
final class ConfigUpdater implements Processor<String, String, Void, Void> {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigUpdater.class);

    private final EngineConfig startup;
    private KeyValueStore<String, String> store;

    ConfigUpdater(EngineConfig startup) {
        this.startup = startup;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(LiveConfig.STORE);
    }

    @Override
    public void process(Record<String, String> record) {
        if (!LiveConfig.KEY.equals(record.key()) || record.value() == null) {
            LOG.error("config record with key '{}' ignored: the engine reads key '{}' with a YAML value", record.key(), LiveConfig.KEY);
            return;
        }
        try {
            EngineConfig accepted = LiveConfig.accept(record.value(), startup);
            store.put(LiveConfig.KEY, record.value());
            LOG.info("config switch: version {} is now in force", accepted.version());
        } catch (ConfigException e) {
            LOG.error("config rejected, the last good one stays in force: {}", e.getMessage());
        }
    }
}
