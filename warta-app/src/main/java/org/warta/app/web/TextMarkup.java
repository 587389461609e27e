package org.warta.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.Mention;
import org.warta.model.Quote;

/**
 * An article's clean text as HTML paragraphs with its entity mentions linked to their entity pages and its quotes
 * marked with the speaker. Spans may nest or overlap: the text is cut at every span boundary and each piece is
 * wrapped in the tags of the spans covering it (quotes outside, entities inside), so the markup is always well
 * formed. Every piece of text is escaped.
 */
public final class TextMarkup {

    private TextMarkup() {
    }

    private record Span(int start, int end, int order, String open, String close) {
    }

    public static String paragraphs(Article a) {
        String text = a.text();
        List<Span> spans = new ArrayList<>();
        for (Quote q : a.quotes()) {
            if (valid(q.start(), q.end(), text)) {
                String title = q.speaker().map(s -> " title=\"" + Html.attr(s) + "\"").orElse("");
                spans.add(new Span(q.start(), q.end(), 0, "<q class=\"quote\"" + title + ">", "</q>"));
            }
        }
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) {
                if (valid(m.start(), m.end(), text)) {
                    spans.add(new Span(m.start(), m.end(), 1, "<a class=\"ent ent-" + e.type().name().toLowerCase()
                            + "\" href=\"/entities/" + Html.attr(Html.segment(e.name())) + "\" title=\""
                            + Html.attr(e.name() + " · " + e.type().name()) + "\">", "</a>"));
                }
            }
        }
        StringBuilder sb = new StringBuilder(text.length() * 2);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(start, end).isBlank()) {
                sb.append("<p>");
                paint(sb, text, start, end, spans);
                sb.append("</p>\n");
            }
            start = end + 2;
        }
        return sb.toString();
    }

    private static boolean valid(int s, int e, String text) {
        return s >= 0 && e > s && e <= text.length();
    }

    private static void paint(StringBuilder sb, String text, int from, int to, List<Span> spans) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(from);
        cuts.add(to);
        List<Span> here = new ArrayList<>();
        for (Span s : spans) {
            if (s.end() > from && s.start() < to) {
                here.add(s);
                cuts.add(Math.max(from, s.start()));
                cuts.add(Math.min(to, s.end()));
            }
        }
        here.sort(Comparator.comparingInt(Span::order).thenComparingInt(Span::start));
        Integer a = cuts.first();
        for (Integer b : cuts.tailSet(a, false)) {
            List<Span> active = new ArrayList<>();
            for (Span s : here) {
                if (s.start() <= a && s.end() >= b) {
                    active.add(s);
                }
            }
            // at most one link: nested anchors are invalid HTML
            boolean link = false;
            List<Span> open = new ArrayList<>();
            for (Span s : active) {
                if (s.order() == 1) {
                    if (link) {
                        continue;
                    }
                    link = true;
                }
                open.add(s);
                sb.append(s.open());
            }
            Html.escapeInto(sb, text, a, b);
            for (int i = open.size() - 1; i >= 0; i--) {
                sb.append(open.get(i).close());
            }
            a = b;
        }
    }
}
