package org.warta.bench.similarity;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.warta.cluster.ArticleSimilarity;
import org.warta.cluster.DocumentFrequencies;
import org.warta.lang.LanguageIdentifier;
import org.warta.text.AnalyzedText;
import org.warta.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warta eval similarity <dir>}: Pearson correlation between {@link ArticleSimilarity} and the SemEval-2022
 * Task 8 "Overall" score (1 = same story … 4 = unrelated, so a good similarity correlates negatively), overall and
 * per language pair. Each text's language is identified by Warta (not taken from the file); IDF comes from all texts
 * of the set (unsupervised, no gold used). Headline: the first line when there is one, else the text up to the first
 * double space.
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println(dir + ": not a directory");
            return 2;
        }
        try {
            Result r = evaluate(SimilarityPairs.load(dir));
            out.printf(Locale.ROOT, "%d pairs (%s); Pearson r of similarity vs Overall (negative is right)%n",
                    r.pairs(), dir);
            out.printf(Locale.ROOT, "%-10s %6s %8s%n", "pair", "n", "r");
            out.printf(Locale.ROOT, "%-10s %6d %8.3f%n", "all", r.pairs(), r.pearson());
            r.byLanguagePair().forEach((k, v) -> out.printf(Locale.ROOT, "%-10s %6d %8.3f%n", k, r.counts().get(k), v));
            out.printf(Locale.ROOT, "|r| = %.3f (SemEval-2022 Task 8 best system: 0.818 on the test set)%n",
                    Math.abs(r.pearson()));
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println(dir + ": " + e.getMessage());
            return 1;
        }
    }

    public static Result evaluate(List<SimilarityPairs.Pair> pairs) {
        LanguageIdentifier languages = new LanguageIdentifier();
        TextAnalyzer analyzer = new TextAnalyzer();
        List<AnalyzedText[]> analysed = new ArrayList<>();
        List<AnalyzedText> all = new ArrayList<>();
        for (SimilarityPairs.Pair p : pairs) {
            AnalyzedText a = analyse(p.text1(), languages, analyzer);
            AnalyzedText b = analyse(p.text2(), languages, analyzer);
            analysed.add(new AnalyzedText[] {a, b});
            all.add(a);
            all.add(b);
        }
        ArticleSimilarity similarity = new ArticleSimilarity(DocumentFrequencies.of(all));
        double[] x = new double[pairs.size()];
        double[] y = new double[pairs.size()];
        Map<String, List<double[]>> byPair = new TreeMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            x[i] = similarity.similarity(analysed.get(i)[0], analysed.get(i)[1]);
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

    private static AnalyzedText analyse(String raw, LanguageIdentifier languages, TextAnalyzer analyzer) {
        String s = raw.strip();
        int nl = s.indexOf('\n');
        int ds = s.indexOf("  ");
        int cut = nl >= 0 && nl < 400 ? nl : (ds >= 0 && ds < 400 ? ds : -1);
        String title = cut < 0 ? "" : s.substring(0, cut).strip();
        String text = cut < 0 ? s : s.substring(cut).strip();
        return analyzer.analyze(languages.identify(title, text), title, text);
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
