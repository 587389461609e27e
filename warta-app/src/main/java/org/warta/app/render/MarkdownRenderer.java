package org.warta.app.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The digest as Markdown (CommonMark): one section per story with the same content as {@link TextRenderer};
 * citation markers link to the story's numbered sources. Article text is escaped so it can neither format nor
 * inject HTML or links.
 */
public final class MarkdownRenderer {

    public String render(Digest digest) {
        Map<String, Article> byId = StorySources.index(digest.articles());
        StringBuilder b = new StringBuilder();
        b.append("# Warta digest\n\n");
        b.append(digest.stories().size()).append(digest.stories().size() == 1 ? " story" : " stories")
                .append(" from ").append(digest.articles().size())
                .append(digest.articles().size() == 1 ? " article" : " articles").append(".\n");
        int n = 0;
        for (Story s : digest.stories()) {
            story(b, ++n, s, new StorySources(s, byId));
        }
        return b.toString();
    }

    private static void story(StringBuilder b, int n, Story s, StorySources src) {
        b.append("\n## ").append(n).append(". ").append(esc(s.headline())).append("\n\n");
        List<String> meta = new ArrayList<>();
        meta.add(s.articles().size() + (s.articles().size() == 1 ? " article" : " articles"));
        if (!s.outlets().isEmpty()) {
            meta.add(s.outlets().size() + (s.outlets().size() == 1 ? " outlet" : " outlets"));
        }
        s.independentSources().ifPresent(i -> meta.add(i + (i == 1 ? " independent source" : " independent sources")));
        s.language().ifPresent(l -> meta.add("language " + esc(l)));
        s.eventDate().ifPresent(d -> meta.add("event " + esc(d)));
        b.append(String.join(" · ", meta)).append("  \n");
        if (s.firstReport().isPresent() || s.lastUpdate().isPresent()) {
            b.append("First report ").append(s.firstReport().map(Moment::toString).orElse("?"))
                    .append(", last update ").append(s.lastUpdate().map(Moment::toString).orElse("?")).append("  \n");
        }
        if (!s.outlets().isEmpty()) {
            b.append("**Outlets:** ").append(esc(String.join(", ", s.outlets()))).append("  \n");
        }
        if (!s.credits().isEmpty()) {
            b.append("**Credits:** ").append(esc(String.join(", ", s.credits()))).append('\n');
        }
        if (!s.summary().isEmpty()) {
            b.append("\n### Summary\n\n");
            for (SummarySentence x : s.summary()) {
                b.append("- ").append(esc(x.text())).append(' ').append(cite(n, x.articles(), src)).append('\n');
            }
        }
        if (!s.quotes().isEmpty()) {
            b.append("\n### Quotes\n\n");
            QuotesBySpeaker.of(s.quotes()).forEach((speaker, qs) -> {
                b.append("- **").append(esc(speaker)).append("**\n");
                for (StoryQuote q : qs) {
                    b.append("  - \u201C").append(esc(q.text())).append("\u201D").append(q.partial() ? " (partial)" : "")
                            .append(' ').append(cite(n, q.articles(), src)).append('\n');
                }
            });
        }
        if (!s.onlyIn().isEmpty()) {
            b.append("\n### Only in one outlet\n\n");
            for (OnlyInFact f : s.onlyIn()) {
                b.append("- **").append(esc(f.outlet())).append("** ").append(cite(n, List.of(f.article()), src))
                        .append(": ").append(esc(f.text())).append('\n');
            }
        }
        if (!s.disagreements().isEmpty()) {
            b.append("\n### Where outlets disagree\n\n");
            for (Disagreement d : s.disagreements()) {
                b.append("- **").append(esc(d.subject())).append("** (").append(esc(d.kind())).append(")\n");
                for (Disagreement.Variant v : d.variants()) {
                    b.append("  - \u201C").append(esc(v.value())).append("\u201D ").append(cite(n, v.articles(), src))
                            .append(": ").append(esc(v.text())).append('\n');
                }
            }
        }
        if (!s.timeline().isEmpty()) {
            b.append("\n### Timeline\n\n| When | What | Sources |\n|---|---|---|\n");
            for (TimelineEvent t : s.timeline()) {
                b.append("| ").append(esc(t.date())).append(" | ").append(esc(t.text())).append(" | ")
                        .append(cite(n, t.articles(), src)).append(" |\n");
            }
        }
        if (!s.entities().isEmpty()) {
            b.append("\n### Who and what\n\n");
            List<String> es = new ArrayList<>();
            for (StoryEntity e : s.entities()) {
                es.add(esc(e.name()) + " (" + e.type().name().toLowerCase(java.util.Locale.ROOT) + ", "
                        + e.articles().size() + ")");
            }
            b.append(String.join("; ", es)).append('\n');
        }
        if (!s.copies().isEmpty()) {
            b.append("\n### Copies\n\n");
            for (CopyLink c : s.copies()) {
                b.append("- ").append(cite(n, List.of(c.article()), src)).append(" copies ")
                        .append(cite(n, List.of(c.original()), src)).append('\n');
            }
        }
        b.append("\n### Sources\n\n");
        for (String id : s.articles()) {
            Optional<Article> a = src.article(id);
            int k = src.number(id);
            b.append(k).append(". <a id=\"s").append(n).append("-").append(k).append("\"></a>**")
                    .append(esc(src.outlet(id))).append("**: ")
                    .append(esc(a.map(Article::title).filter(t -> !t.isBlank()).orElse(id)));
            a.flatMap(Article::published).ifPresent(p -> b.append(" (").append(p).append(')'));
            a.flatMap(Article::url).filter(HtmlRenderer::safeUrl)
                    .ifPresent(u -> b.append(" <").append(u.replace(">", "%3E").replace(" ", "%20")).append('>'));
            b.append('\n');
        }
    }

    /** "[1](#s1-1),[3](#s1-3)" in brackets. */
    private static String cite(int story, List<String> ids, StorySources src) {
        StringBuilder c = new StringBuilder("\\[");
        String[] nums = src.cite(ids).split(",");
        for (int i = 0; i < nums.length; i++) {
            if (i > 0) {
                c.append(',');
            }
            c.append('[').append(nums[i]).append("](#s").append(story).append('-').append(nums[i]).append(')');
        }
        return c.append("\\]").toString();
    }

    /** Escapes Markdown punctuation with backslashes and HTML's special characters as entities. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\n', '\r', '\t' -> b.append(' ');
                case '\\', '`', '*', '_', '[', ']', '#', '|', '~' ->
                        b.append('\\').append(c);
                default -> {
                    if (!Character.isISOControl(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
