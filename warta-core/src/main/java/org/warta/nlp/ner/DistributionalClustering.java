package org.warta.nlp.ner;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Distributional word clusters from unlabelled text: each frequent lower-cased word is represented by the positive
 * pointwise mutual information (Church &amp; Hanks 1990) of its neighbours at offsets -2, -1, +1 and +2 (restricted
 * to the most frequent context words), L2-normalised, and grouped by spherical k-means (Dhillon &amp; Modha 2001)
 * seeded with k-means++ (Arthur &amp; Vassilvitskii 2007); the fine centroids are then grouped again into coarse
 * clusters, a two-level hierarchy in the spirit of Brown et al. (1992) cluster-path prefixes. Deterministic for a
 * given corpus order and seed (single-threaded, fixed iteration order).
 */
public final class DistributionalClustering {

    /**
     * Clustering parameters.
     *
     * @param minCount     a word needs this many occurrences to get a cluster (default 4)
     * @param contextWords how many of the most frequent words serve as contexts (default 600)
     * @param fine         number of fine clusters (default 1024; 256 and 1600 scored lower on idner dev)
     * @param coarse       number of coarse clusters (default 64)
     * @param iterations   k-means iterations (default 12)
     * @param seed         k-means++ seed (default 42)
     */
    public record Params(int minCount, int contextWords, int fine, int coarse, int iterations, long seed) {
        public static Params defaults() {
            return new Params(4, 600, 1024, 64, 12, 42L);
        }
    }

    private static final int[] OFFSETS = {-2, -1, 1, 2};

    private DistributionalClustering() {
    }

    /** Clusters the words of the given tokenised sentences. */
    public static WordClusters build(Iterable<List<String>> sentences, Params p) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> s : sentences) {
            for (String t : s) {
                counts.merge(t.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        List<String> byFreq = new ArrayList<>(counts.keySet());
        byFreq.sort((a, b) -> {
            int c = Integer.compare(counts.get(b), counts.get(a));
            return c != 0 ? c : a.compareTo(b);
        });
        Map<String, Integer> wordId = new HashMap<>();
        for (String w : byFreq) {
            if (counts.get(w) < p.minCount()) {
                break;
            }
            if (!storable(w)) {
                continue;
            }
            wordId.put(w, wordId.size());
        }
        int nw = wordId.size();
        int nc = Math.min(p.contextWords(), nw);
        int slot = nc + 2; // context words, <s>/</s>, other
        int dims = OFFSETS.length * slot;
        Int2IntOpenHashMap[] co = new Int2IntOpenHashMap[nw];
        for (int i = 0; i < nw; i++) {
            co[i] = new Int2IntOpenHashMap();
        }
        long[] ctxTotal = new long[dims];
        long total = 0;
        for (List<String> s : sentences) {
            int n = s.size();
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = wordId.getOrDefault(s.get(i).toLowerCase(Locale.ROOT), -1);
            }
            for (int i = 0; i < n; i++) {
                if (ids[i] < 0) {
                    continue;
                }
                for (int o = 0; o < OFFSETS.length; o++) {
                    int j = i + OFFSETS[o];
                    int c = j < 0 || j >= n ? nc : ids[j] >= 0 && ids[j] < nc ? ids[j] : nc + 1;
                    int d = o * slot + c;
                    co[ids[i]].addTo(d, 1);
                    ctxTotal[d]++;
                    total++;
                }
            }
        }
        // PPMI vectors, L2-normalised, as sorted sparse arrays
        int[][] idx = new int[nw][];
        float[][] val = new float[nw][];
        for (int w = 0; w < nw; w++) {
            int[] keys = co[w].keySet().toIntArray();
            Arrays.sort(keys);
            long wTotal = 0;
            for (int k : keys) {
                wTotal += co[w].get(k);
            }
            int m = 0;
            int[] ix = new int[keys.length];
            float[] vx = new float[keys.length];
            double norm = 0;
            for (int k : keys) {
                double pmi = Math.log((double) co[w].get(k) * total / ((double) wTotal * ctxTotal[k]));
                if (pmi > 0) {
                    ix[m] = k;
                    vx[m] = (float) pmi;
                    norm += pmi * pmi;
                    m++;
                }
            }
            float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
            for (int k = 0; k < m; k++) {
                vx[k] *= inv;
            }
            idx[w] = Arrays.copyOf(ix, m);
            val[w] = Arrays.copyOf(vx, m);
            co[w] = null;
        }
        int k = Math.min(p.fine(), nw);
        int[] assign = kmeans(idx, val, dims, k, p.iterations(), p.seed());
        // coarse: cluster the fine centroids (dense, as sparse arrays of all dims)
        float[][] cent = centroids(idx, val, assign, k, dims);
        int[][] cIdx = new int[k][];
        float[][] cVal = new float[k][];
        int[] all = new int[dims];
        for (int d = 0; d < dims; d++) {
            all[d] = d;
        }
        for (int c = 0; c < k; c++) {
            cIdx[c] = all;
            cVal[c] = cent[c];
        }
        int[] coarse = kmeans(cIdx, cVal, dims, Math.min(p.coarse(), k), p.iterations(), p.seed());
        Map<String, int[]> out = new HashMap<>();
        for (var e : wordId.entrySet()) {
            int f = assign[e.getValue()];
            out.put(e.getKey(), new int[] {f, coarse[f]});
        }
        return new WordClusters(out);
    }

    /** A word that fits on one line of the cluster file: non-empty, no whitespace or control characters. */
    private static boolean storable(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** Spherical k-means over unit sparse vectors; returns each point's cluster. */
    static int[] kmeans(int[][] idx, float[][] val, int dims, int k, int iterations, long seed) {
        int n = idx.length;
        float[][] cent = new float[k][];
        Random rnd = new Random(seed);
        // k-means++ seeding with distance 1 - cosine
        double[] dist = new double[n];
        Arrays.fill(dist, Double.MAX_VALUE);
        int first = rnd.nextInt(n);
        cent[0] = dense(idx[first], val[first], dims);
        for (int c = 1; c < k; c++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                dist[i] = Math.min(dist[i], Math.max(0, 1 - dot(idx[i], val[i], cent[c - 1])));
                sum += dist[i];
            }
            double r = rnd.nextDouble() * sum;
            int pick = n - 1;
            for (int i = 0; i < n; i++) {
                r -= dist[i];
                if (r <= 0) {
                    pick = i;
                    break;
                }
            }
            cent[c] = dense(idx[pick], val[pick], dims);
        }
        int[] assign = new int[n];
        Arrays.fill(assign, -1);
        for (int it = 0; it < iterations; it++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bs = -Double.MAX_VALUE;
                for (int c = 0; c < k; c++) {
                    double s = dot(idx[i], val[i], cent[c]);
                    if (s > bs) {
                        bs = s;
                        best = c;
                    }
                }
                changed |= assign[i] != best;
                assign[i] = best;
            }
            if (!changed) {
                break;
            }
            float[][] next = centroids(idx, val, assign, k, dims);
            for (int c = 0; c < k; c++) {
                if (next[c] != null) {
                    cent[c] = next[c];
                }
            }
        }
        return assign;
    }

    private static float[][] centroids(int[][] idx, float[][] val, int[] assign, int k, int dims) {
        float[][] cent = new float[k][dims];
        boolean[] used = new boolean[k];
        for (int i = 0; i < idx.length; i++) {
            float[] c = cent[assign[i]];
            used[assign[i]] = true;
            for (int j = 0; j < idx[i].length; j++) {
                c[idx[i][j]] += val[i][j];
            }
        }
        for (int c = 0; c < k; c++) {
            if (!used[c]) {
                cent[c] = null;
                continue;
            }
            double norm = 0;
            for (float v : cent[c]) {
                norm += v * v;
            }
            float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
            for (int d = 0; d < dims; d++) {
                cent[c][d] *= inv;
            }
        }
        return cent;
    }

    private static float[] dense(int[] idx, float[] val, int dims) {
        float[] d = new float[dims];
        for (int j = 0; j < idx.length; j++) {
            d[idx[j]] = val[j];
        }
        return d;
    }

    private static double dot(int[] idx, float[] val, float[] c) {
        double s = 0;
        for (int j = 0; j < idx.length; j++) {
            s += val[j] * c[idx[j]];
        }
        return s;
    }
}
