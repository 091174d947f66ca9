package dev.escalation.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.escalation.config.EngineConfig;
import dev.escalation.records.Incident;
import dev.escalation.runtime.Backtest;
import java.io.File;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The engine's benchmarks, one sub-command per measure, all on the incidents of {@link BenchIncidents}:
 * <ul>
 *   <li>{@code ttd}: the topology alone, through TopologyTestDriver as {@code backtest} runs it, incidents per second;
 *   <li>{@code eos}: the engine against a pass-through Streams app on one embedded broker, exactly-once ({@link EosBench});
 *   <li>{@code latency}: incident-to-alert latency at a steady rate on the embedded broker ({@link LatencyBench});
 *   <li>{@code memory}: the year through the topology in a child JVM with a 512 MB heap.
 * </ul>
 * Run from the repository root (see README, "Engine benchmarks"):
 * <pre>mvn -B -q -pl bench exec:java -Dexec.mainClass=dev.escalation.bench.EngineBench -Dexec.args="ttd eos latency memory"</pre>
 * Sizes: {@code -Dbench.ttd.incidents} (ttd, 200,000), {@code -Dbench.runs} (ttd, 5),
 * {@code -Dbench.incidents} (memory, {@value BenchIncidents#YEAR}),
 * {@code -Dbench.heap} (memory, 512m),
 * and those of {@link EosBench} and {@link LatencyBench}.
 */
public final class EngineBench {

    /** The memory measure's heap (the target), or another to find what the year needs: -Dbench.heap=1g. */
    private static final String HEAP = System.getProperty("bench.heap", "512m");
    /** The garbage collector {@code ./escalation backtest} runs with: a batch job wants throughput, not short pauses. */
    private static final String BACKTEST_GC = "-XX:+UseParallelGC";
    /** The sub-commands the {@code ttd} and {@code memory} measures run in their child JVMs. */
    private static final String TTD_CHILD = "ttd-child";
    private static final String MEMORY_CHILD = "memory-child";

    private EngineBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals(MEMORY_CHILD)) {
            memoryChild(Long.parseLong(args[1]));
            return;
        }
        if (args.length == 3 && args[0].equals(TTD_CHILD)) {
            topology(Long.parseLong(args[1]), Integer.parseInt(args[2]));
            return;
        }
        List<String> which = args.length == 0 ? List.of("ttd", "eos", "latency", "memory") : Arrays.asList(args);
        for (String measure : which) {
            switch (measure) {
                case "ttd" -> {
                    long count = Timed.count("bench.ttd.incidents", 200_000);
                    int runs = (int) Timed.count("bench.runs", 5);
                    System.out.printf("ttd: in a JVM as ./escalation backtest runs (%s, -Xmx1g)%n", BACKTEST_GC);
                    child("ttd", List.of(BACKTEST_GC, "-Xms1g", "-Xmx1g"), TTD_CHILD, String.valueOf(count), String.valueOf(runs));
                }
                case "eos" -> EosBench.run();
                case "latency" -> LatencyBench.run();
                case "memory" -> {
                    long count = Timed.count("bench.incidents", BenchIncidents.YEAR);
                    System.out.printf("memory: %,d incidents through the topology in a JVM with -Xmx%s (%s, as ./escalation backtest)%n",
                            count, HEAP, BACKTEST_GC);
                    child("memory", List.of(BACKTEST_GC, "-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError"), MEMORY_CHILD, String.valueOf(count));
                }
                default -> throw new IllegalArgumentException("unknown measure '" + measure + "'; use ttd, eos, latency, memory");
            }
        }
    }

    /**
     * Incidents per second through the engine's topology in TopologyTestDriver: the CLI's backtest
     * of incidents (the escalation pipeline, state in memory, Avro in, alerts and dead letters out),
     * with no file to read. The incidents are made before the clock starts; two warm-up runs, for
     * the JIT, then {@code runs} timed runs and their median.
     */
    private static void topology(long count, int runs) throws Exception {
        List<Incident> incidents = new ArrayList<>();
        new BenchIncidents(count).forEachRemaining(incidents::add);
        System.out.printf("ttd: %,d incidents of the year (%s to %s)%n", count,
                incidents.get(0).getEventDate(), incidents.get(incidents.size() - 1).getEventDate());
        Timed.median("ttd: the topology alone, incidents/s (after 2 warm-up runs)", 2, runs, () -> pipe(incidents));
    }

    private static long pipe(List<Incident> incidents) {
        try (Backtest backtest = Backtest.ofIncidents(EngineConfig.defaults())) {
            incidents.forEach(incident -> backtest.pipe(BenchBroker.record(incident)));
            System.out.printf("    %,d alerts, %,d dead letters%n", backtest.alerts().size(), backtest.deadLetterCount());
        }
        return incidents.size();
    }

    /**
     * Runs a measure in a child JVM with the given flags and this JVM's class path and bench
     * settings, so that its heap and collector are the ones stated, whatever Maven runs with.
     */
    private static void child(String measure, List<String> flags, String... args) throws Exception {
        // The child's temporary files go to a folder of ours: one that dies of OutOfMemoryError cannot delete them.
        try (Scratch tmp = Scratch.create("escalation-bench-" + measure + "-")) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(flags);
            System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench."))
                    .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
            command.addAll(List.of("-Djava.io.tmpdir=" + tmp.path(), "-cp", classPath(), EngineBench.class.getName()));
            command.addAll(Arrays.asList(args));
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            System.out.println(exit == 0 ? measure + ": completed" : measure + ": FAILED, child exit code " + exit);
        }
    }

    /** The class path this JVM loads the bench from: exec:java's class loader, or java's own. */
    private static String classPath() throws Exception {
        if (EngineBench.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    /**
     * The child's side of {@code memory}: streams the incidents (never all in memory at once)
     * through the topology, and reports the largest heap in use after a collection, the time taken
     * and the process's peak resident memory (which includes RocksDB, off the heap).
     */
    private static void memoryChild(long count) throws Exception {
        AtomicLong peak = new AtomicLong();
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    peak.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        long start = System.nanoTime();
        try (Backtest backtest = Backtest.ofIncidents(EngineConfig.defaults())) {
            BenchIncidents incidents = new BenchIncidents(count);
            for (long n = 1; incidents.hasNext(); n++) {
                backtest.pipe(BenchBroker.record(incidents.next()));
                if (n % 100_000 == 0) { // how far it got, should it run out of memory
                    System.out.printf("  %,d incidents, %.0f s, peak heap after GC so far %,d MB%n", n, (System.nanoTime() - start) / 1e9, peak.get() >> 20);
                }
            }
            System.out.printf("  %,d alerts, %,d dead letters%n", backtest.alerts().size(), backtest.deadLetterCount());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("  %,d incidents in %.1f s (%,.0f/s); peak heap after GC %,d MB (max %,d MB); peak RSS %s%n",
                count, seconds, count / seconds, peak.get() >> 20, heap.getMax() >> 20, peakResident());
    }

    /** VmHWM from /proc (Linux): the process's peak resident memory, heap and native (RocksDB) alike. */
    private static String peakResident() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "unknown";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring(6).trim()).findFirst().orElse("unknown");
    }
}
