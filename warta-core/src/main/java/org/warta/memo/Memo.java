package org.warta.memo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of a pure function, with two generations: look-ups go to the young generation, then
 * the old one (a hit there is promoted); when the young generation is full it becomes the old one and the previous
 * old one is dropped. What a running ingest asks for again and again (the members of a story re-synthesised batch
 * after batch) therefore survives every turnover, in at most twice {@code generationSize} entries. (The idea of a
 * generational or "2Q" cache: Johnson and Shasha, "2Q: A Low Overhead High Performance Buffer Management
 * Replacement Algorithm", VLDB 1994.) The function must be pure: the memo changes only the cost, never a result.
 *
 * @param <K> key (with value equality)
 * @param <V> value (immutable: it is shared between callers and threads)
 */
public final class Memo<K, V> {

    private final Function<K, V> function;
    private final int generationSize;
    private volatile Map<K, V> young = new ConcurrentHashMap<>();
    private volatile Map<K, V> old = Map.of();

    /** @param generationSize entries per generation (positive) */
    public Memo(Function<K, V> function, int generationSize) {
        if (generationSize < 1) {
            throw new IllegalArgumentException("generationSize must be positive");
        }
        this.function = function;
        this.generationSize = generationSize;
    }

    /**
     * Entries per generation for a memo whose entries are large: {@code preferred}, or fewer when both generations
     * of {@code bytesPerEntry}-sized entries would take more than an eighth of the largest heap the JVM may use (a
     * small heap otherwise spends its time collecting garbage). At least 256.
     */
    public static int generationWithin(int preferred, long bytesPerEntry) {
        long fit = Runtime.getRuntime().maxMemory() / 16 / Math.max(1, bytesPerEntry);
        return (int) Math.max(256, Math.min(preferred, fit));
    }

    /** Forgets every entry (a cold-start measurement, tests). */
    public synchronized void clear() {
        young = new ConcurrentHashMap<>();
        old = Map.of();
    }

    /** The function's value for {@code key}, remembered. */
    public V get(K key) {
        Map<K, V> y = young;
        V v = y.get(key);
        if (v != null) {
            return v;
        }
        v = old.get(key);
        if (v == null) {
            v = function.apply(key);
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
        y.put(key, v);
        return v;
    }
}
