package org.warta.nlp.ner;

/**
 * An immutable open-addressing table from 64-bit feature hashes to per-tag weights, laid out for few cache misses:
 * each slot of one {@code long[]} packs a 32-bit fingerprint of the key (its high half, which the slot index does
 * not use) with the entry number, and the weights are packed by entry, so a lookup reads one slot per probe and, when
 * found, one run of {@code tags} floats. Slot 0 means empty (entry numbers start at 1). Two keys that share slot bits
 * and fingerprint would share an entry; with 64-bit hashes and a few hundred thousand features that is about one
 * chance in ten thousand per table, and the first key wins. No boxing. Thread-safe for reads.
 */
final class WeightTable {

    private final long[] slots;
    private final float[] weights;
    private final int tags;
    private final int mask;
    private final int size;

    WeightTable(java.util.Map<Long, float[]> from, int tags) {
        int cap = Integer.highestOneBit(Math.max(16, from.size() * 2 - 1)) << 1;
        this.slots = new long[cap];
        this.weights = new float[(from.size() + 1) * tags];
        this.tags = tags;
        this.mask = cap - 1;
        int next = 1;
        java.util.TreeMap<Long, float[]> sorted = new java.util.TreeMap<>(from);
        for (var e : sorted.entrySet()) {
            long k = e.getKey();
            long fp = fingerprint(k);
            int slot = slot(k);
            boolean dup = false;
            while (slots[slot] != 0) {
                if (slots[slot] >>> 32 == fp) {
                    dup = true;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (dup) {
                continue;
            }
            System.arraycopy(e.getValue(), 0, weights, next * tags, tags);
            slots[slot] = fp << 32 | next;
            next++;
        }
        this.size = next - 1;
    }

    private int slot(long k) {
        return (int) (k ^ (k >>> 29)) & mask;
    }

    private static long fingerprint(long k) {
        return k >>> 32;
    }

    int size() {
        return size;
    }

    /** Adds the weights of feature {@code k}, if known, to {@code scores[off, off + tags)}. */
    void addTo(long k, double[] scores, int off) {
        long fp = fingerprint(k);
        int slot = slot(k);
        long s;
        while ((s = slots[slot]) != 0) {
            if (s >>> 32 == fp) {
                int base = (int) s * tags;
                for (int t = 0; t < tags; t++) {
                    scores[off + t] += weights[base + t];
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    @Override
    public String toString() {
        return "WeightTable[" + size + " features, " + tags + " tags]";
    }
}
