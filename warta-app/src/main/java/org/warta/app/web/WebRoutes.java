package org.warta.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.warta.app.server.ApiRoutes;
import org.warta.app.server.HttpError;
import org.warta.app.server.Request;
import org.warta.app.server.Response;
import org.warta.app.server.Route;
import org.warta.model.Article;
import org.warta.model.Story;
import org.warta.store.ArticleFilter;
import org.warta.store.ArticleStore;
import org.warta.store.ArticleSummary;
import org.warta.store.BadQueryException;
import org.warta.store.EntityProfile;
import org.warta.store.SearchQuery;
import org.warta.store.SearchResults;
import org.warta.store.StoryPage;
import org.warta.store.StoryQuery;

/**
 * The web pages' routes. The interface language is {@code ?ui=id|en} (remembered in a cookie), else the cookie,
 * else the browser's first preferred language when we have it, else Indonesian.
 */
public final class WebRoutes {

    private static final int STORIES_PER_PAGE = 20;
    private static final int HITS_PER_PAGE = 10;
    private static final String COOKIE = "warta_ui";

    private final ArticleStore store;
    private final byte[] css;
    private final RenderedPages storyPages;

    public WebRoutes(ArticleStore store) {
        this(store, RenderedPages.Options.DEFAULT);
    }

    WebRoutes(ArticleStore store, RenderedPages.Options cache) {
        this.store = store;
        this.css = resource("/org/warta/app/web/style.css");
        this.storyPages = new RenderedPages(cache);
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/", false, this::front),
                new Route("GET", "/stories/{id}", false, this::story),
                new Route("GET", "/articles/{id}", false, this::article),
                new Route("GET", "/search", false, this::search),
                new Route("GET", "/entities/{name}", false, this::entity),
                new Route("GET", "/static/style.css", false, r -> new Response(200, "text/css; charset=utf-8", css,
                        Map.of("Cache-Control", "public, max-age=3600"))),
                new Route("GET", "/favicon.ico", false, r -> new Response(204, "image/x-icon", new byte[0], Map.of())));
    }

    /** The interface language of a request. */
    static Messages messages(Request r) {
        Optional<String> chosen = r.query("ui").map(s -> s.toLowerCase(Locale.ROOT)).filter(Messages.LANGUAGES::contains);
        if (chosen.isPresent()) {
            return Messages.of(chosen.get());
        }
        for (String c : r.header("cookie").orElse("").split(";")) {
            String[] kv = c.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals(COOKIE) && Messages.LANGUAGES.contains(kv[1])) {
                return Messages.of(kv[1]);
            }
        }
        String accept = r.header("accept-language").orElse("");
        String first = accept.split(",")[0].strip().toLowerCase(Locale.ROOT);
        return Messages.of(first.startsWith("en") ? "en" : "id");
    }

    /** The same page in interface language {@code %s} (a placeholder): the path with its query, {@code ui} replaced. */
    private static String switchUrl(Request r) {
        StringBuilder sb = new StringBuilder();
        for (String seg : r.path().split("/")) {
            if (!seg.isEmpty()) {
                sb.append('/').append(Html.segment(seg));
            }
        }
        if (sb.isEmpty()) {
            sb.append('/');
        }
        sb.append('?');
        r.query().forEach((k, vs) -> {
            if (!k.equals("ui")) {
                vs.forEach(v -> sb.append(Html.param(k)).append('=').append(Html.param(v))
                        .append('&'));
            }
        });
        return sb.append("ui=%s").toString();
    }

    private static Response page(Request r, Messages msg, int status, String title, String body, String query) {
        return withLanguageCookie(r, msg, Response.html(status, Layout.page(msg, title, body, switchUrl(r), query)));
    }

    /** A page whose body is already UTF-8 (from the rendered-page cache). */
    private static Response page(Request r, Messages msg, int status, String title, byte[] bodyUtf8) {
        return withLanguageCookie(r, msg, new Response(status, Response.HTML,
                Layout.page(msg, title, bodyUtf8, switchUrl(r), ""), Map.of()));
    }

    private static Response withLanguageCookie(Request r, Messages msg, Response resp) {
        if (r.query("ui").isPresent()) {
            resp = resp.withHeader("Set-Cookie", COOKIE + "=" + msg.language()
                    + "; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly");
        }
        return resp;
    }

    /** The error page for a status and a one-line message (Indonesian, the default interface language). */
    public static Response errorPage(int status, String message) {
        Messages msg = Messages.of("id");
        String body = "<h1>" + status + "</h1><p class=\"error\">" + Html.text(message) + "</p><p><a href=\"/\">"
                + Html.text(msg.get("nav.home")) + "</a></p>";
        return Response.html(status, Layout.page(msg, String.valueOf(status), body, "/?ui=%s", ""));
    }

    private Response front(Request r) {
        Messages msg = messages(r);
        int pageNo = r.intQuery("page", 1, 1, 5_000);
        StoryPage p = store.stories(new StoryQuery(Optional.empty(), (pageNo - 1) * STORIES_PER_PAGE,
                STORIES_PER_PAGE, StoryQuery.DEFAULT_HALF_LIFE));
        return page(r, msg, 200, msg.get("front.title"), FrontPage.body(p, pageNo, STORIES_PER_PAGE, msg), "");
    }

    /**
     * A story page. Its body depends only on the stored story (members are immutable once stored) and the interface
     * language, so it is cached by (story id, story version, language); ingest that changes the story changes its
     * version. The headline (the page title) is cached with it.
     */
    private Response story(Request r) {
        Messages msg = messages(r);
        String id = r.param("id");
        long version = store.storyVersion(id).orElseThrow(() ->
                HttpError.notFound(msg.get("error.no_story") + ": " + id));
        RenderedPages.Page p = storyPages.get(new RenderedPages.Key(id, version, msg.language()), () -> {
            Story s = store.story(id).orElseThrow(() -> HttpError.notFound(msg.get("error.no_story") + ": " + id));
            List<ArticleSummary> members = store.summaries(s.articles());
            return new RenderedPages.Page(s.headline(),
                    new StoryView(s, members, msg).body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        return page(r, msg, 200, p.title(), p.body());
    }

    private Response article(Request r) {
        Messages msg = messages(r);
        Article a = store.article(r.param("id")).orElseThrow(() ->
                HttpError.notFound(msg.get("error.no_article") + ": " + r.param("id")));
        return page(r, msg, 200, a.title(), ArticleView.body(a, store.storiesOf(a.id()), msg), "");
    }

    private Response search(Request r) {
        Messages msg = messages(r);
        String q = r.query("q").orElse("");
        int pageNo = r.intQuery("page", 1, 1, 500);
        String since = r.query("since").orElse("");
        String until = r.query("until").orElse("");
        Optional<String> error = Optional.empty();
        Optional<SearchResults> results = Optional.empty();
        ArticleFilter f = new ArticleFilter(r.query("lang"), r.query("outlet"), Optional.empty(), Optional.empty(),
                r.query("entity"));
        boolean anything = !q.isBlank() || f.language().isPresent() || f.outlet().isPresent()
                || f.entity().isPresent() || !since.isBlank() || !until.isBlank();
        if (anything) {
            try {
                Optional<Instant> from = since.isBlank() ? Optional.empty() : Optional.of(ApiRoutes.instant("since", since));
                Optional<Instant> to = until.isBlank() ? Optional.empty() : Optional.of(ApiRoutes.instant("until", until));
                f = new ArticleFilter(f.language(), f.outlet(), from, to, f.entity());
                if (q.length() > 1_000) {
                    throw new BadQueryException(msg.get("search.too_long"));
                }
                results = Optional.of(store.search(new SearchQuery(q, f, (pageNo - 1) * HITS_PER_PAGE,
                        HITS_PER_PAGE)));
            } catch (BadQueryException | HttpError e) {
                error = Optional.of(e.getMessage());
            }
        }
        int status = error.isPresent() ? 400 : 200;
        String title = q.isBlank() ? msg.get("search.title") : msg.get("search.title") + ": " + q;
        return page(r, msg, status, title,
                SearchView.body(q, f, since, until, results, error, pageNo, HITS_PER_PAGE, msg), q);
    }

    private Response entity(Request r) {
        Messages msg = messages(r);
        EntityProfile p = store.entity(r.param("name"), 200).orElseThrow(() ->
                HttpError.notFound(msg.get("error.no_entity") + ": " + r.param("name")));
        return page(r, msg, 200, p.name(), EntityView.body(p, msg), "");
    }

    /** All routes of the service: the API's and the pages'. */
    public static List<Route> all(ApiRoutes api, WebRoutes web) {
        List<Route> out = new ArrayList<>(api.routes());
        out.addAll(web.routes());
        return out;
    }
}
