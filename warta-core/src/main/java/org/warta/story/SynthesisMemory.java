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

    /**
     * Sentences per generation of the memos keyed by one sentence (the title and name scans of disagreements):
     * 200,000, fewer when both generations would take more than an eighth of the largest heap, taking an entry
     * (the sentence, shared with the article memo while that holds it, and its scan) as 1 KB.
     */
    static final int SENTENCES_PER_GENERATION = Memo.generationWithin(200_000, 1_024);

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
