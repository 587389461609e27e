package org.warta.story;

/**
 * Decides whether two sentences of different articles state the same fact, tolerant of paraphrase and
 * translation. Each sentence is reduced to features: content stems (the language pack's stemmer, stop words
 * removed) and anchors — proper names (capitalised words) and numbers, which survive translation and rewording.
 * Each feature is weighted by its inverse sentence frequency in the story (Sparck Jones 1972); anchors also by
 * {@link #ANCHOR_BOOST} and by their specificity among the articles, {@code log((A+1)/df) / log(A+1)} (at least
 * {@link #MIN_SPECIFICITY}): the names every article uses ("Putin", "Rusia") say two sentences are about the
 * story, not that they state the same fact.
 * <p>
 * The score is the weighted Dice coefficient (Dice 1945) of the two feature sets, content stems (what is said)
 * and anchors (who, where, how many) together. Across languages (a translated wire text) content stems cannot meet, so a
 * pair of sentences in different languages also scores the Dice of its anchors alone, weighted by idf and
 * {@link #ANCHOR_BOOST} but not discounted for being the story's topic ({@link #crossLanguage}), provided they share at least {@link #MIN_CROSS_ANCHORS} anchors, one of them a number.
 * A pair scoring at least the settings' {@code sameFactThreshold} states the same fact.
 */
public final class FactMatcher {

    /** Extra weight of names and numbers over content stems. */
    public static final double ANCHOR_BOOST = 1.5;
    /** The least specificity an anchor used by every article keeps. */
    public static final double MIN_SPECIFICITY = 0.1;
    /** Least shared anchors (one a number) for a cross-language match. */
    public static final int MIN_CROSS_ANCHORS = 3;

    private final double threshold;

    public FactMatcher(SynthesisSettings settings) {
        this.threshold = settings.sameFactThreshold();
    }

    /**
     * The weight of a feature in fact matching.
     *
     * @param idf       its inverse sentence frequency
     * @param anchor    true for a name or number
     * @param articleDf how many articles use it
     * @param articles  how many articles the story has
     */
    public static double weight(double idf, boolean anchor, int articleDf, int articles) {
        if (!anchor) {
            return idf;
        }
        double specificity = articles < 2 ? 1
                : Math.max(MIN_SPECIFICITY, Math.log((articles + 1.0) / articleDf) / Math.log(articles + 1.0));
        return idf * ANCHOR_BOOST * specificity;
    }

    /** Weighted Dice: twice the shared weight over the two totals. */
    public static double dice(double shared, double a, double b) {
        return a + b == 0 ? 0 : 2 * shared / (a + b);
    }

    /**
     * The score of a sentence pair from its shared and total content weights and its shared and total anchor
     * weights.
     */
    public static double score(double sharedContent, double contentA, double contentB, double sharedAnchors,
                               double anchorsA, double anchorsB) {
        return dice(sharedContent + sharedAnchors, contentA + anchorsA, contentB + anchorsB);
    }

    /**
     * The score of two sentences in different languages from their anchors alone: the anchor Dice when they share
     * at least {@link #MIN_CROSS_ANCHORS} anchors of which one is a number, else 0.
     */
    public static double crossLanguage(double sharedAnchors, double anchorsA, double anchorsB, int sharedCount,
                                       int sharedNumbers) {
        if (sharedCount < MIN_CROSS_ANCHORS || sharedNumbers < 1) {
            return 0;
        }
        return dice(sharedAnchors, anchorsA, anchorsB);
    }

    /** True when a score says "the same fact". */
    public boolean same(double score) {
        return score >= threshold;
    }

    public double threshold() {
        return threshold;
    }
}
