package dev.escalation.extract;

import dev.escalation.records.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Articles per second on one thread, for 3-8 KB articles built from the seeds and the evaluation
 * articles. Not part of the normal build: run with
 * {@code mvn -pl streams test -Dtest=ThroughputBenchmarkTest -Dextract.bench=true}.
 * Warm-up rounds let the JIT compile the hot paths before the measured rounds; the median round is
 * reported, per second of wall time and per second of this thread's CPU time (the per-core figure,
 * which other processes on a shared machine disturb less).
 */
@EnabledIfSystemProperty(named = "extract.bench", matches = "true")
class ThroughputBenchmarkTest {
    private static final String[] OWN = {"own-01-israel-hezbollah-exchange.txt", "own-02-red-sea-houthis.txt",
            "own-03-opinion-no-events.txt", "own-04-tallies-and-one-attack.txt", "own-05-turkey-northern-iraq-syria.txt",
            "own-06-denials-and-no-casualties.txt", "own-07-furniture-and-quotes.txt", "own-08-russia-ukraine-shelling.txt",
            "own-09-us-jordan-tower22.txt", "own-10-anniversary-and-history.txt"};

    @Test
    void articlesPerSecondOnOneCore() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<java.nio.file.Path> seeds = Files.list(TestArticles.SEEDS)) {
            for (java.nio.file.Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        for (String own : OWN) {
            try (InputStream in = getClass().getResourceAsStream("/dev/escalation/extract/eval/articles/" + own)) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        // 200 articles of 3-8 KB: consecutive texts joined until the size is reached
        List<Article> articles = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 200; i++) {
            int target = 3000 + (i * 977) % 5000;
            StringBuilder b = new StringBuilder();
            for (int k = i; b.length() < target; k++) {
                b.append(texts.get(k % texts.size())).append("\n\n");
            }
            String body = b.substring(0, target);
            bytes += body.getBytes(StandardCharsets.UTF_8).length;
            articles.add(TestArticles.article("bench-" + i, "2024-02-03", body));
        }
        EventCoder coder = TestArticles.CODER;
        long sink = 0;
        for (int warm = 0; warm < 30; warm++) {
            for (Article a : articles) {
                sink += coder.code(a).size();
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int round = 0; round < 15; round++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            for (Article a : articles) {
                sink += coder.code(a).size();
            }
            wall.add(articles.size() / ((System.nanoTime() - t0) / 1e9));
            cpu.add(articles.size() / ((threads.getCurrentThreadCpuTime() - c0) / 1e9));
        }
        wall.sort(Double::compare);
        cpu.sort(Double::compare);
        System.out.printf("extract throughput: %.0f articles per CPU-second, %.0f articles/s wall, one thread "
                        + "(medians of %d rounds; %d articles, mean %.1f KB; %d incidents)%n",
                cpu.get(cpu.size() / 2), wall.get(wall.size() / 2), wall.size(), articles.size(), bytes / 1024.0 / articles.size(), sink);
    }
}
