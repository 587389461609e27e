package org.warta.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over a real store and server; every JSON answer is validated against /openapi.json. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceFixture service;
    private OpenApiContract contract;

    @BeforeAll
    void start(@TempDir Path dir) {
        service = new ServiceFixture(dir, 64 * 1024);
        contract = new OpenApiContract(ApiRoutes.openApiDocument());
    }

    @AfterAll
    void stop() {
        service.close();
    }

    private HttpResponse<String> get(String path) {
        HttpResponse<String> r = service.get(path);
        checkJson("GET", path, r);
        return r;
    }

    private HttpResponse<String> post(String path, String type, String body) {
        HttpResponse<String> r = service.post(path, type, body);
        checkJson("POST", path, r);
        return r;
    }

    private void checkJson(String method, String path, HttpResponse<String> r) {
        if (r.headers().firstValue("content-type").orElse("").startsWith("application/json")) {
            contract.check(method, path, r.statusCode(), r.body());
        }
        assertThat(r.body()).as("no stack trace is ever sent").doesNotContain("\tat ", "Exception", "at org.warta");
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static final String KIM = """
            {"title": "Rusia dan Korut teken pakta", "url": "https://www.example-news.id/2024/06/19/pakta",
             "outlet": "Example News", "published": "2024-06-19T10:00:00+07:00",
             "text": "Vladimir Putin bertemu Kim Jong Un di Pyongyang. \\"Perjanjian ini defensif,\\" kata Kim Jong Un."}
            """;

    @Test
    @Order(1)
    void postsAJsonArticleOnceAndReadsItBack() throws Exception {
        HttpResponse<String> first = post("/api/articles", "application/json", KIM);
        assertThat(first.statusCode()).isEqualTo(201);
        String id = json(first).path("id").asText();
        assertThat(json(first).path("status").asText()).isEqualTo("stored");
        assertThat(first.headers().firstValue("location")).contains("/api/articles/" + id);

        HttpResponse<String> again = post("/api/articles", "application/json",
                KIM.replace("https://www.example-news.id/2024/06/19/pakta", "http://example-news.id/2024/06/19/pakta/?utm_source=x"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("status").asText()).isEqualTo("duplicate");
        assertThat(json(again).path("id").asText()).isEqualTo(id);

        JsonNode a = json(get("/api/articles/" + id));
        assertThat(a.path("title").asText()).isEqualTo("Rusia dan Korut teken pakta");
        assertThat(a.path("outlet").asText()).isEqualTo("Example News");
        assertThat(a.path("published").asText()).isEqualTo("2024-06-19T10:00:00+07:00");
        assertThat(a.path("entities").size()).isEqualTo(3);
        assertThat(a.has("byline")).as("absent fields are left out").isFalse();
    }

    @Test
    @Order(2)
    void postsRawHtmlWithItsUrl() throws Exception {
        String html = "<html><body><h1>Rusia kirim delegasi</h1>\nDelegasi Rusia tiba di Pyongyang untuk bertemu Kim Jong Un.</body></html>";
        HttpResponse<String> r = post("/api/articles?url=https://other.example/rusia", "text/html; charset=utf-8", html);
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode a = json(get("/api/articles/" + json(r).path("id").asText()));
        assertThat(a.path("url").asText()).isEqualTo("https://other.example/rusia");
        assertThat(post("/api/articles", "text/html", html).statusCode()).isEqualTo(400);
        assertThat(post("/api/articles?url=javascript:alert(1)", "text/html", html).statusCode()).isEqualTo(400);
    }

    @Test
    @Order(3)
    void storiesAreListedRankedAndReadable() throws Exception {
        post("/api/articles", "application/json", """
                {"title": "Banjir rendam Jakarta", "text": "Banjir merendam Jakarta sejak pagi. Warga mengungsi.",
                 "outlet": "Kabar Kota", "published": "2024-06-20T07:00:00+07:00"}""");
        JsonNode list = json(get("/api/stories?limit=10"));
        assertThat(list.path("total").asInt()).isEqualTo(2);
        assertThat(list.path("stories").get(0).path("headline").asText()).isEqualTo("Banjir rendam Jakarta");
        String rusia = list.path("stories").get(1).path("id").asText();
        JsonNode story = json(get("/api/stories/" + rusia));
        assertThat(story.path("articles").size()).isEqualTo(2);
        assertThat(json(get("/api/stories?since=2024-06-20&limit=5")).path("total").asInt()).isEqualTo(1);
        assertThat(json(get("/api/stories?offset=1&limit=1")).path("stories").get(0).path("id").asText())
                .isEqualTo(rusia);
    }

    @Test
    @Order(4)
    void searchesWithHighlightsAndFilters() throws Exception {
        JsonNode r = json(get("/api/search?q=Pyongyang"));
        assertThat(r.path("total").asInt()).isEqualTo(2);
        JsonNode snippet = r.path("hits").get(0).path("snippets").get(0);
        JsonNode range = snippet.path("highlights").get(0);
        assertThat(snippet.path("text").asText().substring(range.get(0).asInt(), range.get(1).asInt()))
                .isEqualTo("Pyongyang");
        assertThat(json(get("/api/search?q=Pyongyang&outlet=example%20news")).path("total").asInt()).isEqualTo(1);
        assertThat(json(get("/api/search?q=&since=2024-06-20")).path("total").asInt()).isEqualTo(1);
        assertThat(json(get("/api/search?q=pyongyang&entity=Kim%20Jong%20Un")).path("total").asInt()).isEqualTo(2);
        assertThat(json(get("/api/search?q=%22kim+jong+un%22&lang=en")).path("total").asInt()).isZero();
        HttpResponse<String> bad = get("/api/search?q=title%3A%28unclosed");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("error").path("message").asText()).startsWith("cannot parse query");
        assertThat(get("/api/search?q=x&limit=1000").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=x&since=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(5)
    void entitiesHealthMetricsAndOpenApi() throws Exception {
        JsonNode e = json(get("/api/entities/kim%20jong%20un"));
        assertThat(e.path("name").asText()).isEqualTo("Kim Jong Un");
        assertThat(e.path("type").asText()).isEqualTo("PERSON");
        assertThat(e.path("story_count").asInt()).isEqualTo(1);
        assertThat(get("/api/entities/Nobody%20Known").statusCode()).isEqualTo(404);

        JsonNode h = json(get("/health"));
        assertThat(h.path("status").asText()).isEqualTo("ok");
        assertThat(h.path("articles").asInt()).isEqualTo(3);

        HttpResponse<String> m = service.get("/metrics");
        assertThat(m.statusCode()).isEqualTo(200);
        assertThat(m.headers().firstValue("content-type").orElse("")).startsWith("text/plain; version=0.0.4");
        assertThat(m.body()).contains("# TYPE warta_http_requests_total counter")
                .contains("warta_http_requests_total{route=\"/api/search\",method=\"GET\",status=\"200\"}")
                .contains("warta_http_request_duration_seconds_bucket{route=\"/api/search\",method=\"GET\",le=\"+Inf\"}")
                .contains("warta_articles_stored 3")
                .contains("warta_ingest_articles_total{result=\"stored\"}");
        // every sample line is "name{labels} value" or "name value"
        m.body().lines().filter(l -> !l.startsWith("#")).forEach(l ->
                assertThat(l).matches("[a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*})? -?[0-9.eE+-]+"));

        JsonNode doc = json(get("/openapi.json"));
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        // the document lists exactly the routes the server has
        for (Iterator<String> it = doc.path("paths").fieldNames(); it.hasNext(); ) {
            String p = it.next();
            assertThat(service.server.routes()).anyMatch(r -> r.pattern().equals(p));
        }
        service.server.routes().stream().filter(Route::api).forEach(r ->
                assertThat(doc.path("paths").has(r.pattern())).as("%s documented", r.pattern()).isTrue());
    }

    @Test
    @Order(6)
    void clientErrorsAreOneLineJsonNeverStackTraces() throws Exception {
        HttpResponse<String> bad = post("/api/articles", "application/json", "{\"title\": \"x\", \"text\": ");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("error").path("message").asText()).startsWith("malformed JSON");
        assertThat(post("/api/articles", "application/json", "[1,2]").statusCode()).isEqualTo(400);
        HttpResponse<String> missing = post("/api/articles", "application/json", "{\"title\": \"x\"}");
        assertThat(json(missing).path("error").path("message").asText()).contains("'text'");
        assertThat(post("/api/articles", "application/json", "{\"title\": \"x\", \"text\": \"y\", \"published\": \"kemarin\"}")
                .statusCode()).isEqualTo(400);
        assertThat(post("/api/articles", "application/pdf", "%PDF").statusCode()).isEqualTo(415);
        assertThat(post("/api/articles", "application/json", "").statusCode()).isEqualTo(400);
        HttpResponse<String> huge = post("/api/articles", "application/json",
                "{\"title\": \"x\", \"text\": \"" + "a".repeat(70 * 1024) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(get("/api/articles/does-not-exist").statusCode()).isEqualTo(404);
        assertThat(get("/api/stories/does-not-exist").statusCode()).isEqualTo(404);
        assertThat(get("/api/articles/%25").statusCode()).isEqualTo(404);
        HttpResponse<String> method = service.send(HttpRequest.newBuilder(URI.create(service.base() + "/api/stories"))
                .DELETE().build());
        assertThat(method.statusCode()).isEqualTo(405);
        HttpResponse<String> none = service.get("/api/nothing-here");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(json(none).path("error").path("status").asInt()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void theContractCheckRejectsWhatTheDocumentDoesNotAllow() {
        OpenApiContract fresh = new OpenApiContract(ApiRoutes.openApiDocument());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fresh.check("GET", "/api/stories/x", 200,
                "{\"id\": \"s1\", \"headline\": \"h\", \"articles\": [\"a\"], \"surprise\": 1}"))
                .isInstanceOf(AssertionError.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fresh.check("GET", "/api/articles/x", 200,
                "{\"id\": \"a\", \"source\": \"s\", \"title\": \"t\", \"language\": \"id\", "
                        + "\"published\": \"yesterday\"}"))
                .isInstanceOf(AssertionError.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fresh.check("GET", "/api/stories", 201, "{}"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    @Order(8)
    void everyDocumentedSuccessWasExercised() {
        for (String op : new String[] {"POST /api/articles 201", "POST /api/articles 200", "GET /api/articles/{id} 200",
                "GET /api/stories 200", "GET /api/stories/{id} 200", "GET /api/search 200",
                "GET /api/entities/{name} 200", "GET /health 200", "GET /openapi.json 200",
                "GET /api/articles/{id} 404", "POST /api/articles 413", "POST /api/articles 415",
                "GET /api/search 400"}) {
            assertThat(contract.checked).contains(op);
        }
    }
}
