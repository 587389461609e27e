package org.warta.dedup;

import java.io.Serializable;
import java.time.Duration;

/**
 * Tunables of {@link MinHashDuplicateDetector}, typed, with documented defaults ({@link #defaults()}).
 *
 * <p>With {@code bands} bands of {@code rows} MinHash components, two texts of Jaccard similarity J become candidates
 * with probability {@code 1 - (1 - J^rows)^bands} (Leskovec, Rajaraman and Ullman, "Mining of Massive Datasets",
 * ch. 3.4): with 20 × 4 the S-curve's midpoint is at J ≈ 0.47, a text at J = 0.6 is found with probability 0.93,
 * one at J = 0.8 with probability 1.0. Candidates are then confirmed on the estimated Jaccard similarity.
 *
 * @param shingleWords words per shingle; default 4 (copies that swap a dateline or a credit stay close, texts that
 *                     merely share phrases do not)
 * @param bands        LSH bands; default 20
 * @param rows         MinHash components per band; default 4
 * @param threshold    estimated Jaccard similarity of the shingle sets from which an article is a copy; default 0.5
 * @param minWords     texts with fewer words are never called copies (a bare headline is not a text); default 25
 * @param window       how long (publication time) an article stays a possible original; default 7 days
 */
public record DedupSettings(int shingleWords, int bands, int rows, double threshold, int minWords, Duration window)
        implements Serializable {

    public DedupSettings {
        if (shingleWords < 1 || bands < 1 || rows < 1 || minWords < 1) {
            throw new IllegalArgumentException("shingleWords, bands, rows and minWords must be positive");
        }
        if (bands * rows > 1024) {
            throw new IllegalArgumentException("at most 1024 MinHash components");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
    }

    public static DedupSettings defaults() {
        return new DedupSettings(4, 20, 4, 0.5, 25, Duration.ofDays(7));
    }

    public DedupSettings withThreshold(double t) {
        return new DedupSettings(shingleWords, bands, rows, t, minWords, window);
    }

    public int components() {
        return bands * rows;
    }
}
