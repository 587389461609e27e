package org.warta.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.warta.app.input.InputReader;
import org.warta.app.store.BulkIngest;
import org.warta.app.store.FeedReader;
import org.warta.app.store.IngestOutcome;
import org.warta.app.store.IngestService;
import org.warta.app.store.JsonlReader;
import org.warta.extract.Extraction;
import org.warta.extract.RawDocument;
import org.warta.model.Article;
import org.warta.model.Problem;
import org.warta.pipeline.PipelineStages;
import org.warta.pipeline.StandardPipeline;
import org.warta.store.ArticleStore;
import org.warta.store.LuceneArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code warta ingest PATH|FEED-URL...}: files and folders of articles (HTML, text, their .gz), JSON Lines of
 * articles, RSS/Atom feeds (by URL or file) go through the pipeline into the store. Idempotent: what is stored
 * already is skipped. Each batch is acknowledged once committed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add articles (files, folders, .jsonl, RSS/Atom feeds) to the store; stories grow across runs.")
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The pipeline's stages (tests give their own). */
    java.util.function.Supplier<PipelineStages> stages = StandardPipeline::stages;

    @Parameters(arity = "1..*", paramLabel = "PATH|FEED-URL", description = "files, folders, .jsonl, feed URLs or feed files")
    List<String> inputs = new ArrayList<>();

    @Mixin
    DataDirectory dataDirectory = new DataDirectory();

    @Option(names = "--batch", paramLabel = "N", description = "articles per commit (default: ${DEFAULT-VALUE})")
    int batch = 2_000;

    @Option(names = "--max-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "largest input file (default: 16MB)")
    long maxSize = InputReader.DEFAULT_MAX_BYTES;

    @Option(names = "--no-progress", description = "no progress bar")
    boolean noProgress;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
        }
        PipelineStages stages = this.stages.get();
        PrintStream err = System.err;
        try (ArticleStore store = LuceneArticleStore.open(dataDirectory.path());
             IngestService service = IngestService.open(store, stages, IngestService.Options.DEFAULT)) {
            Totals t = ingestAll(service, inputs, new Sources(maxSize), batch, err, !noProgress);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%d stored, %d already stored, %d problems, %d stories updated; "
                            + "the store holds %d articles in %d stories%n",
                    t.stored, t.duplicates, t.problems, t.stories.size(), store.articleCount(), store.storyCount());
            out.flush();
            return t.problems > 0 && t.stored + t.duplicates == 0 ? 1 : 0;
        }
    }

    /** Counts of one run. */
    static final class Totals {
        long stored;
        long duplicates;
        long problems;
        final Set<String> stories = new LinkedHashSet<>();
    }

    /** What was seen in earlier rounds (for {@code watch}): files by size and modification time. */
    static final class Sources {
        final InputReader reader;
        final FeedReader feeds = new FeedReader(FeedReader.Options.DEFAULT);
        final Map<Path, String> seenFiles = new HashMap<>();

        Sources(long maxSize) {
            this.reader = new InputReader(maxSize);
        }

        /** True when the file changed since it was last seen (and remembers it). */
        boolean changed(Path p) {
            try {
                String stamp = Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
                return !stamp.equals(seenFiles.put(p.toAbsolutePath(), stamp));
            } catch (IOException e) {
                return true;
            }
        }
    }

    /** Reads every input and ingests it in batches; one line on {@code err} per problem. */
    static Totals ingestAll(IngestService service, List<String> inputs, Sources sources, int batchSize,
                            PrintStream err, boolean progress) {
        Totals totals = new Totals();
        List<Problem> problems = new ArrayList<>();
        List<InputReader.Entry> entries = new ArrayList<>();
        List<Path> jsonl = new ArrayList<>();
        List<String> feedUrls = new ArrayList<>();
        List<Path> feedFiles = new ArrayList<>();
        for (String in : inputs) {
            if (FeedReader.isUrl(in)) {
                feedUrls.add(in);
                continue;
            }
            Path p = Path.of(in);
            if (Files.isRegularFile(p) && JsonlReader.isJsonl(p)) {
                jsonl.add(p);
            } else if (Files.isRegularFile(p) && isFeedFile(p)) {
                feedFiles.add(p);
            } else {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        walk.filter(Files::isRegularFile).filter(JsonlReader::isJsonl).sorted().forEach(jsonl::add);
                    } catch (IOException | RuntimeException e) {
                        problems.add(new Problem(in, "cannot list folder: " + e.getMessage()));
                    }
                }
                entries.addAll(sources.reader.list(List.of(in), problems::add));
            }
        }
        entries.removeIf(e -> !sources.changed(e.path()));
        jsonl.removeIf(p -> !sources.changed(p));
        // each batch is extracted and prepared here while the one before is placed, stored and synthesised
        try (BulkIngest bulk = service.bulk()) {
            Run run = new Run(service, bulk, sources, batchSize, problems, totals);
            run.files(entries, err, progress);
            run.jsonl(jsonl);
            run.feeds(feedUrls, feedFiles);
        }
        for (Problem p : problems) {
            err.println("warta: " + p);
        }
        totals.problems += problems.size();
        return totals;
    }

    private static boolean isFeedFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml");
    }

    /** True when an article with this URL is stored already (so its page need not be fetched again). */
    private static boolean alreadyStored(IngestService service, String url) {
        Article probe = new Article("probe", url, "", "", Article.UNDETERMINED, Optional.of(url), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                Optional.empty(), List.of(), List.of(), List.of());
        return service.store().existingId(probe).filter(id -> !id.equals("probe")).isPresent();
    }

    /**
     * One ingest of listed inputs into a bulk ingest: files, then JSONL, then feeds, each submitted in batches;
     * problems collected, outcomes counted once each batch is committed.
     */
    private record Run(IngestService service, BulkIngest bulk, Sources sources, int batchSize, List<Problem> problems,
                       Totals totals) {

        /** Files and folder entries, extracted in parallel a batch at a time. */
        void files(List<InputReader.Entry> entries, PrintStream err, boolean progress) {
            PipelineStages stages = service.stages();
            try (Progress bar = new Progress(err, "ingesting", entries.size(), progress)) {
                for (int from = 0; from < entries.size(); from += batchSize) {
                    List<InputReader.Entry> slice = entries.subList(from, Math.min(entries.size(), from + batchSize));
                    List<Object> results = slice.parallelStream().map(e -> {
                        List<Object> out = new ArrayList<>(1);
                        sources.reader.read(e, doc -> out.add(stages.extractor().extract(doc)), out::add);
                        bar.step();
                        return out.isEmpty() ? (Object) new Problem(e.source(), "nothing read") : out.getFirst();
                    }).toList();
                    List<Article> articles = new ArrayList<>();
                    for (Object r : results) {
                        switch (r) {
                            case Extraction.Accepted a -> articles.add(a.article());
                            case Extraction.Rejected rej -> problems.add(new Problem(rej.source(), rej.reason()));
                            case Problem p -> problems.add(p);
                            default -> throw new IllegalStateException("unexpected " + r);
                        }
                    }
                    submit(articles);
                }
            }
        }

        /** JSONL files of contract articles. */
        void jsonl(List<Path> files) {
            for (Path p : files) {
                List<Article> buffer = new ArrayList<>();
                JsonlReader.read(p, p.toString(), a -> {
                    buffer.add(a);
                    if (buffer.size() >= batchSize) {
                        submit(buffer);
                        buffer.clear();
                    }
                }, problems::add);
                submit(buffer);
            }
        }

        /** RSS/Atom feeds by URL or file: each entry's page fetched (unless stored already) and extracted. */
        void feeds(List<String> urls, List<Path> files) {
            List<RawDocument> fetched = new ArrayList<>();
            for (String url : urls) {
                sources.feeds.read(url, link -> alreadyStored(service, link), fetched::add, problems::add);
            }
            for (Path p : files) {
                try {
                    sources.feeds.readEntries(p.toString(), Files.readAllBytes(p), link -> alreadyStored(service, link),
                            fetched::add, problems::add);
                } catch (IOException e) {
                    problems.add(new Problem(p.toString(), "cannot read: " + e.getMessage()));
                }
            }
            List<Article> fromFeeds = new ArrayList<>();
            for (RawDocument d : fetched) {
                switch (service.stages().extractor().extract(d)) {
                    case Extraction.Accepted a -> fromFeeds.add(a.article());
                    case Extraction.Rejected rej -> problems.add(new Problem(rej.source(), rej.reason()));
                }
            }
            submit(fromFeeds);
        }

        /** Submits a batch; its outcomes are counted on the bulk ingest's thread once it is committed. */
        void submit(List<Article> articles) {
            if (articles.isEmpty()) {
                return;
            }
            bulk.submit(List.copyOf(articles)).thenAccept(outcomes -> {
                for (IngestOutcome o : outcomes) {
                    if (o.stored()) {
                        totals.stored++;
                        o.storyId().ifPresent(totals.stories::add);
                    } else {
                        totals.duplicates++;
                    }
                }
            });
        }
    }
}
