package org.warta.lang;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A bounded, thread-safe memo of an expensive stemmer, with two generations: look-ups go to the young generation,
 * then the old one (a hit there is promoted); when the young generation is full it becomes the old one and the
 * previous old one is dropped. Frequent words therefore survive every turnover, so the hit rate stays high on an
 * endless stream with a large vocabulary, in at most twice {@code generationSize} entries. (The same idea as a
 * generational or "2Q" cache: Johnson and Shasha, "2Q: A Low Overhead High Performance Buffer Management
 * Replacement Algorithm", VLDB 1994.)
 */
final class StemMemo {

    private final UnaryOperator<String> stemmer;
    private final int generationSize;
    private volatile Map<String, String> young = new ConcurrentHashMap<>();
    private volatile Map<String, String> old = Map.of();

    /** @param generationSize words per generation (positive) */
    StemMemo(UnaryOperator<String> stemmer, int generationSize) {
        if (generationSize < 1) {
            throw new IllegalArgumentException("generationSize must be positive");
        }
        this.stemmer = stemmer;
        this.generationSize = generationSize;
    }

    String stem(String token) {
        Map<String, String> y = young;
        String s = y.get(token);
        if (s != null) {
            return s;
        }
        s = old.get(token);
        if (s == null) {
            s = stemmer.apply(token);
        }
        if (y.size() >= generationSize) {
            synchronized (this) {
                if (young == y) {
                    old = y;
                    young = new ConcurrentHashMap<>();
                }
            }
            y = young;
        }
        y.put(token, s);
        return s;
    }
}
