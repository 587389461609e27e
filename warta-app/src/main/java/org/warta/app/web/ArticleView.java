package org.warta.app.web;

import java.util.List;
import org.warta.model.Article;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.Quote;
import org.warta.model.Story;

/** The article page: metadata, its stories, the clean text with entities and quotes marked, quotes and dates. */
public final class ArticleView {

    private ArticleView() {
    }

    public static String body(Article a, List<Story> stories, Messages msg) {
        StringBuilder sb = new StringBuilder(a.text().length() * 2 + 2048);
        String lang = a.language().matches("[a-z]{2,3}") ? a.language() : "und";
        sb.append("<article class=\"article\" lang=\"").append(lang).append("\">\n<h1>").append(Html.text(a.title()))
                .append("</h1>\n<p class=\"meta\"><span class=\"outlet\">").append(Html.text(a.outletOrSource()))
                .append("</span>");
        a.byline().ifPresent(b -> sb.append(" · ").append(Html.text(b)));
        a.dateline().ifPresent(d -> sb.append(" · ").append(Html.text(d)));
        a.published().ifPresent(p -> sb.append(" · ").append(Layout.time(p, msg)));
        a.modified().ifPresent(p -> sb.append(" · ").append(Html.text(msg.get("article.modified"))).append(' ')
                .append(Layout.time(p, msg)));
        sb.append("</p>\n");
        a.url().flatMap(Html::safeUrl).ifPresent(u -> sb.append("<p class=\"original\"><a rel=\"noopener noreferrer ")
                .append("nofollow\" href=\"").append(Html.attr(u)).append("\">").append(Html.text(msg.get("article.original")))
                .append("</a></p>\n"));
        if (!stories.isEmpty()) {
            sb.append("<p class=\"in-story\">").append(Html.text(msg.get("article.in_story"))).append(' ');
            for (Story s : stories) {
                sb.append("<a href=\"/stories/").append(Html.attr(Html.segment(s.id()))).append("\">")
                        .append(Html.text(s.headline())).append("</a> ");
            }
            sb.append("</p>\n");
        }
        a.duplicateOf().ifPresent(o -> sb.append("<p class=\"copy\">").append(Html.text(msg.get("article.copy_of")))
                .append(" <a href=\"/articles/").append(Html.attr(Html.segment(o))).append("\">")
                .append(Html.text(o)).append("</a></p>\n"));
        sb.append("<div class=\"text\">\n").append(TextMarkup.paragraphs(a)).append("</div>\n");
        if (!a.captions().isEmpty()) {
            sb.append("<ul class=\"captions\">");
            a.captions().forEach(c -> sb.append("<li>").append(Html.text(c)).append("</li>"));
            sb.append("</ul>\n");
        }
        if (!a.credits().isEmpty()) {
            sb.append("<p class=\"credits\">").append(Html.text(msg.get("story.credits"))).append(": ")
                    .append(Html.text(String.join(", ", a.credits()))).append("</p>\n");
        }
        sb.append("<aside class=\"analysis\">");
        if (!a.entities().isEmpty()) {
            sb.append("<section class=\"entities\"><h2>").append(Html.text(msg.get("story.entities")))
                    .append("</h2><ul>");
            for (Entity e : a.entities()) {
                sb.append("<li><a class=\"ent ent-").append(e.type().name().toLowerCase()).append("\" href=\"/entities/")
                        .append(Html.attr(Html.segment(e.name()))).append("\">").append(Html.text(e.name()))
                        .append("</a> <small>").append(Html.text(msg.get("entity.type." + e.type().name())))
                        .append(" · ").append(e.mentions().size()).append("×</small></li>");
            }
            sb.append("</ul></section>");
        }
        if (!a.quotes().isEmpty()) {
            sb.append("<section class=\"quotes\"><h2>").append(Html.text(msg.get("story.quotes"))).append("</h2><ul>");
            for (Quote q : a.quotes()) {
                sb.append("<li><q>").append(Html.text(q.text())).append("</q> — ")
                        .append(Html.text(q.speaker().orElse(msg.get("story.unattributed")))).append("</li>");
            }
            sb.append("</ul></section>");
        }
        if (!a.dates().isEmpty()) {
            sb.append("<section class=\"dates\"><h2>").append(Html.text(msg.get("article.dates"))).append("</h2><ul>");
            for (DateMention d : a.dates()) {
                sb.append("<li>").append(Html.text(d.text())).append(" → <code>").append(Html.text(d.value()))
                        .append("</code></li>");
            }
            sb.append("</ul></section>");
        }
        sb.append("</aside>\n</article>");
        return sb.toString();
    }
}
