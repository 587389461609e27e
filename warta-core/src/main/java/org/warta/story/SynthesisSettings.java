package org.warta.story;

/**
 * The tunable parameters of story synthesis, each with a documented default ({@link #defaults()}).
 *
 * @param summarySentences   sentences in a story's summary (default 5, the CLI's {@code --sentences})
 * @param mmrLambda          Maximal Marginal Relevance trade-off between relevance (1) and novelty (0); default 0.85
 *                           (Carbonell &amp; Goldstein 1998)
 * @param positionWeight     weight of the lead prior (earlier sentences of an article score higher) in a
 *                           sentence's relevance; default 0.95, tuned on the IndoSum dev folds (news puts the
 *                           essentials first: centrality added nothing there)
 * @param centralityWeight   weight of LexRank centrality (Erkan &amp; Radev 2004) in relevance; default 0.05
 * @param supportWeight      weight of support (the share of articles that report the same fact) in relevance;
 *                           default 0.45 (only meaningful with several articles)
 * @param positionDecay      the lead prior of the sentence at index {@code i} is {@code 1 / (1 + i * positionDecay)};
 *                           default 0.6
 * @param lexRankDamping     PageRank damping factor of LexRank; default 0.85
 * @param lexRankThreshold   cosine below which two sentences are not linked in the LexRank graph; default 0.1
 * @param sameFactThreshold  {@link FactMatcher} score from which two sentences state the same fact; default 0.30
 * @param minSentenceTokens  sentences with fewer word tokens are never summary or only-in candidates; default 8
 * @param maxSentenceTokens  sentences with more word tokens are never summary candidates; default 70
 * @param maxOnlyInPerOutlet at most this many only-in facts are reported per outlet, the most specific first;
 *                           default 3
 * @param maxTimelineEvents  at most this many timeline events; default 12
 * @param quoteMatchOverlap  overlap coefficient of two quotes' terms (share of the shorter quote's) from which
 *                           one quotes a part of the other ({@link org.warta.nlp.StoryQuotes}); default 0.75
 * @param anaphoraPenalty    share of relevance a sentence loses when it opens by pointing back ("Hal tersebut",
 *                           "Ia", the pack's {@code story-anaphora} list) when the sentence before it is not picked too; default 0.3
 * @param onlyInElsewhereScore {@link FactMatcher} score from which another outlet's sentence counts as reporting
 *                           an only-in candidate; below {@code sameFactThreshold} because calling a fact one
 *                           outlet's alone needs more certainty than merging two sentences; default 0.2
 */
public record SynthesisSettings(
        int summarySentences,
        double mmrLambda,
        double positionWeight,
        double centralityWeight,
        double supportWeight,
        double positionDecay,
        double lexRankDamping,
        double lexRankThreshold,
        double sameFactThreshold,
        int minSentenceTokens,
        int maxSentenceTokens,
        int maxOnlyInPerOutlet,
        int maxTimelineEvents,
        double quoteMatchOverlap,
        double anaphoraPenalty,
        double onlyInElsewhereScore) {

    public SynthesisSettings {
        if (summarySentences < 1) {
            throw new IllegalArgumentException("summarySentences must be at least 1, not " + summarySentences);
        }
        requireUnit("mmrLambda", mmrLambda);
        requireUnit("lexRankDamping", lexRankDamping);
        requireUnit("lexRankThreshold", lexRankThreshold);
        requireUnit("sameFactThreshold", sameFactThreshold);
        requireUnit("quoteMatchOverlap", quoteMatchOverlap);
        requireUnit("onlyInElsewhereScore", onlyInElsewhereScore);
        requireUnit("anaphoraPenalty", anaphoraPenalty);
        if (positionWeight < 0 || centralityWeight < 0 || supportWeight < 0 || positionDecay < 0) {
            throw new IllegalArgumentException("weights and decay must not be negative");
        }
        if (minSentenceTokens < 1 || maxSentenceTokens < minSentenceTokens) {
            throw new IllegalArgumentException("need 1 <= minSentenceTokens <= maxSentenceTokens");
        }
        if (maxOnlyInPerOutlet < 0 || maxTimelineEvents < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }

    private static void requireUnit(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], not " + v);
        }
    }

    /** The defaults documented on each component. */
    public static SynthesisSettings defaults() {
        return new SynthesisSettings(5, 0.85, 0.95, 0.05, 0.45, 0.6, 0.85, 0.1, 0.30, 8, 70, 3, 12, 0.75, 0.3, 0.25);
    }

    /** The same settings with another summary length. */
    public SynthesisSettings withSummarySentences(int n) {
        return new SynthesisSettings(n, mmrLambda, positionWeight, centralityWeight, supportWeight, positionDecay,
                lexRankDamping, lexRankThreshold, sameFactThreshold, minSentenceTokens, maxSentenceTokens,
                maxOnlyInPerOutlet, maxTimelineEvents, quoteMatchOverlap, anaphoraPenalty, onlyInElsewhereScore);
    }
}
