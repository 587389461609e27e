package org.warta.cluster;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.io.Serializable;

/**
 * Online document frequencies of hashed terms, for IDF weights (Sparck Jones 1972): {@code idf = ln((N + 1) /
 * (df + 1)) + 1}. Grows with the vocabulary, not with the number of articles; {@link #halve()} (an exponential decay
 * of the counts, as in time-decayed IDF for streams, e.g. Brants, Chen and Farahat 2003, "A System for New Event
 * Detection", SIGIR) forgets terms not seen recently, which bounds it on a stream whose vocabulary keeps growing.
 * Not thread-safe.
 */
public final class DocumentFrequencies implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Int2IntOpenHashMap df = new Int2IntOpenHashMap();
    private long documents;

    /** Document frequencies of a collection, e.g. the articles a similarity is computed within. */
    public static DocumentFrequencies of(Iterable<org.warta.text.AnalyzedText> texts) {
        DocumentFrequencies df = new DocumentFrequencies();
        for (org.warta.text.AnalyzedText t : texts) {
            df.add(ArticleVectors.keys(t));
        }
        return df;
    }

    /** Counts one document with these (possibly repeated) term keys. */
    void add(int[] termKeys) {
        IntOpenHashSet seen = new IntOpenHashSet(termKeys.length);
        for (int k : termKeys) {
            if (seen.add(k)) {
                df.addTo(k, 1);
            }
        }
        documents++;
    }

    /**
     * Halves every count and the document total (integer division), forgetting terms whose count becomes 0: IDF of
     * the terms still counted is nearly unchanged, terms seen once in the last half-life are dropped.
     */
    void halve() {
        var it = df.int2IntEntrySet().fastIterator();
        while (it.hasNext()) {
            var e = it.next();
            int v = e.getIntValue() >> 1;
            if (v == 0) {
                it.remove();
            } else {
                e.setValue(v);
            }
        }
        df.trim();
        documents >>= 1;
    }

    double idf(int termKey) {
        return Math.log((documents + 1.0) / (df.get(termKey) + 1.0)) + 1.0;
    }

    public long documents() {
        return documents;
    }

    public int vocabulary() {
        return df.size();
    }
}
