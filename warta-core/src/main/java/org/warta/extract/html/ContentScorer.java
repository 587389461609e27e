package org.warta.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.warta.extract.ExtractionSettings;

/**
 * Chooses the element(s) holding the main text.
 * <ol>
 *   <li>Markup hints first, as trafilatura's {@code BODY_XPATH} does: {@code itemprop=articleBody} or a class such as
 *       {@code entry-content}, {@code article-body}; the hinted element with the most text wins if it holds enough
 *       of the page's paragraph text.</li>
 *   <li>Otherwise Readability's scoring (Mozilla Readability.js, after Arc90): every paragraph-like element of at
 *       least 25 characters scores {@code 1 + commas + min(chars/100, 3)}, added in full to its parent, half to its
 *       grandparent and {@code 1/(3·level)} further up; candidates start from a tag weight and a class weight and
 *       their total is scaled by {@code 1 - link density}. The best candidate is taken with its siblings that score
 *       at least {@link ExtractionSettings#siblingScoreShare()} of it or are clean paragraphs (Readability's sibling
 *       rule). Text density ideas follow Kohlschütter et al., "Boilerplate Detection using Shallow Text Features"
 *       (WSDM 2010).</li>
 * </ol>
 */
final class ContentScorer {
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "dd", "li", "h2", "h3",
            "h4", "article", "section", "div", "font", "span");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** How many ancestor levels receive a paragraph's score. */
    private static final int ANCESTOR_LEVELS = 5;

    private final ExtractionSettings settings;

    ContentScorer(ExtractionSettings settings) {
        this.settings = settings;
    }

    /** The content roots, in document order; empty when the page has no text. */
    List<Element> choose(Element body, ElementStats stats, ElementRules.Memo memo) {
        int pageChars = stats.of(body).chars;
        Element hinted = null;
        int hintedChars = 0;
        List<Element> all = DocumentOrder.elements(body);
        for (Element e : all) {
            if (memo.isBodyHint(e)) {
                ElementStats.Counts c = stats.of(e);
                int clean = c.chars - c.linkChars;
                if (clean > hintedChars && c.linkDensity() < 0.5) {
                    hinted = e;
                    hintedChars = clean;
                }
            }
        }
        Map<Element, double[]> scores = score(all, stats, memo);
        Element top = null;
        double best = 0;
        // in document order, so that of equal scores the first wins whatever the map's (identity hash) order
        for (Element e : all) {
            double[] v = scores.get(e);
            if (v == null) {
                continue;
            }
            double s = v[0] * (1 - stats.of(e).linkDensity());
            v[0] = s;
            if (s > best) {
                best = s;
                top = e;
            }
        }
        if (hinted != null && hintedChars >= settings.minCandidateChars()) {
            if (top == null || contains(hinted, top) || hintedChars >= 0.5 * clean(stats, top)) {
                return List.of(hinted);
            }
        }
        if (top == null) {
            return pageChars > 0 ? List.of(body) : List.of();
        }
        // A lone child carries no information of its own: climb while the parent adds nothing but wrapping.
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, best * settings.siblingScoreShare());
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double[] s = scores.get(sib);
            double bonus = sameClass(sib, top) ? best * 0.2 : 0;
            if (s != null && s[0] + bonus >= threshold) {
                out.add(sib);
                continue;
            }
            if (sib.nameIs("p") || sib.nameIs("blockquote") || sib.nameIs("ul") || sib.nameIs("ol")
                    || sib.nameIs("h2") || sib.nameIs("h3") || sib.nameIs("pre") || sib.nameIs("table")) {
                ElementStats.Counts c = stats.of(sib);
                if (c.chars > 80 && c.linkDensity() < 0.25) {
                    out.add(sib);
                } else if (c.chars > 0 && c.linkDensity() == 0 && c.chars < 2000
                        && org.warta.extract.text.TextLines.endsSentence(sib.text())) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    private static int clean(ElementStats stats, Element e) {
        ElementStats.Counts c = stats.of(e);
        return c.chars - c.linkChars;
    }

    private static boolean contains(Element outer, Element inner) {
        for (Element p = inner; p != null; p = p.parent()) {
            if (p == outer) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameClass(Element a, Element b) {
        String ca = a.attr("class");
        return !ca.isEmpty() && ca.equals(b.attr("class"));
    }

    private Map<Element, double[]> score(List<Element> all, ElementStats stats, ElementRules.Memo memo) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (Element e : all) {
            String tag = e.normalName();
            if (!PARAGRAPH_TAGS.contains(tag)) {
                continue;
            }
            ElementStats.Counts c = stats.of(e);
            if (c.chars < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            int chars;
            int commas;
            if (tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("span")
                    || tag.equals("font") || tag.equals("li") || tag.equals("td") || tag.equals("dd")) {
                // containers count as paragraphs only through their own text (text not inside child blocks)
                int[] own = ownText(e, stats);
                chars = own[0];
                commas = own[1];
                if (chars < MIN_PARAGRAPH_CHARS) {
                    continue;
                }
            } else {
                chars = c.chars - c.linkChars;
                commas = c.commas;
                if (chars < MIN_PARAGRAPH_CHARS) {
                    continue;
                }
            }
            double contentScore = 1 + commas + Math.min(chars / 100, 3);
            Element anc = e.parent();
            for (int level = 0; anc != null && level < ANCESTOR_LEVELS; level++, anc = anc.parent()) {
                if (anc.nameIs("html")) {
                    break;
                }
                double[] s = scores.get(anc);
                if (s == null) {
                    s = new double[]{initial(anc, memo)};
                    scores.put(anc, s);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                s[0] += contentScore / divider;
            }
        }
        return scores;
    }

    /** Characters and commas of text nodes directly inside e or inside inline children (not in block children). */
    private static int[] ownText(Element e, ElementStats stats) {
        int chars = 0;
        int commas = 0;
        for (Node n : e.childNodes()) {
            String s;
            if (n instanceof TextNode t) {
                s = t.getWholeText();
            } else if (n instanceof Element c && BlockCollector.isInline(c) && !c.nameIs("a")) {
                ElementStats.Counts cc = stats.of(c);
                chars += cc.chars - cc.linkChars;
                commas += cc.commas;
                continue;
            } else {
                continue;
            }
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (!Character.isWhitespace(ch)) {
                    chars++;
                    if (ch == ',') {
                        commas++;
                    }
                }
            }
        }
        return new int[]{chars, commas};
    }

    private static double initial(Element e, ElementRules.Memo memo) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.nameIs("article") || e.nameIs("main")) {
            s += 10;
        }
        return s + memo.classWeight(e);
    }
}
