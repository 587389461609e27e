package org.warta.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.warta.app.server.ServiceFixture;
import org.warta.app.server.WartaServer;

/** The pages over HTTP: they render, are escaped (checked on the HTML text), speak both languages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesTest {

    private ServiceFixture service;

    @BeforeAll
    void start(@TempDir Path dir) {
        service = new ServiceFixture(dir, 1 << 20);
        service.store.putArticles(List.of(Hostile.article()));
        service.store.putStories(List.of(Hostile.story()));
        service.post("/api/articles", "application/json", """
                {"title": "Putin tiba di Pyongyang", "outlet": "Kabar", "published": "2024-06-19T08:00:00+07:00",
                 "text": "Vladimir Putin tiba di Pyongyang dan disambut Kim Jong Un. \\"Kami bersahabat,\\" kata Kim Jong Un."}""");
    }

    @AfterAll
    void stop() {
        service.close();
    }

    private static final Pattern SCRIPT_TAG = Pattern.compile("(?i)<script");
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][^>]*)>");
    private static final Pattern EVENT_ATTR = Pattern.compile("(?i)\\son[a-z]+\\s*=");
    private static final Pattern JS_HREF = Pattern.compile("(?i)href\\s*=\\s*[\"']?\\s*javascript:");

    private static void assertInert(String html) {
        assertThat(SCRIPT_TAG.matcher(html).find()).as("no <script> element").isFalse();
        // every '<' and '"' of content is escaped, so a tag ends at the first '>' and a value at the next '"'
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String attributes = tags.group(1).replaceAll("\"[^\"]*\"", "\"\"");
            assertThat(EVENT_ATTR.matcher(attributes).find()).as("event handler in <%s>", tags.group(1)).isFalse();
        }
        assertThat(JS_HREF.matcher(html).find()).as("no javascript: link").isFalse();
    }

    @Test
    void everyPageEscapesHostileContent() {
        for (String path : List.of("/", "/stories/evil-story", "/articles/evil-1",
                "/search?q=Pembukaan", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E",
                "/entities/" + Html.segment(Hostile.EVIL_NAME), "/no/such/%3Cscript%3E")) {
            HttpResponse<String> r = service.get(path);
            assertThat(r.statusCode()).as(path).isIn(200, 400, 404);
            assertThat(r.headers().firstValue("content-security-policy")).contains(WartaServer.CSP);
            assertThat(r.headers().firstValue("x-content-type-options")).contains("nosniff");
            assertInert(r.body());
        }
        String article = service.get("/articles/evil-1").body();
        assertThat(article).contains("&lt;script&gt;window.__pwned=&#39;script&#39;&lt;/script&gt;");
        assertThat(article).doesNotContain("href=\"javascript");
        assertThat(article).contains("lang=\"und\"");
    }

    @Test
    void storyPageShowsEverySection() {
        String html = service.get("/stories/evil-story?ui=en").body();
        for (String cls : List.of("summary", "outlets", "quotes", "entities", "disagreements", "only-in", "timeline",
                "matrix")) {
            assertThat(html).as(cls).contains("<section class=\"" + cls + "\">");
        }
        assertThat(html).contains("<svg class=\"timeline\"").contains("href=\"/articles/evil-1\"");
    }

    @Test
    void articlePageMarksEntitiesAndQuotes() {
        String id = service.store.search(org.warta.store.SearchQuery.of("Putin")).hits().getFirst().article().id();
        String html = service.get("/articles/" + id).body();
        assertThat(html).contains("<a class=\"ent ent-person\" href=\"/entities/Kim%20Jong%20Un\"");
        assertThat(html).contains("<q class=\"quote\" title=\"Kim Jong Un\">Kami bersahabat,</q>");
    }

    @Test
    void searchPageMarksMatches() {
        String html = service.get("/search?q=pyongyang").body();
        assertThat(html).contains("<mark>Pyongyang</mark>");
        HttpResponse<String> bad = service.get("/search?q=title%3A%28");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("class=\"error\"").contains("cannot parse query");
    }

    @Test
    void interfaceSpeaksIndonesianByDefaultAndEnglishOnRequest() {
        assertThat(service.get("/").body()).contains("<html lang=\"id\">").contains("Cerita terkini");
        HttpResponse<String> en = service.get("/?ui=en");
        assertThat(en.body()).contains("<html lang=\"en\">").contains("Latest stories");
        assertThat(en.headers().firstValue("set-cookie").orElse("")).startsWith("warta_ui=en");
        assertThat(service.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(service.base() + "/"))
                .header("Accept-Language", "en-GB,en;q=0.9").build()).body()).contains("Latest stories");
        assertThat(service.get("/entities/Kim%20Jong%20Un?ui=en").body()).contains("Stories over time");
    }

    @Test
    void unknownPagesAre404Pages() {
        HttpResponse<String> r = service.get("/stories/nope");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/html");
    }

    /**
     * The story page is served from the rendered-page cache, keyed by the story's stored version: a story that
     * changes in the store (here its headline and summary) is rendered again on the next request, never served stale.
     */
    @Test
    void aStoryPageShowsTheStoryAsStoredNowNotAsCachedBefore() {
        org.warta.model.Story s = Hostile.story();
        org.warta.model.Story first = new org.warta.model.Story("cache-story", "Gempa pertama", s.articles(),
                List.of(new org.warta.model.SummarySentence("Ringkasan lama.", s.articles())), s.language(),
                s.eventDate(), List.of(), s.independentSources(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), s.firstReport(), s.lastUpdate(), List.of());
        service.store.putStories(List.of(first));
        String before = service.get("/stories/cache-story").body();
        assertThat(before).contains("Gempa pertama").contains("Ringkasan lama.");
        assertThat(service.get("/stories/cache-story").body()).isEqualTo(before); // from the cache
        org.warta.model.Story grown = new org.warta.model.Story("cache-story", "Gempa susulan", s.articles(),
                List.of(new org.warta.model.SummarySentence("Ringkasan baru.", s.articles())), s.language(),
                s.eventDate(), List.of(), s.independentSources(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), s.firstReport(), s.lastUpdate(), List.of());
        service.store.putStories(List.of(grown));
        String after = service.get("/stories/cache-story").body();
        assertThat(after).contains("Gempa susulan").contains("Ringkasan baru.").doesNotContain("Gempa pertama")
                .doesNotContain("Ringkasan lama.");
        // both interface languages follow the change
        assertThat(service.get("/stories/cache-story?ui=en").body()).contains("Gempa susulan");
    }
}
