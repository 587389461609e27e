package org.warta.memo;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded, thread-safe map in two generations: look-ups go to the young generation, then the old one (a hit
 * there is promoted); when the young generation is full it becomes the old one and the previous old one is dropped.
 * What is asked for again and again survives every turnover, in at most twice {@code generationSize} entries (the
 * generational or "2Q" idea: Johnson and Shasha, "2Q: A Low Overhead High Performance Buffer Management Replacement
 * Algorithm", VLDB 1994). {@link Memo} is one over a function; a caller that fills it itself (the articles an ingest
 * stored last) uses it directly.
 *
 * @param <K> key (with value equality)
 * @param <V> value (immutable: it is shared between callers and threads)
 */
public final class Generations<K, V> {

    private final int generationSize;
    private volatile Map<K, V> young = new ConcurrentHashMap<>();
    private volatile Map<K, V> old = Map.of();

    /** @param generationSize entries per generation (positive) */
    public Generations(int generationSize) {
        if (generationSize < 1) {
            throw new IllegalArgumentException("generationSize must be positive");
        }
        this.generationSize = generationSize;
    }

    /** The value kept for {@code key}, if any (promoted to the young generation when it was in the old one). */
    public Optional<V> get(K key) {
        return Optional.ofNullable(find(key));
    }

    /** {@link #get} without the Optional, for {@link Memo}'s hot path; null when absent. */
    V find(K key) {
        V v = young.get(key);
        if (v == null) {
            v = old.get(key);
            if (v != null) {
                put(key, v);
            }
        }
        return v;
    }

    /** Keeps a value, turning the generations over first when the young one is full. */
    public void put(K key, V value) {
        Objects.requireNonNull(value, "value");
        Map<K, V> y = young;
        if (y.size() >= generationSize) {
            synchronized (this) {
                if (young == y) {
                    old = y;
                    young = new ConcurrentHashMap<>();
                }
            }
            y = young;
        }
        y.put(key, value);
    }

    /** Forgets every entry. */
    public synchronized void clear() {
        young = new ConcurrentHashMap<>();
        old = Map.of();
    }
}
