package org.warta.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.warta.app.json.ContractJson;
import org.warta.app.store.IngestOutcome;
import org.warta.app.store.IngestService;
import org.warta.extract.Extraction;
import org.warta.extract.RawDocument;
import org.warta.model.Article;
import org.warta.model.Moment;
import org.warta.store.ArticleFilter;
import org.warta.store.ArticleStore;
import org.warta.store.IdempotencyKeys;
import org.warta.store.SearchQuery;
import org.warta.store.StoryQuery;

/** The REST API's routes. Documented by {@code /openapi.json} (OpenAPI 3.1) and docs/api.md. */
public final class ApiRoutes {

    private static final String OPENAPI_RESOURCE = "/org/warta/app/web/openapi.json";

    private final ArticleStore store;
    private final Optional<IngestService> ingest;
    private final Metrics metrics;

    public ApiRoutes(ArticleStore store, Optional<IngestService> ingest, Metrics metrics) {
        this.store = store;
        this.ingest = ingest;
        this.metrics = metrics;
        metrics.gauge("warta_articles_stored", "Articles in the store.", store::articleCount);
        metrics.gauge("warta_stories_stored", "Stories in the store.", store::storyCount);
    }

    public List<Route> routes() {
        byte[] openapi = openApiDocument();
        return List.of(
                new Route("POST", "/api/articles", true, this::postArticle),
                new Route("GET", "/api/articles/{id}", true, r -> json(store.article(r.param("id"))
                        .orElseThrow(() -> HttpError.notFound("no article with id '" + r.param("id") + "'")))),
                new Route("GET", "/api/stories", true, this::stories),
                new Route("GET", "/api/stories/{id}", true, r -> json(store.story(r.param("id"))
                        .orElseThrow(() -> HttpError.notFound("no story with id '" + r.param("id") + "'")))),
                new Route("GET", "/api/search", true, this::search),
                new Route("GET", "/api/entities/{name}", true, r -> Response.json(200, ApiJson.entity(
                        store.entity(r.param("name"), 200).orElseThrow(() ->
                                HttpError.notFound("no stored story mentions '" + r.param("name") + "'"))))),
                new Route("GET", "/health", true, r -> health()),
                new Route("GET", "/metrics", true, r -> Response.text(200,
                        "text/plain; version=0.0.4; charset=utf-8", metrics.scrape())),
                new Route("GET", "/openapi.json", true, r -> new Response(200, Response.JSON, openapi, Map.of())));
    }

    static byte[] openApiDocument() {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OPENAPI_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response json(Object contractValue) {
        return Response.json(200, ContractJson.compact(contractValue));
    }

    private Response health() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "ok");
        m.put("articles", store.articleCount());
        m.put("stories", store.storyCount());
        m.put("read_only", store.readOnly());
        return Response.json(200, ContractJson.compact(m));
    }

    private Response stories(Request r) {
        int offset = r.intQuery("offset", 0, 0, 100_000);
        int limit = r.intQuery("limit", 20, 1, 100);
        Optional<Instant> since = r.query("since").map(s -> instant("since", s));
        return Response.json(200, ApiJson.stories(
                store.stories(new StoryQuery(since, offset, limit, StoryQuery.DEFAULT_HALF_LIFE)), offset, limit));
    }

    private Response search(Request r) {
        int offset = r.intQuery("offset", 0, 0, 10_000);
        int limit = r.intQuery("limit", 10, 1, SearchQuery.MAX_LIMIT);
        String q = r.query("q").orElse("");
        if (q.length() > 1_000) {
            throw HttpError.badRequest("query too long (over 1000 characters)");
        }
        return Response.json(200, ApiJson.search(store.search(new SearchQuery(q, filter(r), offset, limit)),
                offset, limit));
    }

    /** The search filters of a request's query parameters ({@code lang outlet since until entity}). */
    public static ArticleFilter filter(Request r) {
        return new ArticleFilter(r.query("lang"), r.query("outlet"),
                r.query("since").map(s -> instant("since", s)), r.query("until").map(s -> instant("until", s)),
                r.query("entity"));
    }

    /** Parses an ISO date ({@code 2024-06-19}, start of day UTC) or date-time; 400 otherwise. */
    public static Instant instant(String name, String value) {
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException e2) {
                throw HttpError.badRequest("parameter '" + name + "' must be an ISO date (2024-06-19) or "
                        + "date-time (2024-06-19T08:00:00+07:00)");
            }
        }
    }

    private Response postArticle(Request r) {
        IngestService service = ingest.orElseThrow(() -> new HttpError(503,
                "this server cannot ingest: another warta process is writing its data directory"));
        if (r.body().length == 0) {
            throw HttpError.badRequest("empty body: send a JSON article, or HTML with ?url=");
        }
        String type = r.header("content-type").orElse("application/json").toLowerCase(Locale.ROOT);
        Article article;
        if (type.startsWith("application/json")) {
            article = articleFromJson(r.body());
        } else if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            String url = r.query("url").orElseThrow(() ->
                    HttpError.badRequest("raw HTML needs its page URL: POST /api/articles?url=https://..."));
            if (IdempotencyKeys.canonicalUrl(url).isEmpty()) {
                throw HttpError.badRequest("parameter 'url' must be an http(s) URL");
            }
            RawDocument doc = new RawDocument(url, r.body(), Optional.of(url),
                    Optional.of(Moment.of(OffsetDateTime.now(ZoneOffset.UTC))));
            Extraction e = service.stages().extractor().extract(doc);
            article = switch (e) {
                case Extraction.Accepted a -> a.article();
                case Extraction.Rejected rej -> throw new HttpError(422, "cannot use this page: " + rej.reason());
            };
        } else {
            throw new HttpError(415, "unsupported content type '" + type
                    + "': send application/json or text/html");
        }
        IngestOutcome o = service.ingest(List.of(article)).getFirst();
        metrics.count("warta_ingest_articles_total", "result", o.stored() ? "stored" : "duplicate", 1);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.stored() ? o.id() : o.existing().orElse(o.id()));
        m.put("status", o.stored() ? "stored" : "duplicate");
        o.storyId().ifPresent(s -> m.put("story", s));
        return Response.json(o.stored() ? 201 : 200, ContractJson.compact(m))
                .withHeader("Location", "/api/articles/" + m.get("id"));
    }

    /**
     * An article in the JSON contract. {@code title} and {@code text} are required; {@code id} defaults to a hash
     * of the canonical URL (else of the text), {@code source} to the URL (else "api").
     */
    static Article articleFromJson(byte[] body) {
        JsonNode node;
        try {
            node = ContractJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw HttpError.badRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw HttpError.badRequest("cannot read the JSON body");
        }
        if (!(node instanceof ObjectNode obj)) {
            throw HttpError.badRequest("the body must be a JSON object (an article)");
        }
        for (String f : List.of("title", "text")) {
            if (!obj.path(f).isTextual() || obj.path(f).asText().isBlank()) {
                throw HttpError.badRequest("the article needs a non-empty string '" + f + "'");
            }
        }
        Optional<String> url = obj.path("url").isTextual() ? Optional.of(obj.path("url").asText()) : Optional.empty();
        if (!obj.path("id").isTextual() || obj.path("id").asText().isBlank()) {
            String basis = url.flatMap(IdempotencyKeys::canonicalUrl)
                    .orElseGet(() -> IdempotencyKeys.normalise(obj.path("title").asText() + "\n"
                            + obj.path("text").asText()));
            obj.put("id", "a" + sha256(basis).substring(0, 16));
        }
        if (!obj.path("source").isTextual()) {
            obj.put("source", url.orElse("api"));
        }
        try {
            return ContractJson.readArticle(obj.toString());
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest(e.getMessage().lines().findFirst().orElse("invalid article"));
        }
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
