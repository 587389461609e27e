package org.warta.lang;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable open-addressing hash table from lower-cased words to bit sets, looked up with a word in a reusable
 * {@code char[]} buffer, so that scanning a text builds no string per word. Thread-safe.
 */
final class WordTable {
    private final char[][] keys;
    private final long[] values;
    private final int mask;
    private final int maxLength;

    /** @param words lower-cased words and their bit sets */
    WordTable(Map<String, Long> words) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
        this.keys = new char[size][];
        this.values = new long[size];
        this.mask = size - 1;
        int longest = 0;
        for (Map.Entry<String, Long> e : words.entrySet()) {
            char[] k = e.getKey().toCharArray();
            longest = Math.max(longest, k.length);
            int slot = hash(k, k.length) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            values[slot] = e.getValue();
        }
        this.maxLength = longest;
    }

    /** The slot of the word in {@code w[0, len)}, or -1 when it is not in the table. */
    int find(char[] w, int len) {
        if (len > maxLength) {
            return -1;
        }
        int slot = hash(w, len) & mask;
        for (char[] k; (k = keys[slot]) != null; slot = (slot + 1) & mask) {
            if (k.length == len && Arrays.equals(k, 0, len, w, 0, len)) {
                return slot;
            }
        }
        return -1;
    }

    /** The bit set of the word in a slot {@link #find} returned. */
    long value(int slot) {
        return values[slot];
    }

    /** The number of slots (slot numbers are below it). */
    int capacity() {
        return keys.length;
    }

    /** The length of the longest word: longer words need not be looked up. */
    int maxLength() {
        return maxLength;
    }

    private static int hash(char[] w, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + w[i];
        }
        return h ^ (h >>> 16);
    }
}
