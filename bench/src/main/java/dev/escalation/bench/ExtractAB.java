package dev.escalation.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two builds of the event coder side by side in one JVM, each in a class loader of its own, coding the
 * {@link ExtractBench} articles in alternating rounds: on a shared, noisy machine both see the same load at a
 * fine grain, so the ratio of their times is steadier than two JMH runs one after the other. The build run
 * second in a round gains a little (give the same jar twice to see how much: 3-5% here), so run both orders.
 * Run from the repository root, with two core jars (for instance built from two commits):
 * {@code mvn -B -q -pl bench exec:java -Descalation.home=. -Dexec.mainClass=dev.escalation.bench.ExtractAB -Dexec.args="A.jar B.jar 12"}.
 */
public final class ExtractAB {
    private ExtractAB() {
    }

    /** One build: its coder and the bench's articles as that build's records. */
    private record Build(Object coder, Method code, List<Object> articles) {
        long round() throws Exception {
            long start = System.nanoTime();
            for (Object article : articles) {
                code.invoke(coder, article);
            }
            return System.nanoTime() - start;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ExtractAB CORE_A.jar CORE_B.jar [ROUNDS]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<String> texts = ExtractBench.texts();
        Build a = load(Path.of(args[0]), texts);
        Build b = load(Path.of(args[1]), texts);
        for (int warm = 0; warm < 6; warm++) {
            a.round();
            b.round();
        }
        List<Long> timesA = new ArrayList<>();
        List<Long> timesB = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long ta = a.round();
            long tb = b.round();
            timesA.add(ta);
            timesB.add(tb);
            ratios.add((double) ta / tb);
        }
        System.out.printf("A %s: %.0f articles/s; B %s: %.0f articles/s (medians of %d rounds)%n", args[0],
                ExtractBench.ARTICLES * 1e9 / median(timesA), args[1], ExtractBench.ARTICLES * 1e9 / median(timesB), rounds);
        System.out.printf("B's speed relative to A's, median of the rounds' ratios: %.3f%n", median(ratios));
    }

    private static <T extends Comparable<T>> T median(List<T> values) {
        List<T> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** The build's core jar before every other entry of this class path but the bench's own core. */
    private static Build load(Path coreJar, List<String> texts) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(coreJar.toUri().toURL());
        for (URL url : classPath()) {
            String path = url.getPath();
            if (!path.contains("escalation-core") && !path.contains("/core/target/classes") && !path.contains("/bench/target/")) {
                urls.add(url);
            }
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        Class<?> coderClass = loader.loadClass("dev.escalation.extract.EventCoder");
        Class<?> articleClass = loader.loadClass("dev.escalation.records.Article");
        Object coder = coderClass.getMethod("withDefaultDictionaries").invoke(null);
        List<Object> articles = new ArrayList<>();
        for (int i = 0; i < ExtractBench.ARTICLES; i++) {
            Object builder = articleClass.getMethod("newBuilder").invoke(null);
            builder.getClass().getMethod("setId", String.class).invoke(builder, "bench-" + i);
            builder.getClass().getMethod("setBody", String.class).invoke(builder, ExtractBench.body(texts, i));
            builder.getClass().getMethod("setPublishedAt", Instant.class).invoke(builder, Instant.parse("2024-02-03T09:00:00Z"));
            articles.add(builder.getClass().getMethod("build").invoke(builder));
        }
        return new Build(coder, coderClass.getMethod("code", articleClass), articles);
    }

    /** The entries this harness was started with: exec:java's project class loader, else java.class.path. */
    private static List<URL> classPath() throws Exception {
        if (ExtractAB.class.getClassLoader() instanceof URLClassLoader loader) {
            return List.of(loader.getURLs());
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls;
    }
}
