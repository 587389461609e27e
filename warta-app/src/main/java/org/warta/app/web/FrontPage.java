package org.warta.app.web;

import org.warta.model.Story;
import org.warta.store.StoryPage;

/** The front page: stories ranked by recency × independent outlets, paged. */
public final class FrontPage {

    private FrontPage() {
    }

    public static String body(StoryPage page, int pageNo, int perPage, Messages msg) {
        StringBuilder sb = new StringBuilder();
        sb.append("<h1>").append(Html.text(msg.get("front.title"))).append("</h1>\n");
        if (page.stories().isEmpty()) {
            sb.append("<p class=\"empty\">").append(Html.text(msg.get("front.empty"))).append("</p>");
            return sb.toString();
        }
        sb.append("<ol class=\"stories\" start=\"").append((pageNo - 1) * perPage + 1).append("\">\n");
        for (Story s : page.stories()) {
            sb.append("<li class=\"story-item\"><a class=\"headline\" href=\"/stories/")
                    .append(Html.attr(Html.segment(s.id()))).append("\">").append(Html.text(s.headline()))
                    .append("</a><div class=\"meta\">");
            sb.append(Html.text(msg.format("story.articles", s.articles().size())));
            if (!s.outlets().isEmpty()) {
                sb.append(" · ").append(Html.text(String.join(", ", s.outlets().subList(0,
                        Math.min(6, s.outlets().size()))))).append(s.outlets().size() > 6 ? " …" : "");
            }
            s.lastUpdate().or(s::firstReport).ifPresent(t -> sb.append(" · ").append(Layout.time(t, msg)));
            sb.append("</div>");
            if (!s.summary().isEmpty()) {
                sb.append("<p class=\"lede\">").append(Html.text(s.summary().getFirst().text())).append("</p>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ol>\n<nav class=\"pager\">");
        if (pageNo > 1) {
            sb.append("<a rel=\"prev\" href=\"/?page=").append(pageNo - 1).append("\">")
                    .append(Html.text(msg.get("pager.prev"))).append("</a> ");
        }
        if ((long) pageNo * perPage < page.total()) {
            sb.append("<a rel=\"next\" href=\"/?page=").append(pageNo + 1).append("\">")
                    .append(Html.text(msg.get("pager.next"))).append("</a>");
        }
        sb.append("</nav>");
        return sb.toString();
    }
}
