package org.warta.bench.load;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.app.store.BulkIngest;
import org.warta.app.store.IngestService;
import org.warta.model.Article;
import org.warta.pipeline.StandardPipeline;
import org.warta.store.ArticleStore;
import org.warta.store.LuceneArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code warta bench ingest}: the rate of {@code warta ingest} through the whole pipeline (language, duplicates,
 * stories, entities/quotes/dates, synthesis of every story a batch touches, commits) into a new store, with the
 * standard stages and {@link IngestService#bulk()} as the command uses them, and the launcher's JVM options for
 * {@code ingest} (not the server's pause goal). Articles come as extraction delivers them (title, text,
 * published; language unknown, no analysis), made batch by batch inside the run, so a run of a million fits in
 * memory. Prints the whole run, the second half (after the JIT compiler's warm-up), process CPU per article, and
 * progress every 100,000 articles.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Whole-pipeline ingest rate (as warta ingest: language, dedup, clustering, NLP, synthesis, "
                + "commit) on a generated corpus.")
public final class IngestBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", description = "articles to ingest (default: ${DEFAULT-VALUE})")
    int articles = 40_000;

    @Option(names = "--batch", description = "articles per batch, as `warta ingest --batch` (default: "
            + "${DEFAULT-VALUE}, the same default)")
    int batch = 2_000;

    @Option(names = "--corpus", description = "sentences (the scale bench's stream of real IndoSum and ECB+ "
            + "sentences with known events, from --shared) or syllables (made-up words: a worst case for language "
            + "identification and stemming); default ${DEFAULT-VALUE}")
    String corpusKind = "sentences";

    @Option(names = "--shared", description = "the shared data folder for --corpus sentences (default "
            + "${DEFAULT-VALUE})")
    Path shared = Path.of(System.getProperty("warta.shared", "../shared"));

    @Option(names = "--overlap", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "prepare each batch while the previous one is placed and stored, as `warta ingest` does "
                    + "(IngestService.bulk); --no-overlap ingests batch by batch (default: ${DEFAULT-VALUE})")
    boolean overlap = true;

    @Option(names = "--seed", description = "corpus seed (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!corpusKind.equals("sentences") && !corpusKind.equals("syllables")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "bench ingest: --corpus must be sentences or syllables");
        }
        if (articles < 1 || batch < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "bench ingest: --articles and --batch must be positive");
        }
        if (corpusKind.equals("sentences") && !Files.isDirectory(shared.resolve("eval/clustering/ecbplus"))) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "bench ingest: " + shared + " has no eval/clustering/ecbplus (give --shared, or --corpus syllables)");
        }
        out.printf(Locale.ROOT, "machine: %d cores, load average %.1f at start, Java %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        run(out);
        return 0;
    }

    private void run(PrintWriter out) throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(seed, 20_000, 40, 8);
        Path dir = Files.createTempDirectory("warta-pipeline");
        try (ArticleStore store = LuceneArticleStore.open(dir);
             IngestService service = IngestService.open(store, StandardPipeline.stages(), IngestService.Options.DEFAULT)) {
            // the corpus is made batch by batch inside the timed run (a 1M-article run does not fit in memory
            // at once); its CPU is measured and printed, and is part of the figures (they are pessimistic by it)
            java.util.Iterator<Article> source;
            if (corpusKind.equals("sentences")) {
                // the scale bench's stream: real IndoSum and ECB+ sentences with known event structure
                var items = org.warta.bench.scale.SyntheticStream.load(shared).generate(articles, 3_000, seed);
                source = new java.util.Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return items.hasNext();
                    }

                    @Override
                    public Article next() {
                        var it = items.next();
                        // as extraction delivers them: title, text, published; language unknown, no analysis
                        return new Article(it.id(), "gen/" + it.id(), it.title(), it.text(), Article.UNDETERMINED,
                                Optional.empty(), Optional.empty(), it.published(), Optional.empty(), Optional.empty(),
                                Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(), List.of(),
                                List.of());
                    }
                };
            } else {
                List<Article> made = new ArrayList<>();
                while (made.size() < articles) {
                    for (Article a : corpus.nextStory().articles()) {
                        made.add(a.withLanguage(Article.UNDETERMINED).withAnalysis(List.of(), List.of(), List.of()));
                    }
                }
                source = made.subList(0, articles).iterator();
            }
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long t0 = System.nanoTime();
            long cpu0 = LoadBenchCommand.cpu();
            long generationNanos = 0;
            // the second half separately: the JIT compiler's warm-up (tens of CPU seconds) is paid once per process,
            // so the second half is the rate a long ingest (1M articles) runs at; it starts when the batch before it
            // is committed (the bulk ingest prepares one batch while it places the one before)
            int half = (articles / batch / 2) * batch;
            long[] halfMark = {t0, cpu0};
            int total = 0;
            int reportEvery = 100_000;
            try (BulkIngest bulk = service.bulk()) {
                while (source.hasNext()) {
                    long g0 = threads.getCurrentThreadCpuTime();
                    List<Article> next = new ArrayList<>(batch);
                    while (next.size() < batch && source.hasNext()) {
                        next.add(source.next());
                    }
                    generationNanos += threads.getCurrentThreadCpuTime() - g0;
                    int from = total;
                    total += next.size();
                    var done = overlap ? bulk.submit(next)
                            : java.util.concurrent.CompletableFuture.completedFuture(service.ingest(next));
                    if (total == half) {
                        done.thenRun(() -> {
                            halfMark[0] = System.nanoTime();
                            halfMark[1] = LoadBenchCommand.cpu();
                        });
                    }
                    if (total / reportEvery > from / reportEvery && source.hasNext()) {
                        int submitted = total;
                        done.thenRun(() -> {
                            double s = (System.nanoTime() - t0) / 1e9;
                            System.err.printf(Locale.ROOT, "  ... %,d articles committed in %.0f s (%.0f/s)%n",
                                    submitted, s, submitted / s);
                        });
                    }
                }
            }
            long tHalf = halfMark[0];
            long cpuHalf = halfMark[1];
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpuMs = (LoadBenchCommand.cpu() - cpu0) / 1e6 / total;
            double secondSecs = (System.nanoTime() - tHalf) / 1e9;
            int second = total - half;
            double secondCpuMs = (LoadBenchCommand.cpu() - cpuHalf) / 1e6 / second;
            out.printf(Locale.ROOT, "whole pipeline into the store (language, dedup, clustering, NLP, synthesis, "
                    + "commit; %s corpus, batches of %d%s): %,d articles in %.1f s = %.0f articles/s, %d stories; process CPU "
                    + "%.2f ms per article; 1M articles would take %.0f min%n", corpusKind, batch,
                    overlap ? ", overlapped" : ", one at a time", total,
                    secs,
                    total / secs, store.storyCount(), cpuMs, 1_000_000 / (total / secs) / 60);
            if (half > 0) {
                out.printf(Locale.ROOT, "  second half (after the JIT warm-up): %,d articles in %.1f s = %.0f articles/s; "
                        + "process CPU %.2f ms per article; 1M articles would take %.0f min%n", second, secondSecs,
                        second / secondSecs, secondCpuMs, 1_000_000 / (second / secondSecs) / 60);
            }
            out.printf(Locale.ROOT, "  the corpus was generated inside the run: %.1f µs of CPU per article, included "
                    + "above%n", generationNanos / 1e3 / total);
        } finally {
            LoadBenchCommand.deleteTree(dir);
        }
    }

}
