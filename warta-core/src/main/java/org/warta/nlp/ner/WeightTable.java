package org.warta.nlp.ner;

import java.util.Arrays;

/**
 * An immutable open-addressing table from 64-bit feature hashes to per-tag weights: one probe array of keys and
 * one flat array of weights, no boxing. Thread-safe for reads.
 */
final class WeightTable {

    private final long[] keys;
    private final float[] weights;
    private final boolean[] used;
    private final int tags;
    private final int mask;
    private final int size;

    WeightTable(java.util.Map<Long, float[]> from, int tags) {
        int cap = Integer.highestOneBit(Math.max(16, from.size() * 2 - 1)) << 1;
        this.keys = new long[cap];
        this.used = new boolean[cap];
        this.weights = new float[cap * tags];
        this.tags = tags;
        this.mask = cap - 1;
        this.size = from.size();
        for (var e : from.entrySet()) {
            int slot = slot(e.getKey());
            while (used[slot]) {
                slot = (slot + 1) & mask;
            }
            used[slot] = true;
            keys[slot] = e.getKey();
            System.arraycopy(e.getValue(), 0, weights, slot * tags, tags);
        }
    }

    private int slot(long k) {
        return (int) (k ^ (k >>> 29)) & mask;
    }

    int size() {
        return size;
    }

    /** Adds the weights of feature {@code k}, if known, to {@code scores}. */
    void addTo(long k, double[] scores) {
        int slot = slot(k);
        while (used[slot]) {
            if (keys[slot] == k) {
                int base = slot * tags;
                for (int t = 0; t < tags; t++) {
                    scores[t] += weights[base + t];
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    @Override
    public String toString() {
        return "WeightTable[" + size + " features, " + tags + " tags, " + Arrays.hashCode(keys) + "]";
    }
}
