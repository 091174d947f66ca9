package dev.escalation.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.escalation.config.EngineConfig;
import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.extract.EventCoder;
import dev.escalation.feeds.FeedReader;
import dev.escalation.feeds.FeedReport;
import dev.escalation.feeds.RecordJson;
import dev.escalation.records.EscalationAlert;
import dev.escalation.registry.RegistryServer;
import dev.escalation.registry.SchemaRegistryClient;
import dev.escalation.topology.EngineTopology;
import dev.escalation.topology.StreamsSettings;
import dev.escalation.topology.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GDELT export and an ACLED export replayed ({@code ./escalation replay}) into the engine running
 * on a real broker give exactly the alerts the backtest of the same files gives.
 */
class FeedReplayIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final List<Path> FILES = List.of(
            BacktestCommandTest.FIXTURES.resolve("gdelt-events.export.CSV"), BacktestCommandTest.FIXTURES.resolve("acled-events.csv"));

    @Test
    void replayedFeedsGiveTheBacktestsAlerts(@TempDir Path stateDir) throws Exception {
        EngineConfig config = EngineConfig.defaults();
        List<String> expected = backtest(config);
        assertFalse(expected.isEmpty(), "the fixtures fire alerts");

        try (EmbeddedKafka kafka = EmbeddedKafka.start();
             RegistryServer registry = RegistryServer.start(kafka.bootstrapServers(), 0);
             Admin admin = Admin.create(kafka.clientConfig())) {
            Topics topics = Topics.create(config.topics(), new SchemaRegistryClient(registry.url()));
            try (Engine engine = Engine.start(config, topics, kafka.clientConfig(),
                    Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()), 3, TIMEOUT)) {
                for (Path file : FILES) {
                    StringWriter err = new StringWriter();
                    int exit = Escalation.run(new String[] {"replay", file.toString(), "--bootstrap-servers", kafka.bootstrapServers(),
                            "--schema-registry-url", registry.url()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
                    assertEquals(0, exit, err.toString());
                }
                List<String> sources = EngineTopology.sourceTopics(config, StreamsSettings.DEFAULT_APPLICATION_ID);
                await().atMost(TIMEOUT).until(() -> Lag.caughtUp(admin, StreamsSettings.DEFAULT_APPLICATION_ID, sources));

                List<String> replayed = TopicReader.readAll(topics.alerts(), kafka.clientConfig(), TIMEOUT).stream()
                        .map(ConsumerRecord::value).map(RecordJson::write).sorted().toList();
                assertEquals(expected, replayed);
            }

            // The engine stopped (its group members linger until their session times out: --force), reset clears its state.
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            assertEquals(0, Escalation.run(new String[] {"reset", "--bootstrap-servers", kafka.bootstrapServers(),
                    "--state-dir", stateDir.toString(), "--force"}, new PrintWriter(out, true), new PrintWriter(err, true)), out + "\n" + err);
            assertFalse(Files.exists(stateDir.resolve(StreamsSettings.DEFAULT_APPLICATION_ID)), "local state deleted: " + out);
            String internal = StreamsSettings.DEFAULT_APPLICATION_ID + "-";
            await().atMost(TIMEOUT).until(() -> admin.listTopics().names().get().stream().noneMatch(t -> t.startsWith(internal)));
        }
    }

    private static List<String> backtest(EngineConfig config) throws Exception {
        EventCoder coder = EventCoder.withDefaultDictionaries();
        try (Backtest backtest = new Backtest(config, coder)) {
            for (Path file : FILES) {
                try (FeedReader reader = FeedReader.open(file, null, new FeedReport(), coder)) {
                    reader.forEachRemaining(backtest::pipe);
                }
            }
            return backtest.alerts().stream().map(RecordJson::write).sorted().toList();
        }
    }
}
