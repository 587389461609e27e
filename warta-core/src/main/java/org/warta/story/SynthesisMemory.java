package org.warta.story;

/**
 * What story synthesis remembers between calls: the per-article work (sentences, their features, quantity readings)
 * that a growing story would otherwise redo every time it is synthesised again. The memos are bounded and change
 * only the cost of a synthesis, never its result. {@link #forget} empties them, for a cold-start measurement.
 */
public final class SynthesisMemory {

    private SynthesisMemory() {
    }

    /** Forgets everything remembered, so that the next synthesis does all of its work again. */
    public static void forget() {
        Memo.clearAll();
    }
}
