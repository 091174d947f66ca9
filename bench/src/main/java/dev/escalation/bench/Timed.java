package dev.escalation.bench;

import java.util.Arrays;

/** The harnesses' way to time a measure: warm-up runs, then timed runs, and their median. */
final class Timed {

    interface Run {
        /** Does the work once; returns how many items (rows, incidents) it handled. */
        long items() throws Exception;
    }

    private Timed() {}

    /** Prints each timed run and the median; returns the median rate in items per second. */
    static double median(String name, int warmUps, int runs, Run run) throws Exception {
        System.out.println(name);
        for (int i = 0; i < warmUps; i++) {
            run.items();
        }
        double[] rates = new double[runs];
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long items = run.items();
            seconds[i] = (System.nanoTime() - start) / 1e9;
            rates[i] = items / seconds[i];
            System.out.printf("  run %d: %,d in %.2f s = %,.0f/s%n", i + 1, items, seconds[i], rates[i]);
        }
        System.out.printf("  median: %,.0f/s, %.2f s%n", median(rates), median(seconds));
        return median(rates);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** A count from a system property (-Dname=N, underscores allowed), or the default. */
    static long count(String property, long defaultValue) {
        String value = System.getProperty(property);
        return value == null ? defaultValue : Long.parseLong(value.replace("_", ""));
    }
}
