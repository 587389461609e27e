package org.warta.bench.load;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.warta.app.server.WartaServer;
import org.warta.app.web.Site;
import org.warta.model.Article;
import org.warta.model.Story;
import org.warta.store.ArticleStore;
import org.warta.store.LuceneArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code warta bench load}: (1) the ingest rate into the store: a generated corpus is stored in acknowledged
 * batches (each batch committed before the next), articles per second and the projected time for a million
 * (the whole pipeline's rate is {@link IngestBenchCommand}, {@code warta bench ingest}); (2) the single-thread cost of the story and search page handlers (no HTTP); (3) the service under load on
 * loopback: by default an open-loop generator ({@link OpenLoopGenerator}) in a separate JVM sends story page and
 * search requests at a constant scheduled rate over keep-alive connections and measures each latency from the
 * request's scheduled send time (the wrk2 method against coordinated omission); this process serves and its CPU
 * over the measured window is the server's. The generator still shares the machine's cores with the server.
 * {@code --generator in-process} runs the former closed-loop generator inside this process instead.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Ingest rate into the store, single-thread page handler costs, and latency percentiles of "
                + "story pages and search under an open-loop load (constant rate, latency from the scheduled send "
                + "time) from a separate JVM.")
public final class LoadBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", description = "articles to store (default: ${DEFAULT-VALUE})")
    int articles = 100_000;

    @Option(names = "--data", description = "data directory (default: a new temporary one, deleted afterwards)")
    Optional<Path> data = Optional.empty();

    @Option(names = "--batch", description = "articles per acknowledged batch (default: ${DEFAULT-VALUE})")
    int batch = 5_000;

    @Option(names = "--connections", description = "concurrent connections (default: ${DEFAULT-VALUE})")
    int connections = 200;

    @Option(names = "--seconds", description = "measured seconds of load (default: ${DEFAULT-VALUE})")
    int seconds = 30;

    @Option(names = "--warmup", description = "warm-up seconds before measuring (default: ${DEFAULT-VALUE})")
    int warmup = 10;

    @Option(names = "--search-share", description = "share of requests that are searches, 0..1 (default: ${DEFAULT-VALUE})")
    double searchShare = 0.5;

    @Option(names = "--seed", description = "corpus seed (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(names = "--ingest-threads", description = "concurrent ingest batches (default: the number of cores)")
    int ingestThreads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--handler-samples", description = "single-thread handler calls per page kind, medians printed "
            + "before the load (default: ${DEFAULT-VALUE}; 0 skips)")
    int handlerSamples = 2_000;

    /** Where the load comes from. */
    public enum Generator {
        /** {@link OpenLoopGenerator} in a child JVM, open loop at {@code --rate} (the default). */
        PROCESS,
        /** Closed loop in this process (JDK HttpClient; each connection waits for its answer): for comparison. */
        IN_PROCESS
    }

    @Option(names = "--generator", converter = GeneratorConverter.class,
            description = "process (open loop in a separate JVM) or in-process (closed loop, for comparison) "
                    + "(default: process)")
    Generator generator = Generator.PROCESS;

    @Option(names = "--rate", description = "scheduled requests per second of the open-loop generator "
            + "(default: ${DEFAULT-VALUE})")
    double rate = 2_000;

    @Option(names = "--timeout-ms", description = "read timeout of one response in the open-loop generator; a "
            + "timeout counts as an error (default: ${DEFAULT-VALUE})")
    int timeoutMs = 10_000;

    @Option(names = "--generator-jvm", description = "JVM options of the generator process (default: "
            + "${DEFAULT-VALUE})")
    String generatorJvm = "-Xmx128m -XX:+UseSerialGC -XX:ActiveProcessorCount=1";

    /** Accepts {@code process} and {@code in-process}. */
    static final class GeneratorConverter implements picocli.CommandLine.ITypeConverter<Generator> {
        @Override
        public Generator convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "process" -> Generator.PROCESS;
                case "in-process" -> Generator.IN_PROCESS;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "expected process or in-process, got '" + value + "'");
            };
        }
    }

    @Option(names = "--event-loops", description = "event-loop threads of the server (default: the number of cores)")
    int eventLoops = WartaServer.Options.defaultEventLoops();

    @Option(names = "--read-handlers", description = "where the server runs GET handlers: EVENT_LOOP (inline, the "
            + "default) or VIRTUAL_THREADS")
    WartaServer.ReadHandlers readHandlers = WartaServer.ReadHandlers.EVENT_LOOP;

    @Option(names = "--hold", description = "instead of the built-in load generator, serve for this many seconds "
            + "and write the request paths to $TMPDIR/warta-load-paths.txt (for wrk or another external generator)")
    int hold = 0;

    /** Runs the bench on its own (it is also {@code warta bench load}). */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new LoadBenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!(rate > 0) || connections < 1 || eventLoops < 1 || seconds < 0 || warmup < 0 || timeoutMs < 1 || articles < 1
                || !(searchShare >= 0 && searchShare <= 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "bench load: --rate, --connections, --event-loops, "
                    + "--articles and --timeout-ms must be positive, --seconds and --warmup not negative, "
                    + "--search-share within 0..1");
        }
        Path dir = data.isPresent() ? data.get() : Files.createTempDirectory("warta-load");
        out.printf(Locale.ROOT, "machine: %d cores, load average %.1f at start, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        SyntheticCorpus corpus = new SyntheticCorpus(seed, 20_000, 40, 8);
        List<String> storyIds = new ArrayList<>();
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            long have = store.articleCount();
            if (have < articles) {
                ingest(store, corpus, articles - (int) have, storyIds, out);
            } else {
                out.printf(Locale.ROOT, "store in %s already holds %d articles%n", dir, have);
            }
            if (storyIds.isEmpty()) {
                // a store made by an earlier run with the same corpus: its stories are numbered
                long stories = Math.min(50_000, store.storyCount());
                for (int i = 0; i < stories; i++) {
                    storyIds.add(SyntheticCorpus.storyId(i));
                }
            }
            if (handlerSamples > 0) {
                handlers(store, corpus, storyIds, out);
            }
            if (seconds > 0 || hold > 0) {
                load(store, corpus, storyIds, out);
            }
        }
        if (data.isEmpty()) {
            deleteTree(dir);
        }
        out.flush();
        return 0;
    }

    private void ingest(ArticleStore store, SyntheticCorpus corpus, int n, List<String> storyIds, PrintWriter out)
            throws Exception {
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        AtomicLong done = new AtomicLong();
        int produced = 0;
        try (var pool = Executors.newFixedThreadPool(Math.max(1, ingestThreads))) {
            java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(Math.max(1, ingestThreads) * 2);
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            while (produced < n) {
                List<Article> pending = new ArrayList<>(batch + 16);
                List<Story> stories = new ArrayList<>();
                while (pending.size() < batch && produced + pending.size() < n) {
                    SyntheticCorpus.Batch b = corpus.nextStory();
                    pending.addAll(b.articles());
                    stories.add(b.story());
                    if (storyIds.size() < 50_000) {
                        storyIds.add(b.story().id());
                    }
                }
                produced += pending.size();
                inFlight.acquire();
                futures.add(pool.submit(() -> {
                    try {
                        store.putArticles(pending);
                        store.putStories(stories);
                        long d = done.addAndGet(pending.size());
                        if ((d / batch) % 20 == 0) {
                            synchronized (out) {
                                out.printf(Locale.ROOT, "  stored %,d articles (%.0f/s)%n", d,
                                        d / ((System.nanoTime() - t0) / 1e9));
                                out.flush();
                            }
                        }
                    } finally {
                        inFlight.release();
                    }
                    return null;
                }));
            }
            for (var f : futures) {
                f.get();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long total = done.get();
        double cpuPerArticle = (cpu() - cpu0) / 1e6 / total;
        out.printf(Locale.ROOT, "ingest into the store: %,d articles (+%,d stories) in %.1f s = %.0f articles/s "
                        + "(%d threads, batches of %d, each acknowledged after its commit); 1M articles would take "
                        + "%.1f min%n", total, storyIds.size(), secs, total / secs, ingestThreads, batch,
                1_000_000 / (total / secs) / 60);
        out.printf(Locale.ROOT, "  process CPU %.2f ms per article (corpus generation included)%n", cpuPerArticle);
    }

    /** Request paths for the load: {@code n} draws, searches with probability {@code searchShare}. */
    private List<String> requestPaths(SyntheticCorpus corpus, List<String> storyIds, int n) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            queries.add(i % 3 == 0 ? corpus.queryWord() + " " + corpus.queryWord() : corpus.queryWord());
        }
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(r.nextDouble() < searchShare
                    ? "/search?q=" + URLEncoder.encode(queries.get(r.nextInt(queries.size())), StandardCharsets.UTF_8)
                    : "/stories/" + storyIds.get(r.nextInt(storyIds.size())));
        }
        return lines;
    }

    private void load(ArticleStore store, SyntheticCorpus corpus, List<String> storyIds, PrintWriter out)
            throws Exception {
        try (WartaServer server = Site.server(store, Optional.empty(),
                new WartaServer.Options(new InetSocketAddress("127.0.0.1", 0), 1 << 20, 4096, eventLoops,
                        readHandlers)).start()) {
            String base = "http://127.0.0.1:" + server.port();
            if (hold > 0) {
                Path paths = Path.of(System.getProperty("java.io.tmpdir"), "warta-load-paths.txt");
                Files.write(paths, requestPaths(corpus, storyIds, 10_000));
                out.printf(Locale.ROOT, "serving %s for %d s; request paths in %s%n", base, hold, paths);
                out.flush();
                long c0 = cpu();
                Thread.sleep(hold * 1000L);
                out.printf(Locale.ROOT, "server process CPU during the hold: %.1f s%n", (cpu() - c0) / 1e9);
                return;
            }
            if (generator == Generator.PROCESS) {
                openLoop(server, corpus, storyIds, out);
            } else {
                closedLoop(base, corpus, storyIds, out);
            }
        }
    }

    /**
     * The default load: {@link OpenLoopGenerator} in a child JVM (its own heap and JIT, capped at one processor),
     * requests scheduled at {@code --rate}; this process is the server only, so its CPU over the measured window is
     * the server's.
     */
    private void openLoop(WartaServer server, SyntheticCorpus corpus, List<String> storyIds, PrintWriter out)
            throws Exception {
        int n = (int) Math.min(2_000_000, Math.ceil(rate * (seconds + warmup + 1)));
        Path paths = Files.createTempFile("warta-load-paths", ".txt");
        try {
            Files.write(paths, requestPaths(corpus, storyIds, n));
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            for (String o : generatorJvm.strip().split("\\s+")) {
                if (!o.isEmpty()) {
                    cmd.add(o);
                }
            }
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), OpenLoopGenerator.class.getName(),
                    "--port", Integer.toString(server.port()), "--paths", paths.toString(),
                    "--rate", Double.toString(rate), "--connections", Integer.toString(connections),
                    "--seconds", Integer.toString(seconds), "--warmup", Integer.toString(warmup),
                    "--timeout-ms", Integer.toString(timeoutMs)));
            double loadStart = loadAverage();
            out.printf(Locale.ROOT, "load on loopback, open loop (generator in its own JVM: %s): %.0f requests/s "
                            + "scheduled over %d connections, %.0f%% searches / %.0f%% story pages, %d s measured "
                            + "after %d s warm-up; latency from each request's scheduled send time; server: %d event "
                            + "loops, GET handlers on %s%n",
                    generatorJvm, rate, connections, searchShare * 100, (1 - searchShare) * 100, seconds, warmup,
                    eventLoops, readHandlers);
            out.flush();
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            long[] cpuAt = new long[2];
            java.util.Map<String, java.util.Map<String, String>> results = new java.util.HashMap<>();
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.equals("MEASURE-START")) {
                        cpuAt[0] = cpu();
                    } else if (line.equals("MEASURE-END")) {
                        cpuAt[1] = cpu();
                    } else if (line.startsWith("RESULT ")) {
                        String[] parts = line.substring(7).split(" ");
                        java.util.Map<String, String> kv = new java.util.HashMap<>();
                        for (int i = 1; i < parts.length; i++) {
                            String[] e = parts[i].split("=", 2);
                            kv.put(e[0], e.length > 1 ? e[1] : "");
                        }
                        results.put(parts[0], kv);
                    } else {
                        out.println("  generator: " + line);
                    }
                }
            }
            if (!p.waitFor(seconds + warmup + timeoutMs / 1000 + 60L, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            if (p.exitValue() != 0 || !results.containsKey("all") || !results.containsKey("totals")) {
                out.println("load: the generator failed (exit " + p.exitValue() + ")");
                return;
            }
            var all = results.get("all");
            var tot = results.get("totals");
            long count = Long.parseLong(all.get("count"));
            double achieved = Double.parseDouble(all.getOrDefault("achieved_rate", "0"));
            out.printf(Locale.ROOT, "  achieved %.0f requests/s (%,d requests due in the window, answered by the "
                            + "last one's answer), errors %s "
                            + "(timeouts %s, bad status %s), reconnects %s, %s MB/s; max send lag %s ms%n",
                    achieved, count, tot.get("errors"), tot.get("timeouts"), tot.get("bad_status"),
                    tot.get("reconnects"), tot.get("mb_per_s"), tot.get("max_send_lag_ms"));
            if (count > 0) {
                out.printf(Locale.ROOT, "  latency p50 %s ms, p90 %s ms, p99 %s ms, p99.9 %s ms, max %s ms%n",
                        all.get("p50"), all.get("p90"), all.get("p99"), all.get("p999"), all.get("max"));
                for (String kind : List.of("search", "other")) {
                    var k = results.get(kind);
                    if (k != null && !"0".equals(k.get("count"))) {
                        out.printf(Locale.ROOT, "    %s: %s requests, p50 %s ms, p90 %s ms, p99 %s ms, max %s ms%n",
                                kind.equals("search") ? "searches" : "story pages", k.get("count"), k.get("p50"),
                                k.get("p90"), k.get("p99"), k.get("max"));
                    }
                }
                out.printf(Locale.ROOT, "  CPU per request: server %.3f ms, generator %s ms; load average %.1f at "
                                + "start, %.1f at end (%d cores)%n", (cpuAt[1] - cpuAt[0]) / 1e6 / count,
                        tot.get("generator_cpu_ms_per_request"), loadStart, loadAverage(),
                        Runtime.getRuntime().availableProcessors());
                double p99 = Double.parseDouble(all.get("p99"));
                long errs = Long.parseLong(tot.get("errors"));
                boolean met = rate >= 2_000 && achieved >= 0.99 * rate && p99 < 50 && errs == 0;
                out.printf(Locale.ROOT, "  target (p99 < 50 ms at >= 2,000 requests/s, no errors): %s%n",
                        met ? "met" : rate < 2_000 ? "not tested (rate below 2,000/s)" : "missed");
            }
        } finally {
            Files.deleteIfExists(paths);
        }
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The former generator, kept to compare: closed loop, in this process, JDK HttpClient on virtual threads. */
    private void closedLoop(String base, SyntheticCorpus corpus, List<String> storyIds, PrintWriter out)
            throws Exception {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            queries.add(i % 3 == 0 ? corpus.queryWord() + " " + corpus.queryWord() : corpus.queryWord());
        }
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(10)).build();
            long start = System.nanoTime();
            long[] cpuAt = new long[2];
            long measureFrom = start + warmup * 1_000_000_000L;
            long end = measureFrom + seconds * 1_000_000_000L;
            AtomicLong errors = new AtomicLong();
            AtomicLong bytes = new AtomicLong();
            List<long[]> perWorker = new ArrayList<>();
            List<int[]> counts = new ArrayList<>();
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                long[] lat = new long[1 << 16];
                int[] count = new int[1];
                perWorker.add(lat);
                counts.add(count);
                int worker = c;
                futures.add(executor.submit(() -> {
                    Random rnd = new Random(seed * 31 + worker);
                    long[] mine = lat;
                    while (true) {
                        long now = System.nanoTime();
                        if (now >= end) {
                            break;
                        }
                        String path = rnd.nextDouble() < searchShare
                                ? "/search?q=" + URLEncoder.encode(queries.get(rnd.nextInt(queries.size())), StandardCharsets.UTF_8)
                                : "/stories/" + storyIds.get(rnd.nextInt(storyIds.size()));
                        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).GET()
                                .timeout(Duration.ofSeconds(30)).build();
                        long t = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                            long took = System.nanoTime() - t;
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                            if (t >= measureFrom) {
                                bytes.addAndGet(r.body().length);
                                if (count[0] == mine.length) {
                                    mine = Arrays.copyOf(mine, mine.length * 2);
                                    perWorker.set(worker, mine);
                                }
                                mine[count[0]++] = took;
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
            cpuAt[0] = cpu();
            for (var f : futures) {
                f.get();
            }
            cpuAt[1] = cpu();
            int total = counts.stream().mapToInt(x -> x[0]).sum();
            long[] all = new long[total];
            int at = 0;
            for (int w = 0; w < perWorker.size(); w++) {
                System.arraycopy(perWorker.get(w), 0, all, at, counts.get(w)[0]);
                at += counts.get(w)[0];
            }
            Arrays.sort(all);
            out.printf(Locale.ROOT, "load on loopback, closed loop (generator in this process): %d connections, %.0f%% searches / %.0f%% story pages, %d s "
                            + "measured after %d s warm-up%n", connections, searchShare * 100, (1 - searchShare) * 100,
                    seconds, warmup);
            out.printf(Locale.ROOT, "  %,d requests = %.0f requests/s, %.1f MB/s, errors %d%n", total,
                    total / (double) seconds, bytes.get() / 1e6 / seconds, errors.get());
            if (total > 0) {
                out.printf(Locale.ROOT, "  process CPU (server and load generator together) %.2f ms per request%n",
                        (cpuAt[1] - cpuAt[0]) / 1e6 / total);
                out.printf(Locale.ROOT, "  latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                        pct(all, 0.50), pct(all, 0.90), pct(all, 0.99), all[all.length - 1] / 1e6);
            }
        }
    }

    /**
     * Single-thread cost of the page handlers, no HTTP: story pages of random stories and searches of random
     * corpus words, each called {@code handlerSamples} times after as many warm-up calls; medians and p90.
     */
    private void handlers(ArticleStore store, SyntheticCorpus corpus, List<String> storyIds, PrintWriter out) {
        List<org.warta.app.server.Route> routes = new org.warta.app.web.WebRoutes(store).routes();
        org.warta.app.server.Handler story = routes.stream().filter(r -> r.pattern().equals("/stories/{id}"))
                .findFirst().orElseThrow().handler();
        org.warta.app.server.Handler search = routes.stream().filter(r -> r.pattern().equals("/search"))
                .findFirst().orElseThrow().handler();
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            queries.add(i % 3 == 0 ? corpus.queryWord() + " " + corpus.queryWord() : corpus.queryWord());
        }
        Random rnd = new Random(seed);
        long[] inStore = new long[handlerSamples];
        for (int i = -handlerSamples; i < handlerSamples; i++) {
            long t = System.nanoTime();
            store.search(new org.warta.store.SearchQuery(queries.get(rnd.nextInt(queries.size())),
                    org.warta.store.ArticleFilter.NONE, 0, 10));
            if (i >= 0) {
                inStore[i] = System.nanoTime() - t;
            }
        }
        Arrays.sort(inStore);
        out.printf(Locale.ROOT, "store search alone (top 10 with snippets, %d calls): median %.3f ms, p90 %.3f ms%n",
                handlerSamples, inStore[inStore.length / 2] / 1e6, pct(inStore, 0.90));
        for (String kind : List.of("story page", "search page")) {
            long[] took = new long[handlerSamples];
            long bytes = 0;
            long c0 = 0;
            for (int i = -handlerSamples; i < handlerSamples; i++) {
                if (i == 0) {
                    c0 = threadCpu();
                }
                org.warta.app.server.Request req = kind.equals("story page")
                        ? new org.warta.app.server.Request("GET", "/stories/x",
                                java.util.Map.of("id", storyIds.get(rnd.nextInt(storyIds.size()))), java.util.Map.of(),
                                java.util.Map.of(), new byte[0])
                        : new org.warta.app.server.Request("GET", "/search", java.util.Map.of(),
                                java.util.Map.of("q", List.of(queries.get(rnd.nextInt(queries.size())))),
                                java.util.Map.of(), new byte[0]);
                long t = System.nanoTime();
                try {
                    var resp = (kind.equals("story page") ? story : search).handle(req);
                    if (i >= 0) {
                        bytes += resp.body().length;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(kind + " failed: " + e, e);
                }
                if (i >= 0) {
                    took[i] = System.nanoTime() - t;
                }
            }
            long cpuMs = threadCpu() - c0;
            Arrays.sort(took);
            out.printf(Locale.ROOT, "handler %s (one thread, no HTTP, %d calls): median %.3f ms, p90 %.3f ms, "
                            + "CPU %.3f ms/call, %.1f KB/page%n", kind, handlerSamples, took[took.length / 2] / 1e6,
                    pct(took, 0.90), cpuMs / 1e6 / handlerSamples, bytes / 1024.0 / handlerSamples);
            out.flush();
        }
    }

    private static long threadCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time of this process, nanoseconds. */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
