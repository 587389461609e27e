package org.warta.bench.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.warta.model.Article;
import org.warta.model.SummarySentence;
import org.warta.story.LeadCleaner;
import org.warta.story.SummaryBuilder;
import org.warta.story.SynthesisSettings;

/**
 * Single-article summarisation on IndoSum (Kurniawan &amp; Louvan 2018): Warta's {@link SummaryBuilder} with one member
 * against LEAD-3 (the first three sentences), both scored with {@link Rouge} F1 against the gold summary and
 * averaged over the articles (macro average, as ROUGE-1.5.5 reports).
 */
public final class SummaryEvaluation {

    /**
     * One IndoSum article.
     *
     * @param id         its id
     * @param paragraphs paragraphs, each a list of sentences (tokens joined by spaces)
     * @param gold       the gold summary's sentences
     */
    public record Doc(String id, List<List<String>> paragraphs, List<String> gold) {
        /** The article text: sentences joined by a space, paragraphs by a blank line. */
        public String text() {
            List<String> ps = new ArrayList<>();
            for (List<String> p : paragraphs) {
                ps.add(String.join(" ", p));
            }
            return String.join("\n\n", ps);
        }

        public List<String> lead(int n) {
            return paragraphs.stream().flatMap(List::stream).limit(n).toList();
        }
    }

    /** Mean F1 of ROUGE-1, ROUGE-2 and ROUGE-L over the articles. */
    public record Scores(double rouge1, double rouge2, double rougeL) {
    }

    /**
     * Scores of the same run.
     *
     * @param warta   Warta's summaries
     * @param lead3   LEAD-3
     * @param lead3Clean LEAD-3 with the dateline of the first sentence removed as Warta removes it
     *                   ({@link LeadCleaner}): shows how much of Warta's lead comes from that cleaning alone
     * @param docs    articles scored
     * @param seconds wall time of Warta's summarisation
     */
    public record Result(Scores warta, Scores lead3, Scores lead3Clean, int docs, double seconds) {
    }

    private SummaryEvaluation() {
    }

    /** Reads {@code articles.jsonl.gz} of an IndoSum folder; articles without text or gold summary are skipped. */
    public static List<Doc> read(Path dir) throws IOException {
        Path file = dir.resolve("articles.jsonl.gz");
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": not found (expected IndoSum's articles.jsonl.gz)");
        }
        ObjectMapper json = new ObjectMapper();
        List<Doc> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            int line = 0;
            for (String l; (l = r.readLine()) != null; ) {
                line++;
                if (l.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = json.readTree(l);
                } catch (IOException e) {
                    throw new IOException(file + ": line " + line + " is not JSON");
                }
                List<List<String>> paragraphs = new ArrayList<>();
                for (JsonNode p : n.path("paragraphs")) {
                    List<String> sentences = new ArrayList<>();
                    for (JsonNode s : p) {
                        sentences.add(joined(s));
                    }
                    paragraphs.add(sentences);
                }
                List<String> gold = new ArrayList<>();
                for (JsonNode s : n.path("summary")) {
                    gold.add(joined(s));
                }
                if (!paragraphs.isEmpty() && !gold.isEmpty()) {
                    out.add(new Doc(n.path("id").asText("line-" + line), paragraphs, gold));
                }
            }
        }
        return out;
    }

    private static String joined(JsonNode tokens) {
        List<String> t = new ArrayList<>();
        tokens.forEach(x -> t.add(x.asText()));
        return String.join(" ", t);
    }

    /** Warta's {@code sentences}-sentence summary of each article and LEAD-{@code sentences}, scored. */
    public static Result run(List<Doc> docs, SynthesisSettings settings, int sentences) {
        SummaryBuilder builder = new SummaryBuilder(settings);
        double[] w = new double[3];
        double[] l = new double[3];
        double[] c = new double[3];
        long nanos = 0;
        for (Doc d : docs) {
            Article a = Article.of(d.id(), d.id(), "", d.text()).withLanguage("id");
            long t0 = System.nanoTime();
            List<String> summary = builder.summarize(List.of(a), sentences).stream().map(SummarySentence::text)
                    .toList();
            nanos += System.nanoTime() - t0;
            add(w, summary, d.gold());
            List<String> lead = d.lead(sentences);
            add(l, lead, d.gold());
            List<String> clean = new ArrayList<>(lead);
            if (!clean.isEmpty()) {
                clean.set(0, LeadCleaner.strip(clean.get(0)));
            }
            add(c, clean, d.gold());
        }
        int n = Math.max(1, docs.size());
        return new Result(new Scores(w[0] / n, w[1] / n, w[2] / n), new Scores(l[0] / n, l[1] / n, l[2] / n),
                new Scores(c[0] / n, c[1] / n, c[2] / n), docs.size(), nanos / 1e9);
    }

    private static void add(double[] acc, List<String> candidate, List<String> gold) {
        acc[0] += Rouge.rougeN(candidate, gold, 1).f1();
        acc[1] += Rouge.rougeN(candidate, gold, 2).f1();
        acc[2] += Rouge.rougeL(candidate, gold).f1();
    }
}
