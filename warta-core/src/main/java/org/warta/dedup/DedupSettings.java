package org.warta.dedup;

import java.io.Serializable;
import java.time.Duration;

/**
 * Tunables of {@link MinHashDuplicateDetector}, typed, with documented defaults ({@link #defaults()}).
 *
 * <p>With {@code bands} bands of {@code rows} MinHash components, two texts of Jaccard similarity J become candidates
 * with probability {@code 1 - (1 - J^rows)^bands} (Leskovec, Rajaraman and Ullman, "Mining of Massive Datasets",
 * ch. 3.4): with 24 × 3 a pair at J = 0.4 is a candidate with probability 0.80, at J = 0.5 with 0.96, at J = 0.6
 * with 0.995, at J = 0.1 with 0.02. Candidates are then confirmed on the estimated Jaccard similarity.
 *
 * <p>Threshold evaluation (4-word shingles, raw scraped text with its page noise): in {@code examples/} the one
 * syndicated near-copy (a LINTAS wire text re-published with a new headline, one added sentence and the last
 * paragraph cut) scores J = 0.58 against its original; the highest pair that is not a copy scores 0.11 (two
 * different LINTAS quake texts), and among the five seeds the highest is 0.08 (000 and 004 are both ANTARA-derived but
 * rewritten: not copies). 0.4 sits between the two groups with room on both sides.
 *
 * @param shingleWords words per shingle; default 4 (copies that swap a dateline or a credit stay close, texts that
 *                     merely share phrases do not)
 * @param bands        LSH bands; default 24
 * @param rows         MinHash components per band; default 3
 * @param threshold    estimated Jaccard similarity of the shingle sets from which an article is a copy; default 0.4
 * @param minWords     texts with fewer words are never called copies (a bare headline is not a text); default 25
 * @param window       how long (publication time) an article stays a possible original; default 4 days (as the
 *                     clusterer's quiet window)
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
        return new DedupSettings(4, 24, 3, 0.4, 25, Duration.ofDays(4));
    }

    public DedupSettings withThreshold(double t) {
        return new DedupSettings(shingleWords, bands, rows, t, minWords, window);
    }

    public int components() {
        return bands * rows;
    }
}
