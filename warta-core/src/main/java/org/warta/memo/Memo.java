package org.warta.memo;

import java.util.function.Function;

/**
 * A bounded, thread-safe memo of a pure function, its values kept in {@link Generations}: look-ups go to the young
 * generation, then the old one (a hit there is promoted); when the young generation is full it becomes the old one
 * and the previous old one is dropped. What a running ingest asks for again and again (the members of a story
 * re-synthesised batch after batch) therefore survives every turnover, in at most twice {@code generationSize}
 * entries. The function must be pure: the memo changes only the cost, never a result.
 *
 * @param <K> key (with value equality)
 * @param <V> value (immutable: it is shared between callers and threads)
 */
public final class Memo<K, V> {

    private final Function<K, V> function;
    private final Generations<K, V> values;

    /** @param generationSize entries per generation (positive) */
    public Memo(Function<K, V> function, int generationSize) {
        this.values = new Generations<>(generationSize);
        this.function = function;
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
    public void clear() {
        values.clear();
    }

    /** The function's value for {@code key}, remembered. */
    public V get(K key) {
        V v = values.find(key);
        if (v == null) {
            v = function.apply(key);
            values.put(key, v);
        }
        return v;
    }
}
