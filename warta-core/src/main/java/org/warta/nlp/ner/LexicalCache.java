package org.warta.nlp.ner;

import java.util.Arrays;

/**
 * A direct-mapped cache from a token to a fixed-width row of scores, for one thread: a token's slot is its hash
 * modulo the (power-of-two) number of slots, and a new token takes over its slot and the previous row's array. No
 * allocation once warm, no resizing, no clearing. Not thread-safe (one per thread).
 */
final class LexicalCache {

    private final String[] keys;
    private final double[][] rows;
    private final int mask;
    private final int width;

    /**
     * @param slots a power of two
     * @param width scores per row
     */
    LexicalCache(int slots, int width) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.keys = new String[slots];
        this.rows = new double[slots][];
        this.mask = slots - 1;
        this.width = width;
    }

    private int slot(String token) {
        int h = token.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }

    /** The cached row of {@code token}, or null when it is not cached. */
    double[] get(String token) {
        int s = slot(token);
        return token.equals(keys[s]) ? rows[s] : null;
    }

    /** Claims {@code token}'s slot and returns its row, zeroed, for the caller to fill. */
    double[] claim(String token) {
        int s = slot(token);
        double[] r = rows[s];
        if (r == null) {
            r = new double[width];
            rows[s] = r;
        } else {
            Arrays.fill(r, 0);
        }
        keys[s] = token;
        return r;
    }
}
