package org.warta.app.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.warta.model.Article;
import org.warta.model.CopyLink;
import org.warta.model.Digest;
import org.warta.model.Disagreement;
import org.warta.model.Moment;
import org.warta.model.OnlyInFact;
import org.warta.model.Story;
import org.warta.model.StoryEntity;
import org.warta.model.StoryQuote;
import org.warta.model.SummarySentence;
import org.warta.model.TimelineEvent;

/**
 * The digest as one self-contained HTML report page: inline CSS, no script, no external resource (a
 * Content-Security-Policy forbids any), every piece of article content escaped, links only to http(s) URLs. Per
 * story: headline and coverage, the cited summary, an SVG coverage timeline (each article a dot at its publication
 * time on its outlet's row), an outlet × fact matrix (which outlet reported which summary fact), quotes, only-in
 * facts, disagreements, the timeline of dated events, entities, copies and the numbered sources.
 */
public final class HtmlRenderer {

    private static final Pattern SAFE_URL = Pattern.compile("(?i)https?://[^\\s\"'<>\\\\\\p{Cntrl}]+");
    private static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
        "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};
    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final String CSS = """
            :root{--ink:#1d2330;--mute:#5b6475;--line:#d9dee7;--soft:#f4f6fa;--accent:#b3261e}
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:#fff}
            header.page{background:#14213d;color:#fff;padding:22px 40px}
            header.page h1{margin:0;font-size:26px;letter-spacing:.5px}
            header.page p{margin:4px 0 0;color:#cfd6e4}
            main{max-width:1040px;margin:0 auto;padding:10px 40px 60px}
            article.story{border-bottom:3px solid var(--line);padding:18px 0 30px}
            h2{font-size:27px;line-height:1.25;margin:14px 0 6px}
            h3{font-size:15px;text-transform:uppercase;letter-spacing:.8px;color:var(--accent);margin:26px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
            .meta{color:var(--mute);margin:0 0 10px}
            dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:8px 0;font-size:15px}
            dl.facts dt{font-weight:600;color:var(--mute)}
            dl.facts dd{margin:0}
            ol.summary{padding-left:22px}
            ol.summary li{margin:6px 0}
            sup.cite{font-size:12px;color:var(--mute);white-space:nowrap}
            sup.cite a,a.cite{color:#1f4e9e;text-decoration:none}
            ul{padding-left:20px}
            li{margin:4px 0}
            .outlet{font-weight:600}
            .value{font-weight:600;background:#fff3cd;padding:0 3px;border-radius:3px}
            .quote{font-style:italic}
            table{border-collapse:collapse;font-size:14px;margin:6px 0}
            th,td{border:1px solid var(--line);padding:4px 9px;text-align:left;vertical-align:top}
            th{background:var(--soft)}
            table.matrix td.hit{background:#dcefdc;text-align:center;color:#1b5e20;font-weight:700}
            table.matrix td.miss{text-align:center;color:#c3c8d2}
            table.matrix th.fact{text-align:center;min-width:34px}
            table.timeline td.when{white-space:nowrap;font-variant-numeric:tabular-nums}
            figure{margin:6px 0}
            figcaption{color:var(--mute);font-size:13px}
            svg text{font:12px system-ui,sans-serif;fill:var(--ink)}
            .none{color:var(--mute);font-style:italic}
            ol.sources li{font-size:14px}
            """;

    public String render(Digest digest) {
        Map<String, Article> byId = StorySources.index(digest.articles());
        StringBuilder b = new StringBuilder(32_768);
        b.append("<!DOCTYPE html>\n<html lang=\"und\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Warta digest</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<header class=\"page\"><h1>Warta digest</h1><p>")
                .append(digest.stories().size()).append(digest.stories().size() == 1 ? " story" : " stories")
                .append(" from ").append(digest.articles().size())
                .append(digest.articles().size() == 1 ? " article" : " articles").append("</p></header>\n<main>\n");
        if (digest.stories().isEmpty()) {
            b.append("<p class=\"none\">No stories.</p>\n");
        }
        int n = 0;
        for (Story s : digest.stories()) {
            story(b, ++n, s, new StorySources(s, byId));
        }
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void story(StringBuilder b, int n, Story s, StorySources src) {
        b.append("<article class=\"story\" id=\"story-").append(n).append('"');
        s.language().ifPresent(l -> b.append(" lang=\"").append(esc(l)).append('"'));
        b.append(">\n<h2>").append(esc(s.headline())).append("</h2>\n");
        List<String> meta = new ArrayList<>();
        meta.add(s.articles().size() + (s.articles().size() == 1 ? " article" : " articles"));
        if (!s.outlets().isEmpty()) {
            meta.add(s.outlets().size() + (s.outlets().size() == 1 ? " outlet" : " outlets"));
        }
        s.independentSources().ifPresent(i -> meta.add(i + (i == 1 ? " independent source" : " independent sources")));
        s.eventDate().ifPresent(d -> meta.add("event " + d));
        b.append("<p class=\"meta\">").append(esc(String.join(" · ", meta))).append("</p>\n<dl class=\"facts\">");
        if (!s.outlets().isEmpty()) {
            b.append("<dt>Outlets</dt><dd>").append(esc(String.join(", ", s.outlets()))).append("</dd>");
        }
        if (!s.credits().isEmpty()) {
            b.append("<dt>Credits</dt><dd>").append(esc(String.join(", ", s.credits()))).append("</dd>");
        }
        if (s.firstReport().isPresent() || s.lastUpdate().isPresent()) {
            b.append("<dt>Coverage</dt><dd>first report ").append(esc(s.firstReport().map(Moment::toString).orElse("?")))
                    .append(", last update ").append(esc(s.lastUpdate().map(Moment::toString).orElse("?")))
                    .append("</dd>");
        }
        b.append("</dl>\n");
        if (!s.summary().isEmpty()) {
            b.append("<section><h3>Summary</h3>\n<ol class=\"summary\">\n");
            for (SummarySentence x : s.summary()) {
                b.append("<li>").append(esc(x.text())).append(' ').append(cite(n, x.articles(), src)).append("</li>\n");
            }
            b.append("</ol></section>\n");
        }
        coverage(b, s, src);
        matrix(b, s, src);
        if (!s.quotes().isEmpty()) {
            b.append("<section><h3>Quotes</h3>\n<ul>\n");
            QuotesBySpeaker.of(s.quotes()).forEach((speaker, qs) -> {
                b.append("<li><span class=\"outlet\">").append(esc(speaker)).append("</span><ul>");
                for (StoryQuote q : qs) {
                    b.append("<li><span class=\"quote\">\u201C").append(esc(q.text())).append("\u201D</span>")
                            .append(q.partial() ? " (partial)" : "").append(' ').append(cite(n, q.articles(), src))
                            .append("</li>");
                }
                b.append("</ul></li>\n");
            });
            b.append("</ul></section>\n");
        }
        if (!s.onlyIn().isEmpty()) {
            b.append("<section><h3>Only in one outlet</h3>\n<ul>\n");
            for (OnlyInFact f : s.onlyIn()) {
                b.append("<li><span class=\"outlet\">").append(esc(f.outlet())).append("</span> ")
                        .append(cite(n, List.of(f.article()), src)).append(": ").append(esc(f.text())).append("</li>\n");
            }
            b.append("</ul></section>\n");
        }
        if (!s.disagreements().isEmpty()) {
            b.append("<section><h3>Where outlets disagree</h3>\n");
            for (Disagreement d : s.disagreements()) {
                b.append("<p><strong>").append(esc(d.subject())).append("</strong> (").append(esc(d.kind()))
                        .append(")</p>\n<table><tr><th>Stated as</th><th>Sources</th><th>Sentence</th></tr>\n");
                for (Disagreement.Variant v : d.variants()) {
                    b.append("<tr><td><span class=\"value\">").append(esc(v.value())).append("</span></td><td>")
                            .append(cite(n, v.articles(), src)).append("</td><td>").append(esc(v.text()))
                            .append("</td></tr>\n");
                }
                b.append("</table>\n");
            }
            b.append("</section>\n");
        }
        if (!s.timeline().isEmpty()) {
            b.append("<section><h3>Timeline of events</h3>\n<table class=\"timeline\">\n");
            for (TimelineEvent t : s.timeline()) {
                b.append("<tr><td class=\"when\">").append(esc(t.date())).append("</td><td>").append(esc(t.text()))
                        .append(' ').append(cite(n, t.articles(), src)).append("</td></tr>\n");
            }
            b.append("</table></section>\n");
        }
        if (!s.entities().isEmpty()) {
            b.append("<section><h3>Who and what</h3>\n<table><tr><th>Name</th><th>Type</th><th>Also called</th>"
                    + "<th>Articles</th></tr>\n");
            for (StoryEntity e : s.entities()) {
                b.append("<tr><td>").append(esc(e.name())).append("</td><td>")
                        .append(e.type().name().toLowerCase(Locale.ROOT)).append("</td><td>")
                        .append(esc(String.join(", ", e.aliases()))).append("</td><td>").append(e.articles().size())
                        .append("</td></tr>\n");
            }
            b.append("</table></section>\n");
        }
        if (!s.copies().isEmpty()) {
            b.append("<section><h3>Copies</h3>\n<ul>\n");
            for (CopyLink c : s.copies()) {
                b.append("<li>").append(cite(n, List.of(c.article()), src)).append(" copies ")
                        .append(cite(n, List.of(c.original()), src)).append("</li>\n");
            }
            b.append("</ul></section>\n");
        }
        b.append("<section><h3>Sources</h3>\n<ol class=\"sources\">\n");
        for (String id : s.articles()) {
            Optional<Article> a = src.article(id);
            b.append("<li id=\"s").append(n).append('-').append(src.number(id)).append("\"><span class=\"outlet\">")
                    .append(esc(src.outlet(id))).append("</span>: ");
            String title = esc(a.map(Article::title).filter(t -> !t.isBlank()).orElse(id));
            Optional<String> url = a.flatMap(Article::url).filter(HtmlRenderer::safeUrl);
            if (url.isPresent()) {
                b.append("<a href=\"").append(esc(url.get())).append("\" rel=\"noopener noreferrer nofollow\">")
                        .append(title).append("</a>");
            } else {
                b.append(title);
            }
            a.flatMap(Article::published).ifPresent(p -> b.append(" <span class=\"meta\">(").append(esc(p.toString()))
                    .append(")</span>"));
            b.append("</li>\n");
        }
        b.append("</ol></section>\n</article>\n");
    }

    /** The SVG coverage timeline: one row per outlet, one dot per article at its publication time. */
    private static void coverage(StringBuilder b, Story s, StorySources src) {
        List<String> outlets = src.outletsInOrder();
        if (outlets.isEmpty()) {
            return;
        }
        List<Instant> times = new ArrayList<>();
        boolean allDates = true;
        for (String id : s.articles()) {
            Optional<Moment> p = src.article(id).flatMap(Article::published);
            p.ifPresent(m -> times.add(m.approximateInstant()));
            allDates &= p.map(m -> m.time().isEmpty()).orElse(true);
        }
        int left = 190;
        int right = 150;
        int width = 960;
        int row = 28;
        int top = 16;
        int height = top + row * outlets.size() + 40;
        int plot = width - left - right;
        Instant min = times.stream().min(Instant::compareTo).orElse(Instant.EPOCH);
        Instant max = times.stream().max(Instant::compareTo).orElse(Instant.EPOCH);
        long span = Math.max(max.getEpochSecond() - min.getEpochSecond(), 3600);
        if (max.equals(min)) {
            min = min.minusSeconds(span / 2);
        }
        b.append("<section><h3>Coverage over time</h3>\n<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" ")
                .append("role=\"img\" aria-label=\"Articles by outlet over publication time\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\">\n");
        b.append("<rect x=\"").append(left).append("\" y=\"").append(top - 6).append("\" width=\"").append(plot)
                .append("\" height=\"").append(row * outlets.size() + 6).append("\" fill=\"#f4f6fa\"/>\n");
        long days = span / 86_400;
        int ticks = allDates && days >= 1 && days <= 8 && span % 86_400 == 0 ? (int) days : 4;
        for (int t = 0; t <= ticks; t++) {
            double x = left + plot * t / (double) ticks;
            Instant at = min.plusSeconds(span * t / ticks);
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d9dee7\"/>%n",
                    x, top - 6, x, top + row * outlets.size()));
            if (!times.isEmpty()) {
                b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x,
                        top + row * outlets.size() + 18, esc((allDates ? DAY : TICK).format(at))));
            }
        }
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">undated</text>%n",
                width - 45, top + row * outlets.size() + 18));
        for (int r = 0; r < outlets.size(); r++) {
            int y = top + row * r + row / 2 - 3;
            String label = outlets.get(r);
            if (label.length() > 26) {
                label = label.substring(0, 25) + "\u2026";
            }
            b.append("<text x=\"").append(left - 10).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\">").append(esc(label)).append("</text>\n");
        }
        Map<String, Integer> undatedPerRow = new LinkedHashMap<>();
        for (String id : s.articles()) {
            String outlet = src.outlet(id);
            int r = outlets.indexOf(outlet);
            int y = top + row * r + row / 2 - 3;
            String color = PALETTE[r % PALETTE.length];
            Optional<Moment> p = src.article(id).flatMap(Article::published);
            String tip = "[" + src.number(id) + "] " + outlet + p.map(m -> ", " + m).orElse(", no publication time");
            if (p.isPresent()) {
                double x = left + plot * (p.get().approximateInstant().getEpochSecond() - min.getEpochSecond())
                        / (double) span;
                b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"7\" fill=\"%s\" "
                        + "fill-opacity=\"0.85\"><title>%s</title></circle>%n", x, y, color, esc(tip)));
            } else {
                int k = undatedPerRow.merge(outlet, 1, Integer::sum);
                b.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"6\" fill=\"none\" "
                        + "stroke=\"%s\" stroke-width=\"2\"><title>%s</title></circle>%n",
                        width - 55 + 10 * ((k - 1) % 3), y, color, esc(tip)));
            }
        }
        b.append("</svg>\n<figcaption>Each dot is an article at its publication time (UTC); hollow dots on the right"
                + " have no publication time.</figcaption>\n</figure></section>\n");
    }

    /** The outlet × fact matrix: which outlet reported which summary fact. */
    private static void matrix(StringBuilder b, Story s, StorySources src) {
        if (s.summary().isEmpty()) {
            return;
        }
        List<String> outlets = src.outletsInOrder();
        b.append("<section><h3>Who reported which fact</h3>\n<table class=\"matrix\">\n<tr><th>Outlet</th>");
        for (int f = 0; f < s.summary().size(); f++) {
            b.append("<th class=\"fact\" title=\"").append(esc(s.summary().get(f).text())).append("\">")
                    .append(f + 1).append("</th>");
        }
        b.append("<th>Facts</th></tr>\n");
        for (String outlet : outlets) {
            b.append("<tr><td class=\"outlet\">").append(esc(outlet)).append("</td>");
            int count = 0;
            for (SummarySentence x : s.summary()) {
                boolean hit = x.articles().stream().anyMatch(id -> src.outlet(id).equals(outlet));
                count += hit ? 1 : 0;
                b.append(hit ? "<td class=\"hit\">\u2713</td>" : "<td class=\"miss\">\u00B7</td>");
            }
            b.append("<td>").append(count).append("</td></tr>\n");
        }
        b.append("<tr><th>Outlets</th>");
        for (SummarySentence x : s.summary()) {
            b.append("<th class=\"fact\">").append(x.articles().stream().map(src::outlet).distinct().count())
                    .append("</th>");
        }
        b.append("<th></th></tr>\n</table>\n<p class=\"meta\">Columns are the summary's sentences in order.</p>"
                + "</section>\n");
    }

    private static String cite(int story, List<String> ids, StorySources src) {
        StringBuilder c = new StringBuilder("<sup class=\"cite\">[");
        String[] nums = src.cite(ids).split(",");
        for (int i = 0; i < nums.length; i++) {
            if (i > 0) {
                c.append(',');
            }
            c.append("<a href=\"#s").append(story).append('-').append(nums[i]).append("\">").append(nums[i])
                    .append("</a>");
        }
        return c.append("]</sup>").toString();
    }

    /** True for an absolute http(s) URL without characters that could break out of an attribute. */
    static boolean safeUrl(String url) {
        return SAFE_URL.matcher(url).matches();
    }

    /** Escapes text for HTML content and quoted attributes; control characters are dropped. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (!Character.isISOControl(c) || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
