package org.warta.semantic;

/**
 * Maps a text to a dense unit-length vector such that texts with similar meaning lie close (cosine). Implementations
 * must be thread-safe.
 */
public interface SentenceEncoder {

    /** The L2-normalised embedding of the text; an empty or blank text gives a zero vector. */
    float[] embed(String text);

    /** As {@link #embed(String)}, of the text's first {@code maxTokens} tokens only (its headline, its lead). */
    float[] embed(String text, int maxTokens);

    /** Dimension of the vectors {@link #embed} returns. */
    int dimension();

    /** Cosine of two vectors from {@link #embed} (their dot product, as both have unit length or are zero). */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimensions differ: " + a.length + " vs " + b.length);
        }
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return Math.max(-1, Math.min(1, d));
    }
}
