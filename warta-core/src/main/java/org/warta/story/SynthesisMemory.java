package org.warta.story;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.warta.memo.Memo;

/**
 * What story synthesis remembers between calls: the per-article work (sentences, their features, quantity readings,
 * name forms, quote terms) that a growing story would otherwise redo every time it is synthesised again. The memos
 * are bounded and change only the cost of a synthesis, never its result. {@link #forget} empties them, for a
 * cold-start measurement.
 */
public final class SynthesisMemory {

    /** Every synthesis memo made (weakly: a memo of a discarded instance goes with it). */
    private static final Set<Memo<?, ?>> ALL = Collections.newSetFromMap(new WeakHashMap<>());

    private SynthesisMemory() {
    }

    /** A new memo of synthesis, forgotten by {@link #forget}. */
    static <K, V> Memo<K, V> memo(Function<K, V> function, int generationSize) {
        Memo<K, V> m = new Memo<>(function, generationSize);
        synchronized (ALL) {
            ALL.add(m);
        }
        return m;
    }

    /** Forgets everything remembered, so that the next synthesis does all of its work again. */
    public static void forget() {
        synchronized (ALL) {
            ALL.forEach(Memo::clear);
        }
    }
}
