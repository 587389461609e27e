package org.warta.cluster;

import it.unimi.dsi.fastutil.ints.Int2FloatOpenHashMap;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A sparse vector over hashed terms: keys ascending, no zero weights. Immutable; merges and dot products walk the two
 * sorted key arrays. 32-bit term hashes keep a centroid at 8 bytes a term; a collision merges two rare terms, which
 * costs nothing measurable for similarity.
 */
final class TermVector implements Serializable {
    private static final long serialVersionUID = 1L;
    static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

    private final int[] keys;
    private final float[] values;
    private final float norm;

    TermVector(int[] keys, float[] values) {
        this.keys = keys;
        this.values = values;
        double s = 0;
        for (float v : values) {
            s += (double) v * v;
        }
        this.norm = (float) Math.sqrt(s);
    }

    /** From an unsorted map of weights, keeping the {@code limit} heaviest (ties: smaller key first). */
    static TermVector of(Int2FloatOpenHashMap weights, int limit) {
        int n = weights.size();
        int[] k = new int[n];
        float[] v = new float[n];
        int i = 0;
        for (var e : weights.int2FloatEntrySet()) {
            k[i] = e.getIntKey();
            v[i] = e.getFloatValue();
            i++;
        }
        return sortedTop(k, v, n, limit);
    }

    /**
     * Sorts by key after keeping the {@code limit} heaviest of the first n entries (ties: smaller key). Primitive
     * sorts of packed longs: weights are non-negative, so their float bits order like the floats.
     */
    private static TermVector sortedTop(int[] k, float[] v, int n, int limit) {
        if (n > limit) {
            long[] byWeight = new long[n];
            for (int i = 0; i < n; i++) {
                byWeight[i] = ((long) ~Float.floatToRawIntBits(v[i]) << 32) | ((k[i] ^ 0x80000000) & 0xFFFFFFFFL);
            }
            Arrays.sort(byWeight);
            long[] byKey = new long[limit];
            for (int i = 0; i < limit; i++) {
                long e = byWeight[i];
                byKey[i] = ((long) ((int) e ^ 0x80000000) << 32) | (~(int) (e >>> 32) & 0xFFFFFFFFL);
            }
            Arrays.sort(byKey);
            int[] keys = new int[limit];
            float[] values = new float[limit];
            for (int i = 0; i < limit; i++) {
                keys[i] = (int) (byKey[i] >>> 32);
                values[i] = Float.intBitsToFloat((int) byKey[i]);
            }
            return new TermVector(keys, values);
        }
        long[] byKey = new long[n];
        for (int i = 0; i < n; i++) {
            byKey[i] = ((long) k[i] << 32) | (Float.floatToRawIntBits(v[i]) & 0xFFFFFFFFL);
        }
        Arrays.sort(byKey);
        int[] keys = new int[n];
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (int) (byKey[i] >>> 32);
            values[i] = Float.intBitsToFloat((int) byKey[i]);
        }
        return new TermVector(keys, values);
    }

    /** This vector plus {@code scale} times {@code other}, keeping the {@code limit} heaviest terms. */
    TermVector plus(TermVector other, float scale, int limit) {
        int[] k = new int[keys.length + other.keys.length];
        float[] v = new float[k.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < keys.length || j < other.keys.length) {
            if (j >= other.keys.length || (i < keys.length && keys[i] < other.keys[j])) {
                k[n] = keys[i];
                v[n++] = values[i++];
            } else if (i >= keys.length || other.keys[j] < keys[i]) {
                k[n] = other.keys[j];
                v[n++] = scale * other.values[j++];
            } else {
                k[n] = keys[i];
                v[n++] = values[i++] + scale * other.values[j++];
            }
        }
        if (n <= limit) {
            return new TermVector(Arrays.copyOf(k, n), Arrays.copyOf(v, n));
        }
        return sortedTop(k, v, n, limit);
    }

    double dot(TermVector o) {
        double s = 0;
        int i = 0;
        int j = 0;
        int[] ok = o.keys;
        while (i < keys.length && j < ok.length) {
            int a = keys[i];
            int b = ok[j];
            if (a == b) {
                s += (double) values[i++] * o.values[j++];
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /** Cosine similarity in [0, 1] (weights are non-negative); 0 when either vector is empty. */
    double cosine(TermVector o) {
        if (norm == 0 || o.norm == 0) {
            return 0;
        }
        return Math.min(1.0, dot(o) / ((double) norm * o.norm));
    }

    /** The {@code n} heaviest keys (ties: smaller key), for the inverted index. */
    int[] topKeys(int n) {
        if (keys.length <= n) {
            return keys.clone();
        }
        return sortedTop(keys, values, keys.length, n).keys;
    }

    int size() {
        return keys.length;
    }

    int key(int i) {
        return keys[i];
    }

    float value(int i) {
        return values[i];
    }

    float norm() {
        return norm;
    }

    boolean isEmpty() {
        return keys.length == 0;
    }
}
