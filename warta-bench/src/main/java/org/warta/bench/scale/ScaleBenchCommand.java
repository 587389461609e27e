package org.warta.bench.scale;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.cluster.ClusteringSettings;
import org.warta.cluster.OnlineStoryClusterer;
import org.warta.dedup.MinHashDuplicateDetector;
import org.warta.text.AnalyzedText;
import org.warta.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code warta bench scale --n 10000 --n 100000}: articles per second of near-duplicate detection plus online
 * clustering of analysed articles (analysis is timed apart), live stories, and heap per live article, on a
 * {@link SyntheticStream} of real sentences with known events. Single-threaded (one core); rates are per CPU-second
 * of the benchmark thread (thread CPU time), because wall-clock time on a shared machine measures the neighbours. Prints a table of
 * checkpoints per run, the stream's clustering BCubed F1 and dedup precision/recall, and optionally writes the curve
 * as CSV and SVG. Heap, at the end of a run: live objects (class histogram, dead filler space left out; see
 * {@link #liveHeap()}) with the dedup and clustering state minus the same after dropping that state, divided by the
 * articles in live stories.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = "Throughput and heap of dedup + online clustering on a generated stream with known events.")
public final class ScaleBenchCommand implements Callable<Integer> {

    /** Rates are per CPU-second of the benchmark thread: the machine is shared, wall-clock time is not ours. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();

    @Option(names = "--n", description = "Stream length; repeat for several runs (default: 10000)")
    List<Integer> sizes = new ArrayList<>(List.of(10_000));

    @Option(names = "--per-day", description = "Articles per day of publication time (default: ${DEFAULT-VALUE})")
    int perDay = 3_000;

    @Option(names = "--checkpoints", description = "Checkpoints per run (default: ${DEFAULT-VALUE})")
    int checkpoints = 10;

    @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE})")
    long seed = 20240619L;

    @Option(names = "--shared", description = "The shared data folder (default: ../shared or -Dwarta.shared)")
    Path shared;

    @Option(names = "--peer", description = "Also run the exhaustive-candidates peer (every live story sharing any "
            + "term is scored in full; what a scan-like clusterer does) on runs up to this length (default: 0 = no)")
    int peerMaxN;

    @Option(names = "--csv", description = "Write the checkpoints as CSV here")
    Path csv;

    @Option(names = "--svg", description = "Write the throughput curve as SVG here")
    Path svg;

    @Spec
    CommandSpec spec;

    /** One checkpoint of a run. */
    record Point(int n, long processed, int liveStories, long liveArticles, double articlesPerSecond,
                 double analysisPerSecond, double bytesPerLiveArticle, long snapshotBytes) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> folder = org.warta.bench.SharedFolder.resolve(shared, err);
        if (folder.isEmpty()) {
            return 2;
        }
        Path dir = folder.get();
        if (sizes.stream().anyMatch(n -> n < checkpoints) || checkpoints < 1 || perDay < 1) {
            err.println("--n must be at least --checkpoints, and both and --per-day positive");
            return 2;
        }
        try {
            SyntheticStream stream = SyntheticStream.load(dir);
            out.printf(Locale.ROOT, "stream from %d real source documents; %d articles/day; JVM %s, %d cores, "
                            + "max heap %d MB%n", stream.sources(), perDay, Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            List<Point> all = new ArrayList<>();
            for (int n : sizes) {
                List<Point> points = run(stream, n, out, ClusteringSettings.defaults(), "Warta (inverted index)");
                all.addAll(points);
                if (n <= peerMaxN) {
                    List<Point> peer = run(stream, n, out, exhaustive(), "peer: exhaustive candidates");
                    double ours = median(points.stream().mapToDouble(Point::articlesPerSecond).toArray());
                    double theirs = median(peer.stream().mapToDouble(Point::articlesPerSecond).toArray());
                    out.printf(Locale.ROOT, " N = %,d: median %,.0f vs %,.0f articles per CPU-second: Warta/peer = "
                            + "%.1f%n", n, ours, theirs, ours / theirs);
                }
            }
            if (csv != null) {
                writeCsv(all, csv);
            }
            if (svg != null) {
                Files.writeString(svg, ScaleSvg.render(all), StandardCharsets.UTF_8);
            }
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println(dir + ": " + e.getMessage());
            return 1;
        }
    }

    /** The peer: same features and decision, but no bound on candidates (all stories sharing any term). */
    static ClusteringSettings exhaustive() {
        ClusteringSettings d = ClusteringSettings.defaults();
        return new ClusteringSettings(d.titleWeight(), d.bodyWeight(), d.namesWeight(), d.numbersWeight(),
                d.timeWeight(), d.timeScaleDays(), d.sizeBonus(), d.shortTextBonus(), d.shortTextTerms(),
                d.threshold(), d.crossLingualThreshold(), d.quietWindow(), d.maxStoryDuration(), d.articleTerms(),
                d.centroidTerms(),
                d.centroidTerms(), d.articleTerms(), Integer.MAX_VALUE, Integer.MAX_VALUE, d.documentHalfLife());
    }

    private List<Point> run(SyntheticStream stream, int n, PrintWriter out, ClusteringSettings settings,
                            String name) {
        int[] goldEvent = new int[n];
        long[] predicted = new long[n];
        TextAnalyzer analyzer = new TextAnalyzer();
        Iterator<SyntheticStream.Item> warmup = stream.generate(2_000, perDay, seed + 1);
        while (warmup.hasNext()) { // loads the stemmers' dictionaries and fills their caches before the baseline
            SyntheticStream.Item it = warmup.next();
            analyzer.analyze(it.language(), it.title(), it.text());
        }
        Iterator<SyntheticStream.Item> items = stream.generate(n, perDay, seed);
        MinHashDuplicateDetector dedup = new MinHashDuplicateDetector();
        OnlineStoryClusterer clusterer = new OnlineStoryClusterer(settings);
        List<Point> points = new ArrayList<>();
        out.printf(Locale.ROOT, "%n N = %,d, %s%n %10s %8s %10s %12s %12s %10s %12s%n", n, name, "articles", "stories",
                "live arts", "dedup+clu/s", "analysis/s", "B/live art", "snapshot B");
        long copies = 0;
        long copiesFound = 0;
        long flagged = 0;
        long clusterNanos = 0;
        long wallNanos = 0;
        int segment = n / checkpoints;
        long segNanos = 0;
        long segAnalysis = 0;
        for (int i = 0; i < n; i++) {
            SyntheticStream.Item it = items.next();
            long a0 = CPU.getCurrentThreadCpuTime();
            AnalyzedText text = analyzer.analyze(it.language(), it.title(), it.text());
            long t0 = CPU.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            Optional<String> copyOf = dedup.observe(it.id(), it.published(), text.words());
            String story = clusterer.assign(it.id(), it.published(), text);
            long t1 = CPU.getCurrentThreadCpuTime();
            wallNanos += System.nanoTime() - w0;
            segAnalysis += t0 - a0;
            segNanos += t1 - t0;
            clusterNanos += t1 - t0;
            goldEvent[i] = it.event();
            predicted[i] = storyNumber(story);
            copies += it.copyOf().isPresent() ? 1 : 0;
            flagged += copyOf.isPresent() ? 1 : 0;
            copiesFound += it.copyOf().isPresent() && copyOf.isPresent() ? 1 : 0;
            if ((i + 1) % segment == 0 || i == n - 1) {
                int count = (i + 1) % segment == 0 ? segment : (i + 1) % segment;
                double rate = count / (segNanos / 1e9);
                double analysisRate = count / (segAnalysis / 1e9);
                double perLive = Double.NaN;
                // serialised state of both stages: must follow the live set, not the articles processed
                long snapshot = clusterer.snapshot().length + dedup.snapshot().length;
                Point p = new Point(n, i + 1, clusterer.liveStories(), clusterer.liveArticles(), rate, analysisRate,
                        perLive, snapshot);
                points.add(p);
                out.printf(Locale.ROOT, " %,10d %,8d %,10d %,12.0f %,12.0f %10s %,12d%n", p.processed(),
                        p.liveStories(), p.liveArticles(), rate, analysisRate,
                        Double.isNaN(perLive) ? "" : String.format(Locale.ROOT, "%,.0f", perLive), snapshot);
                segNanos = 0;
                segAnalysis = 0;
            }
        }
        // heap of the stages: used heap with them minus used heap after dropping them (same analyser caches)
        long liveArticles = clusterer.liveArticles();
        int liveStories = clusterer.liveStories();
        int indexed = dedup.indexedArticles();
        int vocabulary = clusterer.vocabulary();
        items = null; // only the stages may differ between the two readings
        warmup = null;
        long with = liveHeap();
        // without the fence, the JIT may treat the stages as dead before the first reading
        java.lang.ref.Reference.reachabilityFence(clusterer);
        java.lang.ref.Reference.reachabilityFence(dedup);
        clusterer = null;
        dedup = null;
        long without = liveHeap();
        double perLive = (with - without) / (double) Math.max(1, liveArticles);
        Point lastPoint = points.remove(points.size() - 1);
        points.add(new Point(n, lastPoint.processed(), lastPoint.liveStories(), lastPoint.liveArticles(),
                lastPoint.articlesPerSecond(), lastPoint.analysisPerSecond(), perLive, lastPoint.snapshotBytes()));
        out.printf(Locale.ROOT, " heap of dedup + clustering state at the end: %,d bytes = %,.0f B per live article "
                + "(%,d live articles in %,d stories; %,d articles in the dedup window; %,d terms in the document "
                + "frequencies)%n", with - without, perLive, liveArticles, liveStories, indexed, vocabulary);
        out.printf(Locale.ROOT, " overall %,.0f articles per CPU-second (dedup + clustering; %,.0f per wall-clock "
                        + "second on this shared machine); median of checkpoints %,.0f/s; %,d live stories at the end "
                        + "(%d in dedup index)%n", n / (clusterNanos / 1e9), n / (wallNanos / 1e9),
                median(points.stream().mapToDouble(Point::articlesPerSecond).toArray()), liveStories, indexed);
        double[] b3 = bcubed(goldEvent, predicted);
        out.printf(Locale.ROOT, " stream quality: BCubed P %.3f R %.3f F1 %.3f against the generated events; dedup "
                        + "recall %.3f, precision %.3f (%d generated copies)%n", b3[0], b3[1], b3[2],
                copies == 0 ? 1.0 : (double) copiesFound / copies, flagged == 0 ? 1.0 : (double) copiesFound / flagged,
                copies);
        return points;
    }

    /** Story keys are first-article ids, "e{event}a{k}": a number for scoring without a map. */
    private static long storyNumber(String key) {
        int a = key.indexOf('a');
        return Long.parseLong(key.substring(1, a)) * 4096 + Long.parseLong(key.substring(a + 1));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : (s[(s.length - 1) / 2] + s[s.length / 2]) / 2;
    }

    static double[] bcubed(int[] gold, long[] predicted) {
        Map<Long, Integer> predSize = new HashMap<>();
        Map<Integer, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < gold.length; i++) {
            predSize.merge(predicted[i], 1, Integer::sum);
            goldSize.merge(gold[i], 1, Integer::sum);
            both.merge(predicted[i] + ":" + gold[i], 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < gold.length; i++) {
            int c = both.get(predicted[i] + ":" + gold[i]);
            p += (double) c / predSize.get(predicted[i]);
            r += (double) c / goldSize.get(gold[i]);
        }
        p /= gold.length;
        r /= gold.length;
        return new double[] {p, r, 2 * p * r / (p + r)};
    }

    /**
     * Bytes of live objects: the JVM's class histogram ({@code GC.class_histogram}, which runs a full collection
     * first) summed without the filler arrays. Not {@code totalMemory - freeMemory}: the serial (and parallel)
     * full collection leaves up to {@code MarkSweepDeadRatio} (5 %) of the old generation as dead "wood" in place
     * rather than moving live objects over it, and that dead space grows with the heap the run has expanded to, not
     * with the state: it made the old reading rise from 1.9 KB to 5.4 KB per live article between 100k and 1M
     * articles while the stages' live objects stayed flat.
     */
    static long liveHeap() {
        try {
            javax.management.ObjectName name = new javax.management.ObjectName(
                    "com.sun.management:type=DiagnosticCommand");
            String histogram = (String) java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(name,
                    "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return liveBytes(histogram);
        } catch (javax.management.JMException e) {
            throw new IllegalStateException("class histogram not available: " + e.getMessage(), e);
        }
    }

    private static final java.util.regex.Pattern HISTOGRAM_LINE = java.util.regex.Pattern.compile(
            "^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+).*$");

    /** Sum of the byte column of a class histogram, without {@code jdk.internal.vm.Filler*} (dead space). */
    static long liveBytes(String histogram) {
        long sum = 0;
        for (String line : histogram.split("\\R")) {
            java.util.regex.Matcher m = HISTOGRAM_LINE.matcher(line);
            if (m.matches() && !m.group(2).contains("jdk.internal.vm.Filler")) {
                sum += Long.parseLong(m.group(1));
            }
        }
        return sum;
    }

    private static void writeCsv(List<Point> points, Path file) throws IOException {
        StringBuilder sb = new StringBuilder("n,processed,live_stories,live_articles,articles_per_s,analysis_per_s,"
                + "bytes_per_live_article,snapshot_bytes\n");
        for (Point p : points) {
            sb.append(String.format(Locale.ROOT, "%d,%d,%d,%d,%.1f,%.1f,%s,%d%n", p.n(), p.processed(),
                    p.liveStories(), p.liveArticles(), p.articlesPerSecond(), p.analysisPerSecond(),
                    Double.isNaN(p.bytesPerLiveArticle()) ? "" : String.format(Locale.ROOT, "%.0f",
                            p.bytesPerLiveArticle()), p.snapshotBytes()));
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }
}
