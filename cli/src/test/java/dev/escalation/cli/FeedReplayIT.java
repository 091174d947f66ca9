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
import dev.escalation.runtime.Backtest;
import dev.escalation.runtime.Engine;
import dev.escalation.runtime.EngineSettings;
import dev.escalation.runtime.Lag;
import dev.escalation.runtime.TopicReader;
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
 * A GDELT export and an ACLED export replayed ({@code ./escalation replay}, one folder, one run)
 * into the engine running on a real broker, three partitions, give exactly the alerts the backtest
 * of the same files gives. The ACLED export goes back 8 days before the end of the GDELT one: the
 * engine settles by 10 days, so that it takes every incident in event-time order, as the backtest does.
 */
class FeedReplayIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final List<Path> FILES = List.of(
            BacktestCommandTest.FIXTURES.resolve("gdelt-events.export.CSV"), BacktestCommandTest.FIXTURES.resolve("acled-events.csv"));

    @Test
    void replayedFeedsGiveTheBacktestsAlerts(@TempDir Path stateDir, @TempDir Path feeds) throws Exception {
        EngineConfig config = EngineConfig.parse("escalation: {settle: 10d}\n", "feed replay test config");
        List<String> expected = backtest(config);
        // Read in name order: the GDELT export, then the ACLED export.
        Files.copy(FILES.get(0), feeds.resolve("1-" + FILES.get(0).getFileName()));
        Files.copy(FILES.get(1), feeds.resolve("2-" + FILES.get(1).getFileName()));
        assertFalse(expected.isEmpty(), "the fixtures fire alerts");

        try (EmbeddedKafka kafka = EmbeddedKafka.start();
             RegistryServer registry = RegistryServer.start(kafka.bootstrapServers(), 0);
             Admin admin = Admin.create(kafka.clientConfig())) {
            Topics topics = Topics.create(config.topics(), new SchemaRegistryClient(registry.url()));
            try (Engine engine = Engine.start(config, topics, EngineSettings.of(kafka.clientConfig())
                    .withStreams(Map.of(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString())).withPartitions(3, 3).withTimeout(TIMEOUT))) {
                StringWriter replayErr = new StringWriter();
                int exit = Escalation.run(new String[] {"replay", feeds.toString(), "--bootstrap-servers", kafka.bootstrapServers(),
                        "--schema-registry-url", registry.url()}, new PrintWriter(new StringWriter(), true), new PrintWriter(replayErr, true));
                assertEquals(0, exit, replayErr.toString());
                List<String> sources = engine.sourceTopics();
                Lag.awaitSettled(admin, StreamsSettings.DEFAULT_APPLICATION_ID, sources, config.escalation().partitionIdle().multipliedBy(2), TIMEOUT);

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
