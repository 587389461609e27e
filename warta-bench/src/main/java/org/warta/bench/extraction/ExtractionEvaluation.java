package org.warta.bench.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores systems on pages and times them. Throughput is single-threaded: one untimed pass (the scoring pass, which
 * also warms the JIT), then {@code timedPasses} passes over the same pages in the same order; the median pass time
 * gives pages per second, and the median of the measuring thread's CPU time over the same passes gives CPU pages
 * per second (steadier than wall time on a shared machine). Systems alternate pass by pass so that machine load
 * affects them alike.
 */
public final class ExtractionEvaluation {

    /**
     * One system's result.
     *
     * @param system      its name
     * @param score       snippet counts and measures
     * @param pagesPerSec median pages per second of wall-clock time (0 when not timed)
     * @param failures    pages where the system threw
     * @param cpuPagesPerSec median pages per second of the measuring thread's CPU time (0 when not timed or not
     *                    measurable): on a machine shared with other work it moves much less than wall time
     */
    public record Result(String system, SnippetScore score, double pagesPerSec, int failures, double cpuPagesPerSec) {
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
        double[][] cpuTimes = new double[systems.size()][timedPasses];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        for (int pass = 0; pass < timedPasses; pass++) {
            for (int s = 0; s < systems.size(); s++) {
                long t0 = System.nanoTime();
                long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
                for (EvalPage p : pages) {
                    try {
                        systems.get(s).extract(p);
                    } catch (Exception | StackOverflowError e) {
                        // counted in the scoring pass
                    }
                }
                times[s][pass] = (System.nanoTime() - t0) / 1e9;
                cpuTimes[s][pass] = cpu ? (threads.getCurrentThreadCpuTime() - c0) / 1e9 : 0;
            }
        }
        List<Result> out = new ArrayList<>();
        for (int s = 0; s < systems.size(); s++) {
            double pps = timedPasses > 0 ? pages.size() / median(times[s]) : 0;
            double cpuPps = timedPasses > 0 && cpu ? pages.size() / median(cpuTimes[s]) : 0;
            out.add(new Result(systems.get(s).name(), scores.get(s), pps, failures[s], cpuPps));
        }
        return out;
    }

    private static double median(double[] times) {
        double[] t = times.clone();
        Arrays.sort(t);
        return t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
    }
}
