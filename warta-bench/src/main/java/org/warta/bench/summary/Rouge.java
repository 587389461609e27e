package org.warta.bench.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE as defined by Lin (2004), "ROUGE: A Package for Automatic Evaluation of Summaries", ACL Workshop on Text
 * Summarization Branches Out, and computed like ROUGE-1.5.5 with a single reference:
 * <ul>
 * <li>ROUGE-N: clipped n-gram co-occurrence, {@code overlap = Σ min(count_ref(g), count_cand(g))}, recall
 * {@code overlap / |ref n-grams|}, precision {@code overlap / |cand n-grams|}; as in ROUGE-1.5.5 a summary's
 * sentences are one token stream, so an n-gram may span a sentence boundary.</li>
 * <li>ROUGE-L at summary level (Lin 2004 §3.2): for each reference sentence r<sub>i</sub>, the union LCS with every
 * candidate sentence, {@code LCS∪(r_i, C)}; a token is counted at most as often as it occurs in the reference and in
 * the candidate (ROUGE-1.5.5's hit clipping); recall divides by the reference's tokens, precision by the
 * candidate's.</li>
 * </ul>
 * F is F1 (ROUGE-1.5.5's {@code -a} default α = 0.5). Tokens: lower case, every character that is not a letter or a
 * digit is a separator (ROUGE-1.5.5 replaces {@code [^a-z0-9]} by spaces; letters here are Unicode letters). No
 * stemming (Porter's stemmer, ROUGE-1.5.5's {@code -m}, is for English) and no stop-word removal.
 */
public final class Rouge {

    /**
     * Precision, recall and F1 of one measure.
     *
     * @param precision share of the candidate's units found in the reference
     * @param recall    share of the reference's units found in the candidate
     * @param f1        their harmonic mean (0 when both are 0)
     */
    public record Score(double precision, double recall, double f1) {
        static Score of(double hits, double candidate, double reference) {
            double p = candidate == 0 ? 0 : hits / candidate;
            double r = reference == 0 ? 0 : hits / reference;
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    private Rouge() {
    }

    /** ROUGE's tokens of a text: lower case, letters and digits only. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** ROUGE-N of a candidate and a reference, each a list of sentences. */
    public static Score rougeN(List<String> candidate, List<String> reference, int n) {
        Map<String, Integer> ref = ngrams(flatten(reference), n);
        Map<String, Integer> cand = ngrams(flatten(candidate), n);
        int hits = 0;
        for (Map.Entry<String, Integer> e : cand.entrySet()) {
            hits += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        }
        return Score.of(hits, total(cand), total(ref));
    }

    /** Summary-level ROUGE-L (union LCS) of a candidate and a reference, each a list of sentences. */
    public static Score rougeL(List<String> candidate, List<String> reference) {
        List<List<String>> cand = candidate.stream().map(Rouge::tokens).toList();
        List<List<String>> ref = reference.stream().map(Rouge::tokens).toList();
        Map<String, Integer> candLeft = counts(cand);
        Map<String, Integer> refLeft = counts(ref);
        int candTotal = cand.stream().mapToInt(List::size).sum();
        int refTotal = ref.stream().mapToInt(List::size).sum();
        int hits = 0;
        for (List<String> r : ref) {
            boolean[] union = new boolean[r.size()];
            for (List<String> c : cand) {
                markLcs(r, c, union);
            }
            for (int i = 0; i < r.size(); i++) {
                if (!union[i]) {
                    continue;
                }
                String t = r.get(i);
                if (candLeft.getOrDefault(t, 0) > 0 && refLeft.getOrDefault(t, 0) > 0) {
                    hits++;
                    candLeft.merge(t, -1, Integer::sum);
                    refLeft.merge(t, -1, Integer::sum);
                }
            }
        }
        return Score.of(hits, candTotal, refTotal);
    }

    /** Marks the positions of {@code r} on one longest common subsequence with {@code c}. */
    static void markLcs(List<String> r, List<String> c, boolean[] mark) {
        int m = r.size();
        int n = c.size();
        int[][] len = new int[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                len[i][j] = r.get(i - 1).equals(c.get(j - 1)) ? len[i - 1][j - 1] + 1
                        : Math.max(len[i - 1][j], len[i][j - 1]);
            }
        }
        int i = m;
        int j = n;
        while (i > 0 && j > 0) {
            if (r.get(i - 1).equals(c.get(j - 1))) {
                mark[i - 1] = true;
                i--;
                j--;
            } else if (len[i - 1][j] >= len[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
    }

    /** Length of the longest common subsequence of two token lists. */
    static int lcs(List<String> a, List<String> b) {
        boolean[] mark = new boolean[a.size()];
        markLcs(a, b, mark);
        int n = 0;
        for (boolean x : mark) {
            if (x) {
                n++;
            }
        }
        return n;
    }

    private static List<String> flatten(List<String> sentences) {
        List<String> out = new ArrayList<>();
        sentences.forEach(s -> out.addAll(tokens(s)));
        return out;
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }

    private static Map<String, Integer> counts(List<List<String>> sentences) {
        Map<String, Integer> out = new HashMap<>();
        sentences.forEach(s -> s.forEach(t -> out.merge(t, 1, Integer::sum)));
        return out;
    }

    private static int total(Map<String, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }
}
