package org.warta.semantic;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.warta.cluster.ArticleSimilarity;
import org.warta.text.AnalyzedText;

/**
 * How much two articles are about the same story, in [0, 1]: a linear model over the lexical features of
 * {@link ArticleSimilarity} (headline, headline-vs-body, body, names, numbers) and two sentence-embedding cosines
 * (the headline, about {@link Settings#headlineTokens} word pieces, and the headline with the lead, about
 * {@link Settings#leadTokens}), fitted by least squares to human judgements of same-story-ness (SemEval-2022 Task 8,
 * Chen et al. 2022: "Overall", 1 = same story … 4 = unrelated). The model predicts that score; the similarity is
 * {@code (4 - prediction) / 3}, clipped to [0, 1].
 *
 * <p>Each embedding cosine is corrected for hubness with cross-domain similarity local scaling (CSLS; Conneau et al.
 * 2018, "Word Translation Without Parallel Data", ICLR): {@code 2·cos(a, b) - r(a) - r(b)}, where {@code r(x)} is
 * the mean cosine of x to its {@link Settings#neighbours} nearest articles of a background collection. An English
 * model gives every German or Turkish text high cosines to every other (its word pieces are few and shared); CSLS
 * measures a pair against how close each side is to everything else, which puts pairs of all languages on one scale
 * (|r| 0.65 → 0.69 on SemEval-2022, 10-fold cross-validated). Without a background, r is 0.
 *
 * <p>Cost: two encoder calls per article (see {@code docs/same-story.md} for measured milliseconds), made once per
 * article by {@link #embed}; each pair then costs a lexical comparison and two dot products. Thread-safe.
 */
public final class SemanticSimilarity {

    /**
     * Coefficients of the linear model that predicts the SemEval "Overall" score (lower = more similar).
     *
     * <p>Defaults: the least-squares fit (ridge λ = 1 on the slopes) on all 757 SemEval-2022 Task 8 training pairs
     * with texts ({@code warta eval similarity}, which also reports the 10-fold cross-validated correlation), rounded.
     *
     * @param intercept default 3.36
     * @param title     headline vs headline (square-rooted cosine); default 0.29
     * @param cross     headline vs the other body; default -1.27
     * @param body      body vs body; default -0.87
     * @param names     names vs names; default -0.52
     * @param numbers   numbers vs numbers; default -0.12
     * @param headline  CSLS of the headline embeddings; default -2.53
     * @param lead      CSLS of the headline-and-lead embeddings; default -3.29
     */
    public record Weights(double intercept, double title, double cross, double body, double names, double numbers,
                          double headline, double lead) {

        public static Weights defaults() {
            return new Weights(3.36, 0.29, -1.27, -0.87, -0.52, -0.12, -2.53, -3.29);
        }

        /** From an array in {@link SemanticSimilarity#FEATURES} order followed by the intercept. */
        public static Weights of(double[] w) {
            if (w.length != FEATURES.size() + 1) {
                throw new IllegalArgumentException("expected " + (FEATURES.size() + 1) + " coefficients");
            }
            return new Weights(w[7], w[0], w[1], w[2], w[3], w[4], w[5], w[6]);
        }

        double predict(double[] x) {
            return intercept + title * x[0] + cross * x[1] + body * x[2] + names * x[3] + numbers * x[4]
                    + headline * x[5] + lead * x[6];
        }
    }

    /**
     * @param headlineTokens word pieces of the headline embedding; default 32
     * @param leadTokens     word pieces of the headline-and-lead embedding; default 256
     * @param neighbours     nearest background articles whose mean cosine is an article's hubness; default 20
     * @param weights        the linear model
     */
    public record Settings(int headlineTokens, int leadTokens, int neighbours, Weights weights) {
        public Settings {
            if (headlineTokens < 1 || leadTokens < 1 || neighbours < 1) {
                throw new IllegalArgumentException("token counts and neighbours must be positive");
            }
            Objects.requireNonNull(weights, "weights");
        }

        public static Settings defaults() {
            return new Settings(32, 256, 20, Weights.defaults());
        }

        public Settings withWeights(Weights w) {
            return new Settings(headlineTokens, leadTokens, neighbours, w);
        }
    }

    /** Names of the model's features, in the order {@link #features} returns them. */
    public static final List<String> FEATURES =
            List.of("title", "cross", "body", "names", "numbers", "headline", "lead");

    /**
     * An article ready for comparison: its lexical analysis and its two embeddings.
     *
     * @param text     the lexical analysis
     * @param headline embedding of the first {@link Settings#headlineTokens} word pieces
     * @param lead     embedding of the first {@link Settings#leadTokens} word pieces
     */
    public record Embedded(AnalyzedText text, float[] headline, float[] lead) {
        public Embedded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(headline, "headline");
            Objects.requireNonNull(lead, "lead");
        }
    }

    private final ArticleSimilarity lexical;
    private final SentenceEncoder encoder;
    private final Settings settings;
    private final List<Embedded> background;
    private final Map<float[], Double> hubness = new IdentityHashMap<>();

    public SemanticSimilarity(ArticleSimilarity lexical, SentenceEncoder encoder, Settings settings) {
        this(lexical, encoder, settings, List.of());
    }

    private SemanticSimilarity(ArticleSimilarity lexical, SentenceEncoder encoder, Settings settings,
                               List<Embedded> background) {
        this.lexical = Objects.requireNonNull(lexical, "lexical");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.background = List.copyOf(background);
    }

    /**
     * The same model measuring hubness against these articles (typically the recent collection, a few thousand).
     * Each article's hubness is computed once (one pass over the background) and kept, by vector identity, for the
     * life of the returned instance: make a new one when the background changes.
     */
    public SemanticSimilarity withBackground(List<Embedded> articles) {
        return new SemanticSimilarity(lexical, encoder, settings, articles);
    }

    /** Embeds an article once; {@code title} may be empty. */
    public Embedded embed(AnalyzedText text, String title, String body) {
        String s = title.isBlank() ? body : title.strip() + "\n" + body;
        return new Embedded(text, encoder.embed(s, settings.headlineTokens()), encoder.embed(s, settings.leadTokens()));
    }

    /** The model's features for a pair, in {@link #FEATURES} order. */
    public double[] features(Embedded a, Embedded b) {
        ArticleSimilarity.Features f = lexical.features(a.text(), b.text());
        return new double[] {f.title(), f.cross(), f.body(), f.names(), f.numbers(),
            csls(a.headline(), b.headline(), true), csls(a.lead(), b.lead(), false)};
    }

    /** The predicted SemEval "Overall" score (1 = same story … 4 = unrelated). */
    public double predictedOverall(Embedded a, Embedded b) {
        return settings.weights().predict(features(a, b));
    }

    /** Same-story similarity in [0, 1]. */
    public double similarity(Embedded a, Embedded b) {
        return Math.max(0, Math.min(1, (4 - predictedOverall(a, b)) / 3));
    }

    private double csls(float[] x, float[] y, boolean headline) {
        return 2 * SentenceEncoder.cosine(x, y) - hub(x, headline) - hub(y, headline);
    }

    /** Mean cosine of the vector to its nearest background vectors (itself excluded, by identity). */
    private double hub(float[] v, boolean headline) {
        if (background.isEmpty()) {
            return 0;
        }
        synchronized (hubness) {
            Double h = hubness.get(v);
            if (h != null) {
                return h;
            }
        }
        int k = Math.min(settings.neighbours(), background.size());
        double[] top = new double[k];
        java.util.Arrays.fill(top, Double.NEGATIVE_INFINITY);
        for (Embedded e : background) {
            float[] u = headline ? e.headline() : e.lead();
            if (u == v) {
                continue;
            }
            double c = SentenceEncoder.cosine(u, v);
            if (c > top[0]) {
                top[0] = c;
                java.util.Arrays.sort(top);
            }
        }
        double sum = 0;
        int n = 0;
        for (double t : top) {
            if (t != Double.NEGATIVE_INFINITY) {
                sum += t;
                n++;
            }
        }
        double h = n == 0 ? 0 : sum / n;
        synchronized (hubness) {
            hubness.put(v, h);
        }
        return h;
    }

    /** The background articles' count. */
    public int backgroundSize() {
        return background.size();
    }
}
