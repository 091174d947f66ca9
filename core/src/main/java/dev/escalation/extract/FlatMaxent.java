package dev.escalation.extract;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maxent model's weights copied into flat arrays, for {@link Tagging}'s greedy decoding,
 * which needs only the best outcome. OpenNLP looks each feature up in a HashMap of Strings (node, key,
 * key bytes, a Context, its two arrays: a chain of cache misses per feature, most of the tagger's
 * time) and then normalises with exp(); here a feature is a 64-bit hash looked up in one open-addressed
 * long array, its weights lie side by side, and the scores are not normalised (the prior is uniform,
 * so the best score is the best probability). Two features of a model never share a hash (checked
 * when built); a feature the model lacks could match one with odds of about 1 in 10^13 per feature.
 * Immutable, shared between threads.
 */
final class FlatMaxent {
    /** Per slot two longs, in one cache line: the feature's hash (0: empty) and its weights' [start, end) in the flat arrays. */
    private final long[] table;
    private final int[] outcomes;
    private final double[] weights;
    private final String[] outcomeNames;
    private final int mask;

    @SuppressWarnings("unchecked")
    FlatMaxent(MaxentModel model) {
        Object[] data = ((AbstractModel) model).getDataStructures();
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        outcomeNames = (String[]) data[2];
        int size = Integer.highestOneBit(Math.max(2, pmap.size() * 2 - 1)) << 1;
        table = new long[2 * size];
        mask = size - 1;
        int total = 0;
        for (Context c : pmap.values()) {
            total += c.getOutcomes().length;
        }
        outcomes = new int[total];
        weights = new double[total];
        int at = 0;
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            long h = hash(e.getKey());
            int slot = (int) h & mask;
            while (table[2 * slot] != 0) {
                if (table[2 * slot] == h) {
                    throw new IllegalStateException("two features of the model share a hash: " + e.getKey());
                }
                slot = (slot + 1) & mask;
            }
            int[] o = e.getValue().getOutcomes();
            double[] w = e.getValue().getParameters();
            System.arraycopy(o, 0, outcomes, at, o.length);
            System.arraycopy(w, 0, weights, at, w.length);
            table[2 * slot] = h;
            table[2 * slot + 1] = (long) at << 32 | (at + o.length);
            at += o.length;
        }
    }

    int numOutcomes() {
        return outcomeNames.length;
    }

    String outcome(int i) {
        return outcomeNames[i];
    }

    /** Fills {@code scores} with each outcome's summed weight (a log-probability up to a constant). */
    double[] score(String[] features, double[] scores) {
        java.util.Arrays.fill(scores, 0);
        for (String f : features) {
            long h = hash(f);
            int slot = (int) h & mask;
            long k;
            while ((k = table[2 * slot]) != 0) {
                if (k == h) {
                    long span = table[2 * slot + 1];
                    for (int a = (int) (span >>> 32), end = (int) span; a < end; a++) {
                        scores[outcomes[a]] += weights[a];
                    }
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return scores;
    }

    /** 64-bit FNV-1a over the chars, mixed; never 0 (0 marks an empty slot). */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = s.length(); i < n; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
