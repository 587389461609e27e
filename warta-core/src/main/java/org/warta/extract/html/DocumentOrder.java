package org.warta.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The elements of a subtree in document order (pre-order, the root first), as {@link Element#getAllElements()}
 * lists them, collected by one iterative walk over the child lists: no selector evaluation, no node iterator, no
 * recursion (a DOM nested 100,000 levels deep is fine).
 */
final class DocumentOrder {
    private DocumentOrder() {
    }

    /** {@code root} and every element under it, in document order. */
    static List<Element> elements(Element root) {
        List<Element> out = new ArrayList<>(256);
        out.add(root);
        Element[] stack = new Element[64];
        int[] next = new int[64];
        stack[0] = root;
        int depth = 1;
        while (depth > 0) {
            Element top = stack[depth - 1];
            int i = next[depth - 1];
            if (i >= top.childNodeSize()) {
                stack[--depth] = null;
                continue;
            }
            next[depth - 1] = i + 1;
            Node child = top.childNode(i);
            if (child instanceof Element e) {
                out.add(e);
                if (e.childNodeSize() > 0) {
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
        return out;
    }

    /** The elements under {@code root} (itself included) with the given normal (lower-case) tag name. */
    static List<Element> byTag(Element root, String normalName) {
        List<Element> out = new ArrayList<>();
        for (Element e : elements(root)) {
            if (e.nameIs(normalName)) {
                out.add(e);
            }
        }
        return out;
    }
}
