package org.warta.app.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.warta.app.store.IngestService;
import org.warta.app.store.TestStages;
import org.warta.app.web.Site;
import org.warta.store.ArticleStore;
import org.warta.store.LuceneArticleStore;

/** A running service over a fresh store on an ephemeral loopback port, with a JDK HTTP client. */
public final class ServiceFixture implements AutoCloseable {

    public final ArticleStore store;
    public final IngestService ingest;
    public final WartaServer server;
    public final HttpClient http = HttpClient.newHttpClient();

    public ServiceFixture(Path dir, long maxBody) {
        store = LuceneArticleStore.open(dir);
        ingest = IngestService.open(store, TestStages.stages(), IngestService.Options.DEFAULT);
        server = Site.server(store, Optional.of(ingest),
                new WartaServer.Options(new java.net.InetSocketAddress("127.0.0.1", 0), maxBody, 128)).start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public HttpResponse<String> send(HttpRequest req) {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        ingest.close();
        store.close();
    }
}
