package org.warta.extract.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Per-element text statistics computed in one iterative post-order pass (no recursion, so a DOM nested 100,000
 * levels deep is fine): characters of text, characters inside links, commas. Rules that remove elements do it
 * through {@link #remove(Element)}, which subtracts the element's counts from its ancestors, so the statistics stay
 * exact without another pass over the page.
 */
final class ElementStats {

    /** Counters of one element's subtree. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;
        /** Characters inside paragraphs ({@code <p>}) and not inside links: the surest sign of article text. */
        int paragraphChars;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private final Map<Element, Counts> counts;

    ElementStats(Element root) {
        counts = new IdentityHashMap<>(1024);
        Deque<Counts> stack = new ArrayDeque<>();
        int[] inLink = {0};
        int[] inParagraph = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    stack.push(new Counts());
                    if (e.nameIs("a")) {
                        inLink[0]++;
                    } else if (e.nameIs("p")) {
                        inParagraph[0]++;
                    }
                } else if (node instanceof TextNode t && !stack.isEmpty()) {
                    String s = t.getWholeText();
                    int n = 0;
                    int commas = 0;
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (!isSpace(c)) {
                            n++;
                            if (c == ',' || c == '，' || c == '、') {
                                commas++;
                            }
                        }
                    }
                    Counts top = stack.peek();
                    top.chars += n;
                    top.commas += commas;
                    if (inLink[0] > 0) {
                        top.linkChars += n;
                    } else if (inParagraph[0] > 0) {
                        top.paragraphChars += n;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    Counts c = stack.pop();
                    counts.put(e, c);
                    if (e.nameIs("a")) {
                        inLink[0]--;
                    } else if (e.nameIs("p")) {
                        inParagraph[0]--;
                    }
                    if (!stack.isEmpty()) {
                        Counts parent = stack.peek();
                        parent.chars += c.chars;
                        parent.linkChars += c.linkChars;
                        parent.commas += c.commas;
                        parent.paragraphChars += c.paragraphChars;
                    }
                }
            }
        }, root);
    }

    /**
     * Not a character of text: {@link Character#isWhitespace(char)} or a no-break space, with the ASCII range
     * answered from a table.
     */
    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        return c == '\u00A0' || Character.isWhitespace(c);
    }

    /**
     * Removes {@code e} from the tree and its counts from those of its ancestors: afterwards every count is what a
     * new pass over the tree would give. An element already detached (inside a removed one) is only detached.
     */
    void remove(Element e) {
        Counts c = counts.get(e);
        if (c != null && (c.chars | c.linkChars | c.commas | c.paragraphChars) != 0) {
            for (Element p = e.parent(); p != null; p = p.parent()) {
                Counts a = counts.get(p);
                if (a == null) {
                    break;
                }
                a.chars -= c.chars;
                a.linkChars -= c.linkChars;
                a.commas -= c.commas;
                a.paragraphChars -= c.paragraphChars;
            }
        }
        e.remove();
    }

    Counts of(Element e) {
        Counts c = counts.get(e);
        return c == null ? new Counts() : c;
    }
}
