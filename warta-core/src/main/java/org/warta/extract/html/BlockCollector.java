package org.warta.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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
        Walk w = new Walk(content, out);
        if (w.head(root)) {
            // an explicit stack of (element, next child); an element's tail comes when its children are done
            Element[] stack = new Element[64];
            int[] next = new int[64];
            stack[0] = root;
            int depth = 1;
            while (depth > 0) {
                Element top = stack[depth - 1];
                int i = next[depth - 1];
                if (i >= top.childNodeSize()) {
                    w.tail(top);
                    stack[--depth] = null;
                    continue;
                }
                next[depth - 1] = i + 1;
                Node child = top.childNode(i);
                if (child instanceof TextNode t) {
                    w.text(t);
                } else if (child instanceof Element e && w.head(e)) {
                    if (depth == stack.length) {
                        stack = Arrays.copyOf(stack, depth * 2);
                        next = Arrays.copyOf(next, depth * 2);
                    }
                    stack[depth] = e;
                    next[depth] = 0;
                    depth++;
                }
            }
        }
        w.flush();
    }

    /** The state of one walk: the block being filled and the enclosing block tags, links and content. */
    private static final class Walk {
        private final Set<Element> content;
        private final List<Block> out;
        private final StringBuilder text = new StringBuilder();
        private final Deque<String> blockTags = new ArrayDeque<>();
        private int chars;
        private int linkChars;
        private int inLink;
        private int inContent;

        Walk(Set<Element> content, List<Block> out) {
            this.content = content;
            this.out = out;
        }

        void flush() {
            if (chars > 0) {
                String t = TextLines.clean(text.toString());
                if (!t.isEmpty()) {
                    out.add(new Block(t, blockTags.isEmpty() ? "div" : blockTags.peek(), chars, linkChars,
                            inContent > 0));
                }
            }
            text.setLength(0);
            chars = 0;
            linkChars = 0;
        }

        void text(TextNode t) {
            String s = t.getWholeText();
            text.append(s);
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (!ElementStats.isSpace(s.charAt(i))) {
                    n++;
                }
            }
            chars += n;
            if (inLink > 0) {
                linkChars += n;
            }
        }

        /** The head of an element; false when its subtree is skipped entirely (then it has no tail either). */
        boolean head(Element e) {
            if (!content.isEmpty() && content.contains(e)) {
                flush();
                inContent++;
            }
            if (!isInline(e)) {
                flush();
                blockTags.push(e.normalName());
            } else if (e.nameIs("a")) {
                inLink++;
            } else if (e.nameIs("img") || e.nameIs("script") || e.nameIs("style")) {
                return false;
            }
            return true;
        }

        void tail(Element e) {
            if (!content.isEmpty() && content.contains(e)) {
                flush();
                inContent--;
            }
            if (!isInline(e)) {
                flush();
                if (!blockTags.isEmpty()) {
                    blockTags.pop();
                }
            } else if (e.nameIs("a")) {
                inLink--;
            }
        }
    }
}
