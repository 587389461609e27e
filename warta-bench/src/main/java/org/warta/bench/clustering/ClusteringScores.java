package org.warta.bench.clustering;

import java.util.HashMap;
import java.util.Map;

/**
 * Clustering quality against gold labels: BCubed precision/recall/F1 (Bagga and Baldwin 1998, "Algorithms for
 * scoring coreference chains"; per-item averages as in Amigó et al. 2009) and pairwise precision/recall/F1 over all
 * same-cluster pairs.
 */
public record ClusteringScores(double bcubedPrecision, double bcubedRecall, double bcubedF1,
                               double pairPrecision, double pairRecall, double pairF1, int clusters) {

    /** Scores {@code predicted} (item → cluster) against {@code gold} (item → label) over gold's items. */
    public static ClusteringScores of(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (var e : gold.entrySet()) {
            String p = predicted.getOrDefault(e.getKey(), "\u0000singleton:" + e.getKey());
            predSize.merge(p, 1, Integer::sum);
            goldSize.merge(e.getValue(), 1, Integer::sum);
            both.merge(p + "\u0001" + e.getValue(), 1, Integer::sum);
        }
        double bp = 0;
        double br = 0;
        for (var e : gold.entrySet()) {
            String p = predicted.getOrDefault(e.getKey(), "\u0000singleton:" + e.getKey());
            int common = both.get(p + "\u0001" + e.getValue());
            bp += (double) common / predSize.get(p);
            br += (double) common / goldSize.get(e.getValue());
        }
        int n = gold.size();
        bp /= n;
        br /= n;
        long tp = 0;
        for (int c : both.values()) {
            tp += (long) c * (c - 1) / 2;
        }
        long predPairs = 0;
        for (int c : predSize.values()) {
            predPairs += (long) c * (c - 1) / 2;
        }
        long goldPairs = 0;
        for (int c : goldSize.values()) {
            goldPairs += (long) c * (c - 1) / 2;
        }
        double pp = predPairs == 0 ? 1.0 : (double) tp / predPairs;
        double pr = goldPairs == 0 ? 1.0 : (double) tp / goldPairs;
        return new ClusteringScores(bp, br, f1(bp, br), pp, pr, f1(pp, pr), predSize.size());
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
