package dev.escalation.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.escalation.config.EngineConfig;
import dev.escalation.model.EventTime;
import dev.escalation.records.EscalationAlert;
import dev.escalation.records.Incident;
import dev.escalation.registry.LocalSchemaRegistry;
import dev.escalation.testing.GeneratedIncidents;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A restart of the escalation task between any two records gives exactly the alerts and dead
 * letters of an uninterrupted run: what the journal writes down is all a restarted task needs.
 * The task restarts on its journal's stores as a commit leaves them (exactly-once commits them with
 * the input offsets, so the records after the commit are the restarted task's); its intake, which
 * stamps the watermarks and says when the partition is idle, starts again too. {@code DeterminismIT}
 * kills a real engine once, on a broker; this restarts the task at every point of every scenario
 * and of a generated history.
 */
class EscalationRestartTest {

    @TestFactory
    Stream<DynamicTest> everyScenarioRestartedAnywhere() throws IOException {
        return Scenario.files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Scenario scenario = Scenario.read(file);
            assertRestartsChangeNothing(scenario.config(), scenario.input());
        }));
    }

    /** The defaults; a short grace, so that records come late for their region and re-link responses past its grace; a settle. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"escalation: {}", "escalation: {grace: 6h}", "escalation: {settle: 1d}"})
    void aGeneratedHistoryRestartedAnywhere(String yaml) {
        List<Scenario.Step> history = GeneratedIncidents.generate(20240128L, 300).stream()
                .map(incident -> (Scenario.Step) new Scenario.Send(incident)).toList();
        List<String> uninterrupted = assertRestartsChangeNothing(EngineConfig.parse(yaml, "test config"), history);
        assertTrue(uninterrupted.stream().anyMatch(out -> out.contains("\"level\": 3")), "the history raises RETALIATION: " + uninterrupted);
    }

    /** Runs the input once through, then with a restart before each step; returns the uninterrupted run's output. */
    private static List<String> assertRestartsChangeNothing(EngineConfig config, List<Scenario.Step> input) {
        List<String> uninterrupted = new Task(config).run(input, input.size());
        for (int restartAt = 1; restartAt < input.size(); restartAt++) {
            List<String> restarted = new Task(config).run(input, restartAt);
            for (int i = 0; i < Math.max(uninterrupted.size(), restarted.size()); i++) {
                // Output by output, so that a failure shows the first that differs, not two long lists.
                assertEquals(i < uninterrupted.size() ? uninterrupted.get(i) : "(no more output)",
                        i < restarted.size() ? restarted.get(i) : "(no more output)",
                        "restarted before input step " + restartAt + ": output " + i + " differs");
            }
        }
        return uninterrupted;
    }

    /** The escalation task (intake, then escalation) on its journal's stores, which outlive a restart as the changelog does, and the config store. */
    private static final class Task {
        private final EngineConfig config;
        private final List<StateStore> journal;
        private final KeyValueStore<String, String> liveConfig;

        Task(EngineConfig config) {
            this.config = config;
            // A registry per store: the mock context names every store's changelog alike, so their subjects would clash.
            this.journal = List.of(store(EscalationJournal.INCIDENTS, Serdes.Integer(), topics(config).incidentSerde()),
                    store(EscalationJournal.REGIONS, Serdes.String(), topics(config).regionStateSerde()),
                    store(EscalationJournal.PROGRESS, Serdes.String(), Serdes.String()));
            this.liveConfig = store(LiveConfig.STORE, Serdes.String(), Serdes.String());
        }

        /** Alerts and dead letters, in order, of the input taken with a restart before step {@code restartAt}. */
        List<String> run(List<Scenario.Step> input, int restartAt) {
            List<String> out = new ArrayList<>();
            take(input.subList(0, restartAt), out);
            take(input.subList(restartAt, input.size()), out);
            return out;
        }

        /**
         * Starts the task on the stores as they are (its intake, escalation and config updater anew)
         * and takes the steps. A quiet step lets the wall clock pass the idle time, as ScenarioTest does;
         * so does an applied config, which comes while the feed is quiet.
         */
        private void take(List<Scenario.Step> steps, List<String> out) {
            MockProcessorContext<String, Incident> intakeContext = context();
            intakeContext.setCurrentSystemTimeMs(0L);
            IncidentIntake intake = new IncidentIntake(config);
            intake.init(intakeContext);
            MockProcessorContext<String, EscalationAlert> taskContext = context();
            journal.forEach(taskContext::addStateStore);
            EscalationProcessor task = new EscalationProcessor(config, true);
            task.init(taskContext);
            ConfigUpdater configUpdater = new ConfigUpdater(config);
            configUpdater.init(context());
            for (Scenario.Step step : steps) {
                try {
                    if (step instanceof Scenario.Send send) {
                        Incident incident = Incident.newBuilder(send.incident()).build(); // the intake maps what it is given in place
                        intake.process(new Record<>(incident.getId(), incident, EventTime.of(incident)));
                    } else {
                        long now = intakeContext.currentSystemTimeMs() + config.escalation().partitionIdle().toMillis();
                        intakeContext.setCurrentSystemTimeMs(now);
                        intakeContext.scheduledPunctuators().get(0).getPunctuator().punctuate(now);
                    }
                    for (var passed : intakeContext.forwarded()) {
                        task.process(new Record<String, Incident>(passed.record().key(), passed.record().value(),
                                passed.record().timestamp(), passed.record().headers()));
                    }
                } catch (RejectedRecord rejected) {
                    out.add("dead letter: " + rejected.getMessage());
                }
                if (step instanceof Scenario.Apply apply) {
                    configUpdater.process(new Record<>(LiveConfig.KEY, apply.yaml(), 0L));
                }
                intakeContext.resetForwards();
                taskContext.forwarded().forEach(alert -> out.add(alert.record().value().toString()));
                taskContext.resetForwards();
            }
        }

        /** A processor context that holds the config store, as every processor of the engine sees it. */
        private <K, V> MockProcessorContext<K, V> context() {
            MockProcessorContext<K, V> context = new MockProcessorContext<>();
            context.addStateStore(liveConfig);
            return context;
        }

        private static Topics topics(EngineConfig config) {
            return Topics.create(config.topics(), new LocalSchemaRegistry());
        }

        private static <K, V> KeyValueStore<K, V> store(String name, Serde<K> keys, Serde<V> values) {
            KeyValueStore<K, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), keys, values)
                    .withLoggingDisabled().build();
            store.init(new MockProcessorContext<>().getStateStoreContext(), store);
            return store;
        }
    }
}
