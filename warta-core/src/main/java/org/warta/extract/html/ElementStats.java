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
 * levels deep is fine): characters of text, characters inside links, commas.
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

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    ElementStats(Element root) {
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
                        if (!Character.isWhitespace(c) && c != '\u00A0') {
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

    Counts of(Element e) {
        Counts c = counts.get(e);
        return c == null ? new Counts() : c;
    }
}
