package org.warta.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Per-element text statistics computed in one iterative post-order pass over the child lists (no recursion, so a
 * DOM nested 100,000 levels deep is fine): characters of text, characters inside links, commas. Rules that remove elements do it
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
    /** The elements in document order, root first, as counted. */
    private final List<Element> elements;

    ElementStats(Element root) {
        elements = new ArrayList<>(256);
        List<Counts> all = new ArrayList<>(256); // the counts of elements.get(i), put in the map once sized
        // an explicit stack of (element, next child, counts): the tail of an element is when its children are done
        Element[] stack = new Element[64];
        int[] next = new int[64];
        Counts[] open = new Counts[64];
        int inLink = 0;
        int inParagraph = 0;
        int depth = 0;
        Element node = root;
        while (true) {
            if (node != null) { // head of an element
                if (depth == stack.length) {
                    stack = Arrays.copyOf(stack, depth * 2);
                    next = Arrays.copyOf(next, depth * 2);
                    open = Arrays.copyOf(open, depth * 2);
                }
                elements.add(node);
                stack[depth] = node;
                next[depth] = 0;
                open[depth] = new Counts();
                all.add(open[depth]);
                depth++;
                if (node.nameIs("a")) {
                    inLink++;
                } else if (node.nameIs("p")) {
                    inParagraph++;
                }
                node = null;
            }
            Element top = stack[depth - 1];
            int i = next[depth - 1];
            if (i < top.childNodeSize()) {
                next[depth - 1] = i + 1;
                Node child = top.childNode(i);
                if (child instanceof Element e) {
                    node = e;
                } else if (child instanceof TextNode t) {
                    String s = t.getWholeText();
                    int n = 0;
                    int commas = 0;
                    for (int k = 0; k < s.length(); k++) {
                        char c = s.charAt(k);
                        if (!isSpace(c)) {
                            n++;
                            if (c == ',' || c == '，' || c == '、') {
                                commas++;
                            }
                        }
                    }
                    Counts in = open[depth - 1];
                    in.chars += n;
                    in.commas += commas;
                    if (inLink > 0) {
                        in.linkChars += n;
                    } else if (inParagraph > 0) {
                        in.paragraphChars += n;
                    }
                }
                continue;
            }
            // tail of top
            Counts c = open[depth - 1];
            if (top.nameIs("a")) {
                inLink--;
            } else if (top.nameIs("p")) {
                inParagraph--;
            }
            stack[depth - 1] = null;
            open[depth - 1] = null;
            depth--;
            if (depth == 0) {
                break;
            }
            Counts parent = open[depth - 1];
            parent.chars += c.chars;
            parent.linkChars += c.linkChars;
            parent.commas += c.commas;
            parent.paragraphChars += c.paragraphChars;
        }
        counts = new IdentityHashMap<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            counts.put(elements.get(i), all.get(i));
        }
    }

    /** The elements under the root (itself first) in document order, as they were when counted. */
    List<Element> elements() {
        return elements;
    }

    /**
     * Not a character of text: {@link Character#isWhitespace(char)} or a no-break space. The ASCII range is answered
     * by comparisons, and so is the rest below U+1680, where Java's only white space is none (U+00A0 is a space here
     * but not to {@code isWhitespace}).
     */
    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        if (c < '\u1680') {
            return c == '\u00A0';
        }
        return Character.isWhitespace(c);
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
