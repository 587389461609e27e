package org.warta.bench.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.warta.model.Article;
import org.warta.model.Moment;
import org.warta.nlp.WartaAnalyzer;
import org.warta.nlp.date.DateFinder;
import org.warta.nlp.ner.EntityRecognizer;
import org.warta.nlp.ner.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warta bench nlp [INDOSUM]}: median time to analyse (entities + quotes + dates) one 600-word Indonesian
 * news article on one thread. Articles are real: IndoSum articles ({@code eval/summarization/indosum/
 * articles.jsonl.gz}), detokenised, concatenated in file order and cut into 600-word articles. The peer measured in
 * the same run is the same pipeline with the rule-based recogniser instead of the trained model. Medians are of
 * thread CPU time (what one core spends, robust to other processes on a shared machine) and of wall time.
 */
@Command(name = "nlp", mixinStandardHelpOptions = true,
        description = "Median ms per 600-word article for the NLP stage, one thread, with a peer in the same run.")
public final class NlpBenchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "INDOSUM",
            description = "articles.jsonl.gz (default ../shared/eval/summarization/indosum/articles.jsonl.gz)")
    Path source;

    @Option(names = "--words", description = "words per article (default ${DEFAULT-VALUE})", defaultValue = "600")
    int words;

    @Option(names = "--articles", description = "articles timed (default ${DEFAULT-VALUE})", defaultValue = "300")
    int count;

    @Option(names = "--warmup", description = "untimed warm-up passes over the articles (default ${DEFAULT-VALUE})",
            defaultValue = "3")
    int warmup;

    @Option(names = "--rounds", description = "timed passes; the median is over all (default ${DEFAULT-VALUE})",
            defaultValue = "3")
    int rounds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path p = source != null ? source : Path.of(System.getProperty("warta.shared", "../shared"))
                .resolve("eval/summarization/indosum/articles.jsonl.gz");
        if (!Files.isRegularFile(p)) {
            err.println(p + ": not found");
            return 2;
        }
        List<Article> arts;
        try {
            arts = articles(p, words, count);
        } catch (IOException e) {
            err.println(p + ": cannot read (" + e.getMessage() + ")");
            return 1;
        }
        if (arts.isEmpty()) {
            err.println(p + ": no articles");
            return 1;
        }
        WartaAnalyzer warta = new WartaAnalyzer();
        WartaAnalyzer peer = new WartaAnalyzer(new EntityRecognizer(Optional.empty(), Gazetteer.standard()),
                Gazetteer.standard(), DateFinder.standard());
        double[][] w = time(warta, arts);
        double[][] r = time(peer, arts);
        double mw = median(w[1]);
        double mr = median(r[1]);
        out.printf(Locale.ROOT, "NLP stage, %d articles x %d words, %d rounds, 1 thread, %d cores, Java %s%n",
                arts.size(), words, rounds, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        out.printf(Locale.ROOT, "warta (perceptron NER)   median CPU %.3f ms/article (p90 %.3f)  wall %.3f ms  "
                + "%.0f articles/s/core%n", mw, pct(w[1], 0.9), median(w[0]), 1000 / mw);
        out.printf(Locale.ROOT, "peer (rule-based NER)    median CPU %.3f ms/article (p90 %.3f)  wall %.3f ms  "
                + "%.0f articles/s/core%n", mr, pct(r[1], 0.9), median(r[0]), 1000 / mr);
        out.printf(Locale.ROOT, "ratio warta/peer %.2f (CPU medians)%n", mw / mr);
        return 0;
    }

    /** Wall-clock and thread-CPU milliseconds per article: {@code [0]} wall, {@code [1]} CPU. */
    private double[][] time(WartaAnalyzer a, List<Article> arts) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            for (Article x : arts) {
                sink += a.analyze(x).entities().size();
            }
        }
        double[] ms = new double[arts.size() * rounds];
        double[] cpu = new double[arts.size() * rounds];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (Article x : arts) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                sink += a.analyze(x).quotes().size();
                ms[k] = (System.nanoTime() - t0) / 1e6;
                cpu[k++] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        if (sink == 42) {
            spec.commandLine().getErr().print("");
        }
        return new double[][] {ms, cpu};
    }

    private static double median(double[] v) {
        return pct(v, 0.5);
    }

    private static double pct(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.floor(q * (s.length - 1) + 0.5))];
    }

    /** Real IndoSum text cut into articles of {@code words} words, paragraphs kept. */
    static List<Article> articles(Path p, int words, int count) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null && out.size() < count; ) {
                JsonNode doc = json.readTree(line);
                for (JsonNode para : doc.path("paragraphs")) {
                    StringBuilder ps = new StringBuilder();
                    for (JsonNode sent : para) {
                        for (JsonNode tok : sent) {
                            String t = tok.asText();
                            boolean glue = t.length() == 1 && ".,;:!?)".contains(t);
                            if (ps.length() > 0 && !glue && ps.charAt(ps.length() - 1) != '(') {
                                ps.append(' ');
                            }
                            ps.append(t);
                            n++;
                        }
                    }
                    if (text.length() > 0) {
                        text.append("\n\n");
                    }
                    text.append(ps);
                    if (n >= words) {
                        out.add(Article.of("bench-" + out.size(), p.toString(), "", text.toString()).withLanguage("id")
                                .withPublished(Optional.of(Moment.ofDate(LocalDate.of(2017, 3, 1)))));
                        text.setLength(0);
                        n = 0;
                        if (out.size() >= count) {
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }
}
