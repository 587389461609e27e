package org.warta.app.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.store.ArticleSummary;
import org.warta.model.Disagreement;
import org.warta.model.EntityType;
import org.warta.model.OnlyInFact;
import org.warta.model.Story;
import org.warta.model.StoryEntity;
import org.warta.model.StoryQuote;
import org.warta.model.SummarySentence;

/**
 * The story page: headline, the cited summary (each sentence links to the articles that report it), outlets,
 * quotes by speaker, entities, disagreements, facts only one outlet reports, the timeline (SVG) and the outlet ×
 * fact matrix. Sections whose data the story does not have are left out.
 */
public final class StoryView {

    private final Story story;
    private final Map<String, ArticleSummary> articles = new LinkedHashMap<>();
    private final Map<String, Integer> number = new HashMap<>();
    private final Messages msg;

    public StoryView(Story story, List<ArticleSummary> members, Messages msg) {
        this.story = story;
        this.msg = msg;
        members.forEach(a -> articles.put(a.id(), a));
        int n = 1;
        for (String id : story.articles()) {
            number.put(id, n++);
        }
    }

    public String body() {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<article class=\"story\">\n<h1>").append(Html.text(story.headline())).append("</h1>\n");
        meta(sb);
        summary(sb);
        outlets(sb);
        quotes(sb);
        entities(sb);
        disagreements(sb);
        onlyIn(sb);
        TimelineSvg.render(story.timeline(), List.copyOf(articles.values()), msg).ifPresent(svg -> {
            section(sb, "timeline", msg.get("story.timeline"));
            sb.append(svg);
            if (!story.timeline().isEmpty()) {
                sb.append("<ol class=\"events\">");
                story.timeline().forEach(e -> sb.append("<li><span class=\"date\">").append(Html.text(e.date()))
                        .append("</span> ").append(Html.text(e.text())).append(' ').append(cites(e.articles()))
                        .append("</li>"));
                sb.append("</ol>");
            }
            sb.append("</section>\n");
        });
        matrix(sb);
        sb.append("</article>");
        return sb.toString();
    }

    private void meta(StringBuilder sb) {
        sb.append("<p class=\"meta\">").append(Html.text(msg.format("story.articles", story.articles().size())));
        sb.append(" · ").append(Html.text(msg.format("story.outlets", story.outlets().size())));
        story.independentSources().ifPresent(n -> sb.append(" · ")
                .append(Html.text(msg.format("story.independent", n))));
        story.eventDate().ifPresent(d -> sb.append(" · ").append(Html.text(msg.get("story.event_date")))
                .append(" ").append(Html.text(d)));
        story.firstReport().ifPresent(t -> sb.append(" · ").append(Html.text(msg.get("story.first_report")))
                .append(' ').append(Layout.time(t, msg)));
        story.lastUpdate().ifPresent(t -> sb.append(" · ").append(Html.text(msg.get("story.last_update")))
                .append(' ').append(Layout.time(t, msg)));
        sb.append("</p>\n");
    }

    private static void section(StringBuilder sb, String cls, String title) {
        sb.append("<section class=\"").append(cls).append("\"><h2>").append(Html.text(title)).append("</h2>\n");
    }

    /** Links [n] to each cited article. */
    String cites(List<String> ids) {
        StringBuilder sb = new StringBuilder("<span class=\"cites\">");
        for (String id : ids) {
            ArticleSummary a = articles.get(id);
            String title = a == null ? id : a.outletOrSource() + ": " + a.title();
            sb.append("<a class=\"cite\" href=\"/articles/").append(Html.attr(Html.segment(id))).append("\" title=\"")
                    .append(Html.attr(title)).append("\">[").append(number.getOrDefault(id, 0)).append("]</a>");
        }
        return sb.append("</span>").toString();
    }

    private void summary(StringBuilder sb) {
        if (story.summary().isEmpty()) {
            return;
        }
        section(sb, "summary", msg.get("story.summary"));
        sb.append("<ol class=\"summary-sentences\">");
        for (SummarySentence s : story.summary()) {
            sb.append("<li>").append(Html.text(s.text())).append(' ').append(cites(s.articles())).append("</li>");
        }
        sb.append("</ol></section>\n");
    }

    private void outlets(StringBuilder sb) {
        section(sb, "outlets", msg.get("story.coverage"));
        sb.append("<ol class=\"coverage\">");
        for (String id : story.articles()) {
            ArticleSummary a = articles.get(id);
            sb.append("<li value=\"").append(number.get(id)).append("\">");
            if (a == null) {
                sb.append(Html.text(id));
            } else {
                sb.append("<span class=\"outlet\">").append(Html.text(a.outletOrSource())).append("</span> ")
                        .append("<a href=\"/articles/").append(Html.attr(Html.segment(id))).append("\">")
                        .append(Html.text(a.title())).append("</a>");
                a.published().ifPresent(p -> sb.append(" · ").append(Layout.time(p, msg)));
                a.duplicateOf().ifPresent(o -> sb.append(" · <span class=\"copy\">")
                        .append(Html.text(msg.get("story.copy_of"))).append(' ').append(cites(List.of(o)))
                        .append("</span>"));
            }
            sb.append("</li>");
        }
        sb.append("</ol>");
        if (!story.credits().isEmpty()) {
            sb.append("<p class=\"credits\">").append(Html.text(msg.get("story.credits"))).append(": ")
                    .append(Html.text(String.join(", ", story.credits()))).append("</p>");
        }
        sb.append("</section>\n");
    }

    private void quotes(StringBuilder sb) {
        if (story.quotes().isEmpty()) {
            return;
        }
        section(sb, "quotes", msg.get("story.quotes"));
        Map<String, List<StoryQuote>> bySpeaker = new LinkedHashMap<>();
        for (StoryQuote q : story.quotes()) {
            bySpeaker.computeIfAbsent(q.speaker().orElse(""), k -> new ArrayList<>()).add(q);
        }
        bySpeaker.forEach((speaker, qs) -> {
            sb.append("<div class=\"speaker\"><h3>");
            if (speaker.isEmpty()) {
                sb.append(Html.text(msg.get("story.unattributed")));
            } else {
                sb.append("<a href=\"/entities/").append(Html.attr(Html.segment(speaker))).append("\">")
                        .append(Html.text(speaker)).append("</a>");
            }
            sb.append("</h3>");
            for (StoryQuote q : qs) {
                sb.append("<blockquote").append(q.partial() ? " class=\"partial\"" : "").append("><p>")
                        .append(Html.text(q.text())).append("</p><footer>").append(cites(q.articles()))
                        .append("</footer></blockquote>");
            }
            sb.append("</div>");
        });
        sb.append("</section>\n");
    }

    private void entities(StringBuilder sb) {
        if (story.entities().isEmpty()) {
            return;
        }
        section(sb, "entities", msg.get("story.entities"));
        Map<EntityType, List<StoryEntity>> byType = new LinkedHashMap<>();
        for (EntityType t : EntityType.values()) {
            byType.put(t, new ArrayList<>());
        }
        story.entities().forEach(e -> byType.get(e.type()).add(e));
        sb.append("<dl class=\"entity-list\">");
        byType.forEach((type, list) -> {
            if (list.isEmpty()) {
                return;
            }
            sb.append("<dt>").append(Html.text(msg.get("entity.type." + type.name()))).append("</dt><dd><ul>");
            for (StoryEntity e : list) {
                sb.append("<li><a class=\"ent ent-").append(type.name().toLowerCase()).append("\" href=\"/entities/")
                        .append(Html.attr(Html.segment(e.name()))).append("\">").append(Html.text(e.name()))
                        .append("</a>");
                if (!e.aliases().isEmpty()) {
                    sb.append(" <span class=\"aliases\">(").append(Html.text(String.join(", ", e.aliases())))
                            .append(")</span>");
                }
                sb.append(' ').append(cites(e.articles())).append("</li>");
            }
            sb.append("</ul></dd>");
        });
        sb.append("</dl></section>\n");
    }

    private void disagreements(StringBuilder sb) {
        if (story.disagreements().isEmpty()) {
            return;
        }
        section(sb, "disagreements", msg.get("story.disagreements"));
        for (Disagreement d : story.disagreements()) {
            sb.append("<div class=\"disagreement\"><h3>").append(Html.text(d.subject())).append(" <small>")
                    .append(Html.text(d.kind())).append("</small></h3><ul>");
            for (Disagreement.Variant v : d.variants()) {
                sb.append("<li><strong>").append(Html.text(v.value())).append("</strong> — ")
                        .append(Html.text(v.text())).append(' ').append(cites(v.articles())).append("</li>");
            }
            sb.append("</ul></div>");
        }
        sb.append("</section>\n");
    }

    private void onlyIn(StringBuilder sb) {
        if (story.onlyIn().isEmpty()) {
            return;
        }
        section(sb, "only-in", msg.get("story.only_in"));
        sb.append("<ul>");
        for (OnlyInFact f : story.onlyIn()) {
            sb.append("<li><span class=\"outlet\">").append(Html.text(f.outlet())).append("</span>: ")
                    .append(Html.text(f.text())).append(' ').append(cites(List.of(f.article()))).append("</li>");
        }
        sb.append("</ul></section>\n");
    }

    /** Rows: outlets; columns: the summary's facts; a mark where an article of the outlet reports the fact. */
    private void matrix(StringBuilder sb) {
        if (story.summary().isEmpty() || articles.isEmpty()) {
            return;
        }
        Map<String, Set<String>> outletArticles = new LinkedHashMap<>();
        for (String id : story.articles()) {
            Optional.ofNullable(articles.get(id)).ifPresent(a ->
                    outletArticles.computeIfAbsent(a.outletOrSource(), k -> new LinkedHashSet<>()).add(id));
        }
        section(sb, "matrix", msg.get("story.matrix"));
        sb.append("<div class=\"matrix-wrap\"><table class=\"matrix\"><thead><tr><th scope=\"col\">")
                .append(Html.text(msg.get("story.outlet"))).append("</th>");
        for (int i = 0; i < story.summary().size(); i++) {
            sb.append("<th scope=\"col\" title=\"").append(Html.attr(story.summary().get(i).text())).append("\">")
                    .append(Html.text(msg.get("story.fact_short"))).append(i + 1).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        outletArticles.forEach((outlet, ids) -> {
            sb.append("<tr><th scope=\"row\">").append(Html.text(outlet)).append("</th>");
            for (SummarySentence s : story.summary()) {
                boolean reports = s.articles().stream().anyMatch(ids::contains);
                sb.append(reports ? "<td class=\"yes\" title=\"" + Html.attr(msg.get("story.reports")) + "\">●</td>"
                        : "<td class=\"no\"></td>");
            }
            sb.append("</tr>");
        });
        sb.append("</tbody></table></div></section>\n");
    }
}
