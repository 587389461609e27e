package org.warta.cluster;

import java.util.Objects;
import org.warta.text.AnalyzedText;

/**
 * How much two articles are about the same story, in [0, 1]: a weighted mean of the cosines of their TF-IDF
 * sub-vectors (title, body, proper nouns, numbers — the features of {@link OnlineStoryClusterer}, after Miranda et
 * al. 2018), taken over the fields both articles have. Each cosine enters as its square root: cosines of
 * bag-of-words vectors of related texts bunch near 0, and the root spreads them, which makes the score closer to
 * linear in human similarity judgements (|r| 0.58 → 0.61 on SemEval-2022 Task 8). The headline is also compared with the other article's body,
 * since one outlet's headline words are often only in the other's text. Names and numbers are compared across
 * languages as written, so an English and a German article on one event still score above unrelated ones.
 * IDF comes from a {@link DocumentFrequencies} of the collection at hand. Thread-safe (read-only).
 */
public final class ArticleSimilarity {

    /**
     * Field weights; a field one of the two articles lacks is left out and the rest re-normalised.
     *
     * Defaults: the least-squares fit of the five square-rooted cosines to the SemEval-2022 Task 8 training scores
     * (the development set; {@code warta eval similarity}), rounded.
     *
     * @param title   headline vs headline; default 0.05
     * @param cross   each headline vs the other body (mean of both directions); default 0.17
     * @param body    body vs body; default 0.53
     * @param names   proper nouns vs proper nouns; default 0.21
     * @param numbers numbers and dates; default 0.04
     */
    public record Weights(double title, double cross, double body, double names, double numbers) {
        public Weights {
            if (title < 0 || cross < 0 || body < 0 || names < 0 || numbers < 0) {
                throw new IllegalArgumentException("weights must be non-negative");
            }
        }

        public static Weights defaults() {
            return new Weights(0.05, 0.17, 0.53, 0.21, 0.04);
        }
    }

    /** Terms kept per article and field (heaviest TF-IDF first). */
    private static final int TERMS = 400;

    private final DocumentFrequencies df;
    private final Weights weights;

    public ArticleSimilarity(DocumentFrequencies df) {
        this(df, Weights.defaults());
    }

    public ArticleSimilarity(DocumentFrequencies df, Weights weights) {
        this.df = Objects.requireNonNull(df, "df");
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /**
     * The square-rooted cosines {@link #similarity} weighs, each 0 where a side lacks the field: the lexical features
     * a learned pair model (such as {@code org.warta.semantic.SemanticSimilarity}) builds on.
     *
     * @param title   headline vs headline
     * @param cross   each headline vs the other body, mean of both directions
     * @param body    body vs body
     * @param names   proper nouns vs proper nouns
     * @param numbers numbers and dates vs numbers and dates
     */
    public record Features(double title, double cross, double body, double names, double numbers) {
    }

    public Features features(AnalyzedText a, AnalyzedText b) {
        ArticleVectors x = ArticleVectors.of(a, df, TERMS);
        ArticleVectors y = ArticleVectors.of(b, df, TERMS);
        return new Features(root(x.title(), y.title()), (root(x.title(), y.body()) + root(y.title(), x.body())) / 2,
                root(x.body(), y.body()), root(x.names(), y.names()), root(x.numbers(), y.numbers()));
    }

    private static double root(TermVector a, TermVector b) {
        return a.isEmpty() || b.isEmpty() ? 0 : Math.sqrt(Math.max(0, a.cosine(b)));
    }

    public double similarity(AnalyzedText a, AnalyzedText b) {
        ArticleVectors x = ArticleVectors.of(a, df, TERMS);
        ArticleVectors y = ArticleVectors.of(b, df, TERMS);
        double sum = 0;
        double weight = 0;
        if (!x.title().isEmpty() && !y.title().isEmpty()) {
            sum += weights.title() * Math.sqrt(x.title().cosine(y.title()));
            weight += weights.title();
        }
        if (!x.title().isEmpty() && !y.body().isEmpty() && !y.title().isEmpty() && !x.body().isEmpty()) {
            sum += weights.cross() * (Math.sqrt(x.title().cosine(y.body())) + Math.sqrt(y.title().cosine(x.body()))) / 2;
            weight += weights.cross();
        }
        if (!x.body().isEmpty() && !y.body().isEmpty()) {
            sum += weights.body() * Math.sqrt(x.body().cosine(y.body()));
            weight += weights.body();
        }
        if (!x.names().isEmpty() || !y.names().isEmpty()) {
            sum += weights.names() * Math.sqrt(x.names().cosine(y.names()));
            weight += weights.names();
        }
        if (!x.numbers().isEmpty() && !y.numbers().isEmpty()) {
            sum += weights.numbers() * Math.sqrt(x.numbers().cosine(y.numbers()));
            weight += weights.numbers();
        }
        return weight == 0 ? 0 : Math.min(1, sum / weight);
    }
}
