package org.warta.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warta.app.input.InputReader;
import org.warta.app.store.IngestService;
import org.warta.pipeline.PipelineStages;
import org.warta.pipeline.StandardPipeline;
import org.warta.store.ArticleStore;
import org.warta.store.LuceneArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warta watch PATH|FEED-URL...}: ingests, then keeps polling the folders and feeds, ingesting what is new
 * (files by size and modification time, feed entries by URL). Stops on Ctrl-C (the state is saved) or after
 * {@code --rounds}.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Keep polling folders and feeds and ingest what is new.")
public final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The pipeline's stages (tests give their own). */
    java.util.function.Supplier<PipelineStages> stages = StandardPipeline::stages;

    @Parameters(arity = "1..*", paramLabel = "PATH|FEED-URL", description = "folders, files, feed URLs")
    List<String> inputs = new ArrayList<>();

    @Mixin
    DataDirectory dataDirectory = new DataDirectory();

    @Option(names = "--interval", paramLabel = "SECONDS", description = "seconds between polls (default: ${DEFAULT-VALUE})")
    int interval = 60;

    @Option(names = "--rounds", paramLabel = "N", description = "stop after N polls (default: run until stopped)")
    int rounds = Integer.MAX_VALUE;

    @Option(names = "--batch", paramLabel = "N", description = "articles per commit (default: ${DEFAULT-VALUE})")
    int batch = 500;

    @Override
    public Integer call() throws InterruptedException {
        if (interval < 1 || rounds < 1 || batch < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--interval, --rounds and --batch must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        ArticleStore store = LuceneArticleStore.open(dataDirectory.path());
        IngestService service = IngestService.open(store, stages.get(), IngestService.Options.DEFAULT);
        Thread closer = new Thread(() -> {
            service.close();
            store.close();
        });
        Runtime.getRuntime().addShutdownHook(closer);
        IngestCommand.Sources sources = new IngestCommand.Sources(InputReader.DEFAULT_MAX_BYTES);
        for (int round = 1; round <= rounds; round++) {
            IngestCommand.Totals t = IngestCommand.ingestAll(service, inputs, sources, batch, System.err, false);
            out.printf(Locale.ROOT, "%s %d new, %d already stored, %d problems; %d articles, %d stories%n",
                    LocalTime.now().truncatedTo(ChronoUnit.SECONDS), t.stored, t.duplicates, t.problems,
                    store.articleCount(), store.storyCount());
            out.flush();
            if (round < rounds) {
                Thread.sleep(Duration.ofSeconds(interval));
            }
        }
        Runtime.getRuntime().removeShutdownHook(closer);
        closer.run();
        return 0;
    }
}
