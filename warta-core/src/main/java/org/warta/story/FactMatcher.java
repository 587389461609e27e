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
 * The score combines two weighted Dice coefficients (Dice 1945): over content stems (what is said) and over
 * anchors (who, where, how many): {@code (1−ANCHOR_SHARE)·content + ANCHOR_SHARE·anchors} when both sentences
 * have anchors, else the content Dice. A pair scoring at least the settings' {@code sameFactThreshold} states the
 * same fact.
 */
public final class FactMatcher {

    /** Extra weight of names and numbers over content stems. */
    public static final double ANCHOR_BOOST = 1.5;
    /** The least specificity an anchor used by every article keeps. */
    public static final double MIN_SPECIFICITY = 0.1;
    /** Share of the anchor Dice in the score. */
    public static final double ANCHOR_SHARE = 0.3;

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

    /** True when a score says "the same fact". */
    public boolean same(double score) {
        return score >= threshold;
    }

    public double threshold() {
        return threshold;
    }
}
