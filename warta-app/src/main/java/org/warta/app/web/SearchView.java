package org.warta.app.web;

import org.warta.store.ArticleFilter;
import org.warta.store.SearchResults;
import org.warta.store.Snippet;

/** The search page: the form with its filters, and the hits with their matched terms marked. */
public final class SearchView {

    private SearchView() {
    }

    /**
     * @param results empty when no search was made yet
     * @param error   a one-line problem with the query (shown instead of results), or empty
     */
    public static String body(String q, ArticleFilter f, String since, String until,
                              java.util.Optional<SearchResults> results, java.util.Optional<String> error,
                              int pageNo, int perPage, Messages msg) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<h1>").append(Html.text(msg.get("search.title"))).append("</h1>\n")
                .append("<form class=\"search-form\" action=\"/search\" method=\"get\">")
                .append(input("q", msg.get("search.query"), q, "search"))
                .append(input("lang", msg.get("search.lang"), f.language().orElse(""), "text"))
                .append(input("outlet", msg.get("search.outlet"), f.outlet().orElse(""), "text"))
                .append(input("entity", msg.get("search.entity"), f.entity().orElse(""), "text"))
                .append(input("since", msg.get("search.since"), since, "text"))
                .append(input("until", msg.get("search.until"), until, "text"))
                .append("<button type=\"submit\">").append(Html.text(msg.get("search.button")))
                .append("</button></form>\n");
        sb.append("<p class=\"hint\">").append(Html.text(msg.get("search.hint"))).append("</p>\n");
        if (error.isPresent()) {
            sb.append("<p class=\"error\" role=\"alert\">").append(Html.text(error.get())).append("</p>");
            return sb.toString();
        }
        if (results.isEmpty()) {
            return sb.toString();
        }
        SearchResults r = results.get();
        sb.append("<p class=\"count\">").append(Html.text(msg.format("search.count", r.total()))).append("</p>\n");
        sb.append("<ol class=\"hits\" start=\"").append((pageNo - 1) * perPage + 1).append("\">");
        for (SearchResults.SearchHit h : r.hits()) {
            sb.append("<li class=\"hit\"><a class=\"headline\" href=\"/articles/")
                    .append(Html.attr(Html.segment(h.article().id()))).append("\">");
            Snippet title = h.snippets().stream().filter(s -> s.field().equals("title")).findFirst().orElse(null);
            if (title != null && title.text().equals(h.article().title())) {
                sb.append(marked(title));
            } else {
                sb.append(Html.text(h.article().title()));
            }
            sb.append("</a><div class=\"meta\">").append(Html.text(h.article().outletOrSource()));
            h.article().published().ifPresent(p -> sb.append(" · ").append(Layout.time(p, msg)));
            sb.append(" · ").append(Html.text(h.article().language())).append("</div>");
            for (Snippet s : h.snippets()) {
                if (s.field().equals("text")) {
                    sb.append("<p class=\"snippet\">").append(marked(s)).append("</p>");
                }
            }
            sb.append("</li>\n");
        }
        sb.append("</ol>");
        return sb.toString();
    }

    private static String input(String name, String label, String value, String type) {
        return "<label>" + Html.text(label) + " <input type=\"" + type + "\" name=\"" + name + "\" value=\""
                + Html.attr(value) + "\"></label> ";
    }

    /** The snippet's text escaped, with its highlight ranges wrapped in {@code <mark>}. */
    static String marked(Snippet s) {
        StringBuilder sb = new StringBuilder(s.text().length() + 64);
        int at = 0;
        for (Snippet.Range r : s.highlights()) {
            if (r.start() < at || r.end() > s.text().length()) {
                continue;
            }
            Html.escapeInto(sb, s.text(), at, r.start());
            sb.append("<mark>");
            Html.escapeInto(sb, s.text(), r.start(), r.end());
            sb.append("</mark>");
            at = r.end();
        }
        Html.escapeInto(sb, s.text(), at, s.text().length());
        return sb.toString();
    }
}
