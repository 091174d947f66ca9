package dev.escalation.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.extract.Tagging;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tokens per second the part-of-speech and chunk stage ({@link Tagging}) reads on one thread, on the
 * sentences it will be given: those of the evaluation articles that hold an event word (the
 * dictionary gate passes only those). One operation tags every such sentence once; the secondary
 * metric "tokens" is tokens/s. {@code decoding} is "posBeam/chunkBeam", 0 for the stage's own greedy
 * loop, 3/10 for OpenNLP's stock beams.
 * Run from the repository root: {@code mvn -B -q install -DskipTests && mvn -B -q -pl bench exec:exec -Dbench=TaggingBench}
 * (short runs: {@code -Dexec.args="-cp %classpath org.openjdk.jmh.Main TaggingBench -wi 3 -i 5 -f 1"});
 * the corpus figures (event sentences per article) and tokens per CPU-second of the thread, steadier
 * on a loaded machine: {@code mvn -B -q -pl bench exec:java -Dexec.mainClass=dev.escalation.bench.TaggingBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class TaggingBench {

    /** The bench runs in bench/; the texts are the repository's. */
    private static final Path ROOT = Path.of(System.getProperty("escalation.home", ".."));
    /** A rough stand-in for the gate: a sentence with one of these word starts is tagged. */
    private static final List<String> EVENT_WORDS = List.of("attack", "strike", "struck", "airstrike", "kill", "missile",
            "drone", "fired", "shelling", "shelled", "bomb", "rocket");

    @Param({"3/10", "3/3", "1/1", "0/0"})
    public String decoding;

    private Tagging tagging;
    private List<String[]> sentences;
    private long tokensPerPass;

    /** Tokens tagged, reported per second next to the passes. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Tokens {
        public long tokens;

        @Setup(Level.Iteration)
        public void clear() {
            tokens = 0;
        }
    }

    @Setup
    public void setUp() {
        String[] beams = decoding.split("/");
        tagging = new Tagging(new Tagging.Decoding(Integer.parseInt(beams[0]), Integer.parseInt(beams[1])));
        sentences = new ArrayList<>();
        for (String body : bodies()) {
            for (String[] s : Tagging.sentences(body)) {
                if (isEvent(s)) {
                    sentences.add(s);
                }
            }
        }
        tokensPerPass = sentences.stream().mapToLong(s -> s.length).sum();
    }

    @Benchmark
    public void pos(Tokens count, Blackhole sink) {
        for (String[] s : sentences) {
            sink.consume(tagging.posTags(s));
        }
        count.tokens += tokensPerPass;
    }

    @Benchmark
    public void posAndChunks(Tokens count, Blackhole sink) {
        for (String[] s : sentences) {
            sink.consume(tagging.tag(s));
        }
        count.tokens += tokensPerPass;
    }

    static boolean isEvent(String[] words) {
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            for (String e : EVENT_WORDS) {
                if (lower.startsWith(e)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The bodies of the evaluation articles (evaluation/extraction/articles/*.jsonl). */
    static List<String> bodies() {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        Path dir = ROOT.resolve("evaluation/extraction/articles");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (!line.isBlank()) {
                            JsonNode article = json.readTree(line);
                            out.add(article.path("body").asText());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the bench reads the articles in " + dir + "; run it from bench/", e);
        }
        return out;
    }

    /**
     * The corpus: sentences per article, how many hold an event word, their length (also for
     * ExtractBench's 3-8 KB articles); then, as the README's plain harness does for the coder, tokens
     * per CPU-second of the tagging thread for each decoding (8 rounds after 6 of warm-up, median),
     * which a loaded machine disturbs less than JMH's wall-clock rates.
     */
    public static void main(String[] args) {
        report("evaluation articles", bodies());
        List<String> cut = new ArrayList<>();
        ExtractBench.articles(ExtractBench.texts()).forEach(a -> cut.add(a.getBody().toString()));
        report("ExtractBench's 3-8 KB articles", cut);

        TaggingBench bench = new TaggingBench();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (String decoding : new String[] {"3/10", "3/3", "1/1", "0/0"}) {
            bench.decoding = decoding;
            bench.setUp();
            List<Double> pos = new ArrayList<>();
            List<Double> both = new ArrayList<>();
            long sink = 0;
            for (int round = 0; round < 14; round++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                for (String[] s : bench.sentences) {
                    sink += bench.tagging.posTags(s).length;
                }
                long t1 = cpu.getCurrentThreadCpuTime();
                for (String[] s : bench.sentences) {
                    sink += bench.tagging.tag(s).size();
                }
                long t2 = cpu.getCurrentThreadCpuTime();
                if (round >= 6) {
                    pos.add(bench.tokensPerPass * 1e9 / (t1 - t0));
                    both.add(bench.tokensPerPass * 1e9 / (t2 - t1));
                }
            }
            Collections.sort(pos);
            Collections.sort(both);
            System.out.printf(Locale.ROOT, "decoding %s: POS %.0f, POS + chunks %.0f tokens per CPU-second (%d sentences, %d tokens; %d)%n",
                    decoding, pos.get(pos.size() / 2), both.get(both.size() / 2), bench.sentences.size(), bench.tokensPerPass, sink);
        }
    }

    private static void report(String name, List<String> bodies) {
        long chars = 0;
        long sentences = 0;
        long events = 0;
        long eventTokens = 0;
        for (String body : bodies) {
            chars += body.length();
            for (String[] s : Tagging.sentences(body)) {
                sentences++;
                if (isEvent(s)) {
                    events++;
                    eventTokens += s.length;
                }
            }
        }
        double n = bodies.size();
        System.out.printf(Locale.ROOT, "%s: %d articles, %.0f chars, %.1f sentences and %.1f event sentences per article,"
                        + " %.1f tokens per event sentence, %.0f event tokens per article (%.1f per KB)%n",
                name, bodies.size(), chars / n, sentences / n, events / n, (double) eventTokens / Math.max(1, events),
                eventTokens / n, eventTokens / (chars / 1000.0));
    }
}
