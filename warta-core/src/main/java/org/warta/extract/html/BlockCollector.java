package org.warta.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.warta.extract.text.TextLines;

/**
 * Turns element subtrees into text blocks split at block-level boundaries (paragraphs, list items, headings, table
 * cells, line breaks), remembering how much of each block is link text. Iterative, like every traversal here.
 */
final class BlockCollector {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead",
            "tfoot", "tr", "td", "th", "br", "hr", "figure", "figcaption", "header", "address", "center", "form",
            "fieldset", "details", "summary", "caption", "body", "html", "aside", "nav", "footer", "legend",
            "option", "noscript", "frameset", "frame", "iframe", "hgroup", "menu", "dialog", "search");

    private BlockCollector() {
    }

    static boolean isInline(Element e) {
        return !BLOCK_TAGS.contains(e.normalName());
    }

    /** The blocks under {@code root}, in order, each marked whether it lies inside one of {@code content}. */
    static List<Block> collect(Element root, List<Element> content) {
        List<Block> out = new ArrayList<>();
        Set<Element> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        set.addAll(content);
        collect(root, set, out);
        return out;
    }

    private static void collect(Element root, Set<Element> content, List<Block> out) {
        StringBuilder text = new StringBuilder();
        int[] counts = new int[2];
        Deque<String> blockTags = new ArrayDeque<>();
        int[] inLink = {0};
        int[] inContent = {0};
        Runnable flush = () -> {
            if (counts[0] > 0) {
                String t = TextLines.clean(text.toString());
                if (!t.isEmpty()) {
                    out.add(new Block(t, blockTags.isEmpty() ? "div" : blockTags.peek(), counts[0], counts[1],
                            inContent[0] > 0));
                }
            }
            text.setLength(0);
            counts[0] = 0;
            counts[1] = 0;
        };
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    text.append(s);
                    int n = 0;
                    for (int i = 0; i < s.length(); i++) {
                        if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
                            n++;
                        }
                    }
                    counts[0] += n;
                    if (inLink[0] > 0) {
                        counts[1] += n;
                    }
                } else if (node instanceof Element e) {
                    if (content.contains(e)) {
                        flush.run();
                        inContent[0]++;
                    }
                    if (!isInline(e)) {
                        flush.run();
                        blockTags.push(e.normalName());
                    } else if (e.nameIs("a")) {
                        inLink[0]++;
                    } else if (e.nameIs("img") || e.nameIs("script") || e.nameIs("style")) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (content.contains(e)) {
                        flush.run();
                        inContent[0]--;
                    }
                    if (!isInline(e)) {
                        flush.run();
                        if (!blockTags.isEmpty()) {
                            blockTags.pop();
                        }
                    } else if (e.nameIs("a")) {
                        inLink[0]--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush.run();
    }
}
