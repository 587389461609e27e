package org.warta.app.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.warta.app.server.WartaServer;
import org.warta.app.store.IngestService;
import org.warta.app.web.Site;
import org.warta.pipeline.PipelineStages;
import org.warta.pipeline.StandardPipeline;
import org.warta.store.ArticleStore;
import org.warta.store.LuceneArticleStore;
import org.warta.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code warta serve}: the web UI and the REST API over the store. If another process (a {@code warta watch})
 * is writing the data directory, serves it read-only (POST /api/articles answers 503).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web UI and the REST API.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The pipeline's stages (tests give their own). */
    java.util.function.Supplier<PipelineStages> stages = StandardPipeline::stages;

    @Mixin
    DataDirectory dataDirectory = new DataDirectory();

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks one)")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--max-body", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "largest request body (default: 4MB)")
    long maxBody = WartaServer.Options.DEFAULT_MAX_BODY;

    @Option(names = "--event-loops", paramLabel = "N", description = "HTTP event-loop threads; page and search "
            + "requests are served on them (default: the number of cores)")
    int eventLoops = WartaServer.Options.defaultEventLoops();

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        if (eventLoops < 1 || eventLoops > 1_024) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--event-loops must be between 1 and 1024");
        }
        ArticleStore store;
        Optional<IngestService> ingest = Optional.empty();
        PrintWriter out = spec.commandLine().getOut();
        try {
            store = LuceneArticleStore.open(dataDirectory.path());
            ingest = Optional.of(IngestService.openInBackground(store, stages.get(), IngestService.Options.DEFAULT));
        } catch (StoreException e) {
            if (!e.getMessage().contains("in use")) {
                throw e;
            }
            store = LuceneArticleStore.openReadOnly(dataDirectory.path());
            spec.commandLine().getErr().println("warta: " + dataDirectory.path() + " is being written by another process; "
                    + "serving it read-only");
        }
        WartaServer server = Site.server(store, ingest,
                new WartaServer.Options(new InetSocketAddress(host, port), maxBody, 1024)
                        .withEventLoopThreads(eventLoops)).start();
        CountDownLatch stopped = new CountDownLatch(1);
        ArticleStore finalStore = store;
        Optional<IngestService> finalIngest = ingest;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            finalIngest.ifPresent(IngestService::close);
            finalStore.close();
            stopped.countDown();
        }));
        out.printf("Warta serving http://%s:%d/ (%d articles, %d stories); Ctrl-C stops%n", host, server.port(),
                store.articleCount(), store.storyCount());
        out.flush();
        stopped.await();
        return 0;
    }
}
