package org.warta.bench.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores systems on pages and times them. Throughput is single-threaded: one untimed pass (the scoring pass, which
 * also warms the JIT), then {@code timedPasses} passes over the same pages in the same order; the median pass time
 * gives pages per second. Systems alternate pass by pass so that machine load affects them alike.
 */
public final class ExtractionEvaluation {

    /**
     * One system's result.
     *
     * @param system      its name
     * @param score       snippet counts and measures
     * @param pagesPerSec median pages per second (0 when not timed)
     * @param failures    pages where the system threw
     */
    public record Result(String system, SnippetScore score, double pagesPerSec, int failures) {
    }

    private ExtractionEvaluation() {
    }

    /** Scores (and, if {@code timedPasses > 0}, times) every system on the pages. */
    public static List<Result> run(List<EvalPage> pages, List<TextExtractorUnderTest> systems, int timedPasses) {
        return run(pages, systems, 0, timedPasses);
    }

    /**
     * Scores every system, then runs {@code warmupPasses} untimed passes each (JIT warm-up beyond the scoring pass)
     * and {@code timedPasses} timed ones.
     */
    public static List<Result> run(List<EvalPage> pages, List<TextExtractorUnderTest> systems, int warmupPasses,
                                   int timedPasses) {
        List<SnippetScore> scores = new ArrayList<>();
        int[] failures = new int[systems.size()];
        for (int s = 0; s < systems.size(); s++) {
            SnippetScore total = SnippetScore.ZERO;
            for (EvalPage p : pages) {
                String text;
                try {
                    text = systems.get(s).extract(p);
                } catch (Exception | StackOverflowError e) {
                    failures[s]++;
                    text = "";
                }
                total = total.plus(SnippetScore.of(text, p));
            }
            scores.add(total);
        }
        for (int pass = 0; pass < warmupPasses; pass++) {
            for (TextExtractorUnderTest system : systems) {
                for (EvalPage p : pages) {
                    try {
                        system.extract(p);
                    } catch (Exception | StackOverflowError e) {
                        // counted in the scoring pass
                    }
                }
            }
        }
        double[][] times = new double[systems.size()][timedPasses];
        for (int pass = 0; pass < timedPasses; pass++) {
            for (int s = 0; s < systems.size(); s++) {
                long t0 = System.nanoTime();
                for (EvalPage p : pages) {
                    try {
                        systems.get(s).extract(p);
                    } catch (Exception | StackOverflowError e) {
                        // counted in the scoring pass
                    }
                }
                times[s][pass] = (System.nanoTime() - t0) / 1e9;
            }
        }
        List<Result> out = new ArrayList<>();
        for (int s = 0; s < systems.size(); s++) {
            double pps = 0;
            if (timedPasses > 0) {
                double[] t = times[s].clone();
                Arrays.sort(t);
                double median = t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
                pps = pages.size() / median;
            }
            out.add(new Result(systems.get(s).name(), scores.get(s), pps, failures[s]));
        }
        return out;
    }
}
