package dev.escalation.bench;

import dev.escalation.extract.EventCoder;
import dev.escalation.records.Article;
import dev.escalation.records.Incident;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Articles per second the event coder reads on one thread (one core), for articles of 3-8 KB cut
 * from the seeds and the evaluation articles (news text with the usual share of event sentences).
 * Run from the repository root: {@code mvn -B -q install -DskipTests && mvn -B -q -pl bench exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class ExtractBench {

    static final int ARTICLES = 200;
    /** The bench runs in bench/; the texts are the repository's. */
    private static final Path ROOT = Path.of(System.getProperty("escalation.home", ".."));

    private EventCoder coder;
    private List<Article> articles;

    @Setup
    public void setUp() {
        coder = EventCoder.withDefaultDictionaries();
        articles = articles(texts());
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void codeArticles(Blackhole sink) {
        for (Article article : articles) {
            List<Incident> incidents = coder.code(article);
            sink.consume(incidents);
        }
    }

    /** 3-8 KB each: consecutive texts joined, cut at a size that steps through the range. */
    static List<Article> articles(List<String> texts) {
        List<Article> out = new ArrayList<>(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            out.add(Article.newBuilder().setId("bench-" + i).setBody(body(texts, i))
                    .setPublishedAt(Instant.parse("2024-02-03T09:00:00Z")).build());
        }
        return out;
    }

    /** Article i's body: the texts from the i-th on, joined and cut at 3,000 + (i * 977) % 5,000 characters. */
    static String body(List<String> texts, int i) {
        int size = 3000 + (i * 977) % 5000;
        StringBuilder body = new StringBuilder();
        for (int k = i; body.length() < size; k++) {
            body.append(texts.get(k % texts.size())).append("\n\n");
        }
        return body.substring(0, size);
    }

    static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(ROOT.resolve("seeds"), ROOT.resolve("core/src/test/resources/dev/escalation/extract/eval/articles"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the bench reads the articles in " + dir + "; run it from bench/", e);
            }
        }
        return texts;
    }
}
