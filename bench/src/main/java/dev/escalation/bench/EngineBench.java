package dev.escalation.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.escalation.cli.Backtest;
import dev.escalation.config.EngineConfig;
import dev.escalation.extract.EventCoder;
import dev.escalation.records.Incident;
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
 * Sizes: {@code -Dbench.incidents} (ttd, memory; default {@value BenchIncidents#YEAR}), {@code -Dbench.runs} (ttd, 3),
 * {@code -Dbench.heap} (memory, 512m),
 * and those of {@link EosBench} and {@link LatencyBench}.
 */
public final class EngineBench {

    /** The memory measure's heap (the target), or another to find what the year needs: -Dbench.heap=1g. */
    private static final String HEAP = System.getProperty("bench.heap", "512m");
    /** The sub-command the {@code memory} measure runs in its child JVM. */
    private static final String MEMORY_CHILD = "memory-child";

    private EngineBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals(MEMORY_CHILD)) {
            memoryChild(Long.parseLong(args[1]));
            return;
        }
        List<String> which = args.length == 0 ? List.of("ttd", "eos", "latency", "memory") : Arrays.asList(args);
        long incidents = Timed.count("bench.incidents", BenchIncidents.YEAR);
        for (String measure : which) {
            switch (measure) {
                case "ttd" -> topology(incidents, (int) Timed.count("bench.runs", 3));
                case "eos" -> EosBench.run();
                case "latency" -> LatencyBench.run();
                case "memory" -> memory(incidents);
                default -> throw new IllegalArgumentException("unknown measure '" + measure + "'; use ttd, eos, latency, memory");
            }
        }
    }

    /**
     * Incidents per second through the engine's topology in TopologyTestDriver: the CLI's backtest
     * (state in memory, Avro in, alerts and dead letters out), with no file to read. The incidents
     * are made before the clock starts; one warm-up run of a tenth of them, then {@code runs} timed runs.
     */
    private static void topology(long count, int runs) throws Exception {
        List<Incident> incidents = new ArrayList<>();
        new BenchIncidents(count).forEachRemaining(incidents::add);
        EventCoder coder = EventCoder.withDefaultDictionaries();
        System.out.printf("ttd: %,d incidents of the year (%s to %s)%n", count,
                incidents.get(0).getEventDate(), incidents.get(incidents.size() - 1).getEventDate());
        pipe(coder, incidents.subList(0, Math.max(1, incidents.size() / 10)));
        Timed.median("ttd: the topology alone, incidents/s", 0, runs, () -> pipe(coder, incidents));
    }

    private static long pipe(EventCoder coder, List<Incident> incidents) {
        try (Backtest backtest = new Backtest(EngineConfig.defaults(), coder)) {
            incidents.forEach(incident -> backtest.pipe(BenchBroker.record(incident)));
            System.out.printf("    %,d alerts, %,d dead letters%n", backtest.alerts().size(), backtest.deadLetterCount());
        }
        return incidents.size();
    }

    /**
     * Runs {@code count} incidents through the topology, as {@code ttd} does, in a child JVM with
     * a 512 MB heap ({@code -Dbench.heap}) and the same class path; it completes or dies of OutOfMemoryError.
     */
    private static void memory(long count) throws Exception {
        System.out.printf("memory: %,d incidents through the topology in a JVM with -Xmx%s%n", count, HEAP);
        // The child's temporary files go to a folder of ours: one that dies of OutOfMemoryError cannot delete them.
        try (Scratch tmp = Scratch.create("escalation-bench-memory-")) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=" + tmp.path(), "-cp", classPath(),
                    EngineBench.class.getName(), MEMORY_CHILD, String.valueOf(count));
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            System.out.println(exit == 0 ? "memory: completed" : "memory: FAILED, child exit code " + exit);
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
        try (Backtest backtest = new Backtest(EngineConfig.defaults(), EventCoder.withDefaultDictionaries())) {
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
