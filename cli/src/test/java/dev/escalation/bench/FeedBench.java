package dev.escalation.bench;

import dev.escalation.cli.Backtest;
import dev.escalation.cli.Replay;
import dev.escalation.config.EngineConfig;
import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.extract.EventCoder;
import dev.escalation.feeds.FeedReader;
import dev.escalation.feeds.FeedReport;
import dev.escalation.feeds.RecordJson;
import dev.escalation.records.EventType;
import dev.escalation.records.Feed;
import dev.escalation.records.Incident;
import dev.escalation.registry.RegistryServer;
import dev.escalation.registry.SchemaRegistryClient;
import dev.escalation.topology.Topics;
import java.io.BufferedWriter;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Speed of the historical feeds, measured end to end on generated files: GDELT parsing, replay into
 * an embedded broker, backtest of incidents. Each measure has warm-up runs, then several runs, and
 * reports the median. Run: see README, "Historical feeds".
 *
 * <pre>cd cli && mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.escalation.bench.FeedBench [-Dexec.args="gdelt replay backtest"]</pre>
 */
public final class FeedBench {

    private static final Path FIXTURE = Path.of("..", "streams", "src", "test", "resources", "dev", "escalation", "feeds", "gdelt-events.export.CSV");
    private static final int GDELT_ROWS = 1_000_000;
    private static final int REPLAY_ROWS = 500_000;
    private static final int BACKTEST_INCIDENTS = Integer.getInteger("bench.incidents", 1_000_000);

    private interface Run {
        long rows() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        List<String> which = args.length == 0 ? List.of("gdelt", "replay", "backtest") : Arrays.asList(args);
        Path dir = Files.createTempDirectory("escalation-bench-");
        EventCoder coder = EventCoder.withDefaultDictionaries();
        if (which.contains("gdelt")) {
            Path gdelt = gdelt(dir.resolve("mixed.export.CSV"), GDELT_ROWS, false);
            measure("GDELT parsing (1,000,000 rows, CAMEO mix of the fixture)", 2, 5, () -> read(gdelt, coder));
        }
        if (which.contains("replay")) {
            Path violent = gdelt(dir.resolve("violent.export.CSV"), REPLAY_ROWS, true);
            try (EmbeddedKafka kafka = EmbeddedKafka.start(); RegistryServer registry = RegistryServer.start(kafka.bootstrapServers(), 0)) {
                EngineConfig config = EngineConfig.defaults();
                Topics topics = Topics.create(config.topics(), new SchemaRegistryClient(registry.url()));
                try (Admin admin = Admin.create(kafka.clientConfig())) {
                    admin.createTopics(List.of(new NewTopic(topics.incidents().name(), 3, (short) 1))).all().get();
                }
                measure("replay into the embedded broker (500,000 GDELT incidents: read, Avro, produce, acks=all)", 1, 3, () -> {
                    try (Replay replay = new Replay(config, topics, kafka.clientConfig(), 0, null, null);
                         FeedReader reader = FeedReader.open(violent, null, new FeedReport(), coder)) {
                        while (reader.hasNext()) {
                            replay.send(reader.next());
                        }
                        replay.flush();
                        return replay.acknowledged();
                    }
                });
            }
        }
        if (which.contains("backtest")) {
            Path incidents = incidents(dir.resolve("incidents.jsonl"), BACKTEST_INCIDENTS);
            measure(String.format("backtest of %,d incidents (JSON lines, 40 countries, 2 years)", BACKTEST_INCIDENTS), 0, 3, () -> {
                try (Backtest backtest = new Backtest(EngineConfig.defaults(), coder);
                     FeedReader reader = FeedReader.open(incidents, null, new FeedReport(), coder)) {
                    long rows = 0;
                    while (reader.hasNext()) {
                        backtest.pipe(reader.next());
                        rows++;
                    }
                    System.out.printf("    (%d alerts)%n", backtest.alerts().size());
                    return rows;
                }
            });
        }
    }

    private static long read(Path file, EventCoder coder) throws IOException {
        FeedReport report = new FeedReport();
        try (FeedReader reader = FeedReader.open(file, null, report, coder)) {
            while (reader.hasNext()) {
                reader.next();
            }
        }
        return report.rows();
    }

    private static void measure(String name, int warmUps, int runs, Run run) throws Exception {
        System.out.println(name);
        for (int i = 0; i < warmUps; i++) {
            run.rows();
        }
        double[] rates = new double[runs];
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long rows = run.rows();
            seconds[i] = (System.nanoTime() - start) / 1e9;
            rates[i] = rows / seconds[i];
            System.out.printf("  run %d: %,d rows in %.2f s = %,.0f rows/s%n", i + 1, rows, seconds[i], rates[i]);
        }
        Arrays.sort(rates);
        Arrays.sort(seconds);
        System.out.printf("  median: %,.0f rows/s, %.2f s%n", rates[runs / 2], seconds[runs / 2]);
    }

    /** Rows of the fixture with fresh ids, days and places, so that none is a repeat; only violent ones when asked. */
    private static Path gdelt(Path file, int rows, boolean violentOnly) throws IOException {
        List<String> templates = new ArrayList<>();
        for (String line : Files.readAllLines(FIXTURE)) {
            // the fixture's three valid strikes in Iraq (ids 1001, 1002, 1005)
            if (!violentOnly || line.matches("^100[125]\t.*")) {
                templates.add(line);
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < rows; i++) {
                String[] cols = templates.get(i % templates.size()).split("\t", -1);
                cols[0] = String.valueOf(10_000_000 + i);
                if (cols.length == 61) {
                    cols[58] = String.valueOf(i); // a distinct place: not a repeat
                }
                out.write(String.join("\t", cols));
                out.write('\n');
            }
        }
        return file;
    }

    /** Incidents spread over 40 countries and two years, in date order, as a year of a busy feed would be. */
    private static Path incidents(Path file, int count) throws IOException {
        Random random = new Random(42);
        EventType[] types = {EventType.AIR_STRIKE, EventType.DRONE_ATTACK, EventType.ROCKET_ATTACK, EventType.SHELLING, EventType.ARMED_CLASH};
        String[] sides = {"US", "IRAN_AXIS", "ISRAEL", "IRAQ_GOV", "SYRIA_GOV", "TURKEY", "RUSSIA", "UKRAINE"};
        LocalDate start = LocalDate.of(2022, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < count; i++) {
                Incident incident = Incident.newBuilder()
                        .setId("bench-" + i)
                        .setEventType(types[random.nextInt(types.length)])
                        .setEventDate(start.plusDays((long) i * 730 / count))
                        .setCountryCode(String.valueOf((char) ('A' + i % 40 / 26)) + (char) ('A' + i % 40 % 26))
                        .setActorSide(sides[random.nextInt(sides.length)])
                        .setTargetSide(sides[random.nextInt(sides.length)])
                        .setFatalities(random.nextInt(5))
                        .setFeed(Feed.OTHER)
                        .build();
                out.write(RecordJson.write(incident));
                out.write('\n');
            }
        }
        return file;
    }
}
