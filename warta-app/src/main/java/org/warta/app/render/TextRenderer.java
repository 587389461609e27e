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
 * The digest for a person at a terminal: per story its headline, coverage, a summary whose sentences end in
 * citation markers ("[1,3]") that refer to the story's numbered source list, quotes by speaker, what only one
 * outlet reports, where outlets disagree, the timeline and the sources. Wrapped to {@link #WIDTH} columns; control
 * characters of article text are removed. Sections with nothing to show are left out.
 */
public final class TextRenderer {

    /** Line width. */
    public static final int WIDTH = 100;

    public String render(Digest digest) {
        Map<String, Article> byId = StorySources.index(digest.articles());
        StringBuilder b = new StringBuilder();
        b.append(String.format("WARTA DIGEST: %d %s from %d %s%n", digest.stories().size(),
                digest.stories().size() == 1 ? "story" : "stories", digest.articles().size(),
                digest.articles().size() == 1 ? "article" : "articles"));
        int n = 0;
        for (Story s : digest.stories()) {
            b.append('\n');
            story(b, ++n, s, new StorySources(s, byId));
        }
        return b.toString();
    }

    private static void story(StringBuilder b, int n, Story s, StorySources src) {
        b.append("=".repeat(WIDTH)).append('\n');
        b.append(Wrap.block(clean(s.headline()), WIDTH, n + ". ", " ".repeat((n + ". ").length())));
        b.append("=".repeat(WIDTH)).append('\n');
        List<String> meta = new ArrayList<>();
        meta.add(s.articles().size() + (s.articles().size() == 1 ? " article" : " articles"));
        if (!s.outlets().isEmpty()) {
            meta.add(s.outlets().size() + (s.outlets().size() == 1 ? " outlet" : " outlets"));
        }
        s.independentSources().ifPresent(i -> meta.add(i + (i == 1 ? " independent source" : " independent sources")));
        s.language().ifPresent(l -> meta.add("language " + l));
        s.eventDate().ifPresent(d -> meta.add("event " + d));
        b.append(Wrap.block(String.join(" · ", meta), WIDTH, "", ""));
        if (s.firstReport().isPresent() || s.lastUpdate().isPresent()) {
            b.append(Wrap.block("First report " + s.firstReport().map(Moment::toString).orElse("?")
                    + ", last update " + s.lastUpdate().map(Moment::toString).orElse("?"), WIDTH, "", ""));
        }
        if (!s.outlets().isEmpty()) {
            b.append(Wrap.block(clean(String.join(", ", s.outlets())), WIDTH, "Outlets: ", "         "));
        }
        if (!s.credits().isEmpty()) {
            b.append(Wrap.block(clean(String.join(", ", s.credits())), WIDTH, "Credits: ", "         "));
        }
        if (!s.summary().isEmpty()) {
            section(b, "Summary");
            for (SummarySentence x : s.summary()) {
                b.append(Wrap.block(clean(x.text()) + " [" + src.cite(x.articles()) + "]", WIDTH, "  * ", "    "));
            }
        }
        if (!s.quotes().isEmpty()) {
            section(b, "Quotes");
            QuotesBySpeaker.of(s.quotes()).forEach((speaker, qs) -> {
                b.append("  ").append(clean(speaker)).append('\n');
                for (StoryQuote q : qs) {
                    b.append(Wrap.block("\u201C" + clean(q.text()) + "\u201D" + (q.partial() ? " (partial)" : "")
                            + " [" + src.cite(q.articles()) + "]", WIDTH, "    - ", "      "));
                }
            });
        }
        if (!s.onlyIn().isEmpty()) {
            section(b, "Only in one outlet");
            for (OnlyInFact f : s.onlyIn()) {
                b.append(Wrap.block(clean(f.outlet()) + " [" + src.cite(List.of(f.article())) + "]: "
                        + clean(f.text()), WIDTH, "  * ", "    "));
            }
        }
        if (!s.disagreements().isEmpty()) {
            section(b, "Where outlets disagree");
            for (Disagreement d : s.disagreements()) {
                b.append(Wrap.block(clean(d.subject()) + " (" + d.kind() + ")", WIDTH, "  * ", "    "));
                for (Disagreement.Variant v : d.variants()) {
                    b.append(Wrap.block("\u201C" + clean(v.value()) + "\u201D [" + src.cite(v.articles()) + "]: "
                            + clean(v.text()), WIDTH, "    - ", "      "));
                }
            }
        }
        if (!s.timeline().isEmpty()) {
            section(b, "Timeline");
            int w = s.timeline().stream().mapToInt(t -> t.date().length()).max().orElse(10);
            for (TimelineEvent t : s.timeline()) {
                String head = "  " + t.date() + " ".repeat(w - t.date().length()) + "  ";
                b.append(Wrap.block(clean(t.text()) + " [" + src.cite(t.articles()) + "]", WIDTH, head,
                        " ".repeat(head.length())));
            }
        }
        if (!s.entities().isEmpty()) {
            section(b, "Who and what");
            List<String> es = new ArrayList<>();
            for (StoryEntity e : s.entities()) {
                es.add(clean(e.name()) + " (" + e.type().name().toLowerCase(java.util.Locale.ROOT) + ", "
                        + e.articles().size() + ")");
            }
            b.append(Wrap.block(String.join("; ", es), WIDTH, "  ", "  "));
        }
        if (!s.copies().isEmpty()) {
            section(b, "Copies");
            for (CopyLink c : s.copies()) {
                b.append("  [").append(src.number(c.article())).append("] copies [").append(src.number(c.original()))
                        .append("]\n");
            }
        }
        section(b, "Sources");
        for (String id : s.articles()) {
            Optional<Article> a = src.article(id);
            String line = "[" + src.number(id) + "] " + clean(src.outlet(id)) + ": "
                    + clean(a.map(Article::title).filter(t -> !t.isBlank()).orElse(id))
                    + a.flatMap(Article::published).map(p -> " (" + p + ")").orElse("")
                    + a.flatMap(Article::url).map(u -> " " + clean(u)).orElse("");
            b.append(Wrap.block(line, WIDTH, "  ", "      "));
        }
    }

    private static void section(StringBuilder b, String title) {
        b.append('\n').append(title).append('\n');
    }

    private static String clean(String s) {
        return TerminalText.clean(s);
    }
}
