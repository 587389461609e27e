package org.warta.bench.similarity;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.warta.cluster.ArticleSimilarity;
import org.warta.cluster.DocumentFrequencies;
import org.warta.lang.LanguageIdentifier;
import org.warta.semantic.E5SmallEncoder;
import org.warta.semantic.OnnxSentenceEncoder;
import org.warta.semantic.SemanticSimilarity;
import org.warta.text.AnalyzedText;
import org.warta.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warta eval similarity <dir>}: Pearson correlation between {@link ArticleSimilarity} and the SemEval-2022
 * Task 8 "Overall" score (1 = same story … 4 = unrelated, so a good similarity correlates negatively), overall and
 * per language pair. Each text's language is identified by Warta (not taken from the file); IDF comes from all texts
 * of the set (unsupervised, no gold used). Headline: the first line when there is one, else the text up to the first
 * double space.
 *
 * <p>Unless {@code --lexical-only}, also {@link SemanticSimilarity} (lexical features plus E5-small-v2 sentence
 * embeddings): with its default weights (fitted on this set, so in-sample) and cross-validated ({@value #FOLDS}
 * folds, weights refitted on the other folds), the honest figure.
 */
@Command(name = "similarity", mixinStandardHelpOptions = true,
        description = "Correlate article-pair similarity with the SemEval-2022 Task 8 gold scores.")
public final class EvalSimilarityCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory with pairs.csv")
    Path dir;

    @Spec
    CommandSpec spec;

    /** Correlations: overall and per language pair (with pair counts). */
    public record Result(int pairs, double pearson, Map<String, Double> byLanguagePair, Map<String, Integer> counts) {
    }

    /**
     * The semantic model's figures.
     *
     * @param inSample       {@link SemanticSimilarity} with its default weights (fitted on this very set)
     * @param crossValidated out-of-fold predictions of a {@value #FOLDS}-fold cross-validation that refits the weights
     *                       on the other folds (first fold draw)
     * @param meanCv         |r| of the cross-validation averaged over {@value #SEEDS} fold draws
     * @param refitted       weights fitted on the whole set ({@link SemanticSimilarity#FEATURES} order, then the
     *                       intercept): what the defaults are rounded from
     * @param msPerArticle   median wall-clock milliseconds to embed one article (both embeddings, one thread;
     *                       inflated when other processes share the cores)
     * @param cpuMsPerArticle median CPU milliseconds of the embedding thread per article (ONNX Runtime computes on
     *                       the calling thread with one intra-op thread): the cost on an idle core
     */
    public record Semantic(Result inSample, Result crossValidated, double meanCv, double[] refitted,
                           double msPerArticle, double cpuMsPerArticle) {
    }

    static final int FOLDS = 10;
    static final int SEEDS = 5;
    /** Ridge penalty of the refits; the defaults were fitted with it. */
    static final double LAMBDA = 1.0;

    @Option(names = "--lexical-only", description = "Skip the sentence-embedding model (faster).")
    boolean lexicalOnly;

    @Option(names = "--threads", description = "Threads that embed articles (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println(dir + ": not a directory");
            return 2;
        }
        if (threads < 1) {
            err.println("--threads: must be at least 1");
            return 2;
        }
        try {
            List<SimilarityPairs.Pair> pairs = SimilarityPairs.load(dir);
            Prepared prepared = prepare(pairs);
            Result r = evaluate(pairs, prepared);
            Optional<Semantic> sem = lexicalOnly ? Optional.empty() : evaluateSemantic(pairs, prepared, threads);
            out.printf(Locale.ROOT, "%d pairs (%s); Pearson r of similarity vs Overall (negative is right)%n",
                    r.pairs(), dir);
            if (sem.isEmpty()) {
                out.printf(Locale.ROOT, "%-10s %6s %8s%n", "pair", "n", "lexical");
                out.printf(Locale.ROOT, "%-10s %6d %8.3f%n", "all", r.pairs(), r.pearson());
                r.byLanguagePair().forEach((k, v) ->
                        out.printf(Locale.ROOT, "%-10s %6d %8.3f%n", k, r.counts().get(k), v));
                if (!lexicalOnly) {
                    out.println("(the sentence-embedding model is not on the class path: lexical similarity only)");
                }
                out.printf(Locale.ROOT, "|r| = %.3f (SemEval-2022 Task 8 best system: 0.818 on the test set)%n",
                        Math.abs(r.pearson()));
            } else {
                Semantic s = sem.get();
                out.printf(Locale.ROOT, "%-10s %6s %8s %9s %12s%n", "pair", "n", "lexical", "semantic",
                        "semantic-CV");
                out.printf(Locale.ROOT, "%-10s %6d %8.3f %9.3f %12.3f%n", "all", r.pairs(), r.pearson(),
                        s.inSample().pearson(), s.crossValidated().pearson());
                r.byLanguagePair().forEach((k, v) -> out.printf(Locale.ROOT, "%-10s %6d %8.3f %9.3f %12.3f%n", k,
                        r.counts().get(k), v, s.inSample().byLanguagePair().get(k),
                        s.crossValidated().byLanguagePair().get(k)));
                out.printf(Locale.ROOT, "semantic = lexical features + E5-small-v2 cosines (CSLS); semantic-CV: "
                        + "weights refitted in %d-fold cross-validation, mean |r| over %d fold draws %.3f%n",
                        FOLDS, SEEDS, s.meanCv());
                StringBuilder w = new StringBuilder("weights refitted on the whole set:");
                for (int i = 0; i < SemanticSimilarity.FEATURES.size(); i++) {
                    w.append(String.format(Locale.ROOT, " %s %.3f", SemanticSimilarity.FEATURES.get(i),
                            s.refitted()[i]));
                }
                w.append(String.format(Locale.ROOT, " intercept %.3f", s.refitted()[s.refitted().length - 1]));
                out.println(w);
                out.printf(Locale.ROOT, "embedding cost per article (median, one thread): %.1f ms CPU, %.1f ms "
                        + "wall clock%n", s.cpuMsPerArticle(), s.msPerArticle());
                out.printf(Locale.ROOT, "|r| = %.3f semantic (%.3f cross-validated), %.3f lexical "
                        + "(SemEval-2022 Task 8 best system: 0.818 on the test set)%n",
                        Math.abs(s.inSample().pearson()), s.meanCv(), Math.abs(r.pearson()));
            }
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println(dir + ": " + e.getMessage());
            return 1;
        }
    }

    /** Each pair's two texts analysed, with the headline and body they were split into. */
    record Prepared(List<Side[]> sides, DocumentFrequencies df) {
    }

    record Side(AnalyzedText text, String title, String body) {
    }

    static Prepared prepare(List<SimilarityPairs.Pair> pairs) {
        LanguageIdentifier languages = new LanguageIdentifier();
        TextAnalyzer analyzer = new TextAnalyzer();
        List<Side[]> sides = new ArrayList<>();
        List<AnalyzedText> all = new ArrayList<>();
        for (SimilarityPairs.Pair p : pairs) {
            Side a = analyse(p.text1(), languages, analyzer);
            Side b = analyse(p.text2(), languages, analyzer);
            sides.add(new Side[] {a, b});
            all.add(a.text());
            all.add(b.text());
        }
        return new Prepared(sides, DocumentFrequencies.of(all));
    }

    /** Lexical similarity ({@link ArticleSimilarity}) against the gold scores. */
    public static Result evaluate(List<SimilarityPairs.Pair> pairs) {
        return evaluate(pairs, prepare(pairs));
    }

    static Result evaluate(List<SimilarityPairs.Pair> pairs, Prepared prepared) {
        ArticleSimilarity similarity = new ArticleSimilarity(prepared.df());
        double[] x = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            x[i] = similarity.similarity(prepared.sides().get(i)[0].text(), prepared.sides().get(i)[1].text());
        }
        return correlate(pairs, x);
    }

    /** Semantic similarity against the gold scores; empty when the embedding model is not on the class path. */
    public static Optional<Semantic> evaluateSemantic(List<SimilarityPairs.Pair> pairs, int threads) {
        return evaluateSemantic(pairs, prepare(pairs), threads);
    }

    static Optional<Semantic> evaluateSemantic(List<SimilarityPairs.Pair> pairs, Prepared prepared, int threads) {
        Optional<OnnxSentenceEncoder> encoder = E5SmallEncoder.load();
        if (encoder.isEmpty()) {
            return Optional.empty();
        }
        try (OnnxSentenceEncoder e = encoder.get()) {
            SemanticSimilarity base = new SemanticSimilarity(new ArticleSimilarity(prepared.df()), e,
                    SemanticSimilarity.Settings.defaults());
            List<Side> flat = new ArrayList<>();
            prepared.sides().forEach(s -> flat.addAll(List.of(s)));
            SemanticSimilarity.Embedded[] embedded = new SemanticSimilarity.Embedded[flat.size()];
            double[] ms = new double[flat.size()];
            double[] cpu = new double[flat.size()];
            ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                pool.submit(() -> IntStream.range(0, flat.size()).parallel().forEach(i -> {
                    long t0 = System.nanoTime();
                    long c0 = bean.getCurrentThreadCpuTime();
                    Side s = flat.get(i);
                    embedded[i] = base.embed(s.text(), s.title(), s.body());
                    cpu[i] = (bean.getCurrentThreadCpuTime() - c0) / 1e6;
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                })).get();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", ex);
            } catch (ExecutionException ex) {
                throw new IllegalStateException(ex.getCause().getMessage(), ex.getCause());
            } finally {
                pool.shutdown();
            }
            SemanticSimilarity similarity = base.withBackground(List.of(embedded));
            int n = pairs.size();
            double[][] features = new double[n][];
            double[] sim = new double[n];
            double[] gold = new double[n];
            for (int i = 0; i < n; i++) {
                features[i] = similarity.features(embedded[2 * i], embedded[2 * i + 1]);
                sim[i] = similarity.similarity(embedded[2 * i], embedded[2 * i + 1]);
                gold[i] = pairs.get(i).overall();
            }
            double meanCv = 0;
            double[] firstCv = null;
            for (int seed = 1; seed <= SEEDS; seed++) {
                double[] cv = LinearFit.crossValidate(features, gold, LAMBDA, FOLDS, seed);
                for (int i = 0; i < n; i++) {
                    cv[i] = -cv[i];
                }
                meanCv += Math.abs(pearson(cv, gold)) / SEEDS;
                if (firstCv == null) {
                    firstCv = cv;
                }
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            return Optional.of(new Semantic(correlate(pairs, sim), correlate(pairs, firstCv), meanCv,
                    LinearFit.fit(features, gold, LAMBDA), ms[ms.length / 2], cpu[cpu.length / 2]));
        } catch (ai.onnxruntime.OrtException ex) {
            throw new IllegalStateException("ONNX Runtime: " + ex.getMessage(), ex);
        }
    }

    private static Result correlate(List<SimilarityPairs.Pair> pairs, double[] x) {
        double[] y = new double[pairs.size()];
        Map<String, List<double[]>> byPair = new TreeMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            y[i] = pairs.get(i).overall();
            byPair.computeIfAbsent(pairs.get(i).languagePair(), k -> new ArrayList<>()).add(new double[] {x[i], y[i]});
        }
        Map<String, Double> r = new TreeMap<>();
        Map<String, Integer> n = new TreeMap<>();
        byPair.forEach((k, v) -> {
            r.put(k, pearson(v.stream().mapToDouble(a -> a[0]).toArray(), v.stream().mapToDouble(a -> a[1]).toArray()));
            n.put(k, v.size());
        });
        return new Result(pairs.size(), pearson(x, y), r, n);
    }

    private static Side analyse(String raw, LanguageIdentifier languages, TextAnalyzer analyzer) {
        String s = raw.strip();
        int nl = s.indexOf('\n');
        int ds = s.indexOf("  ");
        int cut = nl >= 0 && nl < 400 ? nl : (ds >= 0 && ds < 400 ? ds : -1);
        String title = cut < 0 ? "" : s.substring(0, cut).strip();
        String text = cut < 0 ? s : s.substring(cut).strip();
        return new Side(analyzer.analyze(languages.identify(title, text), title, text), title, text);
    }

    static double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
