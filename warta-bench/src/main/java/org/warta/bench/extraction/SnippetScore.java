package org.warta.bench.extraction;

/**
 * Counts of trafilatura's snippet scoring, summed over pages, and the measures over the sums.
 *
 * @param tp {@code with} snippets found
 * @param fn {@code with} snippets missing
 * @param fp {@code without} snippets found
 * @param tn {@code without} snippets absent
 */
public record SnippetScore(long tp, long fn, long fp, long tn) {
    public static final SnippetScore ZERO = new SnippetScore(0, 0, 0, 0);

    public SnippetScore plus(SnippetScore o) {
        return new SnippetScore(tp + o.tp, fn + o.fn, fp + o.fp, tn + o.tn);
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        long all = tp + fn + fp + tn;
        return all == 0 ? 0 : (double) (tp + tn) / all;
    }

    /** Scores one page's extracted text: snippets compared after collapsing white space (trafilatura's eval). */
    public static SnippetScore of(String extracted, EvalPage page) {
        String text = collapse(extracted);
        long tp = 0;
        long fn = 0;
        long fp = 0;
        long tn = 0;
        for (String s : page.with()) {
            if (text.contains(collapse(s))) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String s : page.without()) {
            if (text.contains(collapse(s))) {
                fp++;
            } else {
                tn++;
            }
        }
        return new SnippetScore(tp, fn, fp, tn);
    }

    static String collapse(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
