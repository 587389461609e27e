package org.warta.app.web;

import java.util.Optional;
import org.warta.app.server.ApiRoutes;
import org.warta.app.server.Metrics;
import org.warta.app.server.WartaServer;
import org.warta.app.store.IngestService;
import org.warta.store.ArticleStore;

/** Assembles the service: the API's and the pages' routes on one {@link WartaServer}. */
public final class Site {

    private Site() {
    }

    /** A server (not started) over the store; without an ingest service, POST /api/articles answers 503. */
    public static WartaServer server(ArticleStore store, Optional<IngestService> ingest, WartaServer.Options options) {
        Metrics metrics = new Metrics();
        ApiRoutes api = new ApiRoutes(store, ingest, metrics);
        return new WartaServer(WebRoutes.all(api, new WebRoutes(store)), options, metrics, WebRoutes::errorPage);
    }
}
