package org.warta.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes pagination controls ("Halaman 2 dari 3", "Page 2 of 3", "Selanjutnya »", "1 2 3 Next", links with
 * {@code rel="next"}) so they never reach the article text. A pager is found from its links: starting at a link
 * whose text is a page token string (numbers, page words, arrows) or whose {@code rel} is next/prev, the rule
 * climbs to the outermost ancestor of at most {@code maxPagerChars} characters whose whole text is still made of
 * page tokens, and removes it. Text-only pagers are caught block by block with {@link #isPagerText(String)}. A
 * page that declares a next page ({@code <link rel="next">}) lowers the bar to a single page number. Page words
 * come from the language packs' {@code boilerplate.txt} ({@code pageword}).
 */
final class PaginationRule {
    /** Default upper bound of a pager's visible characters (a longer block is never a pager). */
    static final int DEFAULT_MAX_PAGER_CHARS = 160;

    /** Page words too common in prose to make a block a pager on their own. */
    private static final Set<String> WEAK = Set.of("of", "dari", "all", "semua", "view", "posts", "single",
            "pages", "tampilkan", "first", "last", "pertama", "terakhir", "kembali", "lanjut");

    /** {@code <link rel=next|prev>}, parsed once (its attribute regex compiled once). */
    private static final Evaluator NEXT_LINK = QueryParser.parse("link[rel~=(?i)^(next|prev)$]");

    private final Set<String> pageWords;
    private final int maxPagerChars;

    /**
     * @param pageWords     lower-case words of pagination controls
     * @param maxPagerChars longest pager, in non-space characters (default {@value #DEFAULT_MAX_PAGER_CHARS})
     */
    PaginationRule(Set<String> pageWords, int maxPagerChars) {
        if (maxPagerChars < 1) {
            throw new IllegalArgumentException("maxPagerChars must be positive: " + maxPagerChars);
        }
        this.pageWords = Set.copyOf(pageWords);
        this.maxPagerChars = maxPagerChars;
    }

    /**
     * Removes the pagers under {@code body} (through {@code stats}, which stay exact); returns whether anything was
     * removed.
     */
    boolean apply(Document doc, Element body, ElementStats stats) {
        int declaresNext = -1; // whether the page has <link rel=next>: looked up once, when first needed
        List<Element> remove = new ArrayList<>();
        for (Element a : DocumentOrder.byTag(body, "a")) {
            String rel = a.attr("rel").toLowerCase(Locale.ROOT);
            boolean relNav = rel.contains("next") || rel.contains("prev");
            Tokens own = tokens(a.text());
            if (!relNav && !own.allPage()) {
                continue;
            }
            Element pager = null;
            for (Element e = a; e != null && e != body; e = e.parent()) {
                ElementStats.Counts c = stats.of(e);
                if (c == null || c.chars > maxPagerChars) {
                    break;
                }
                Tokens t = tokens(e.text());
                if (!t.allPage()) {
                    break;
                }
                if (declaresNext < 0 && t.strongWords == 0 && !relNav) {
                    declaresNext = doc.selectFirst(NEXT_LINK) != null ? 1 : 0;
                }
                boolean enough = t.strongWords > 0 || t.numbers >= (declaresNext == 1 || relNav ? 1 : 2)
                        || relNav && t.words + t.numbers == 0;
                if (enough) {
                    pager = e;
                }
            }
            if (pager != null) {
                remove.add(pager);
            }
        }
        for (Element e : remove) {
            if (e.parent() != null) {
                stats.remove(e);
            }
        }
        return !remove.isEmpty();
    }

    /**
     * Whether a text block is a pager: only page words, numbers and arrows, with a page word that is not a weak
     * one ("Halaman 2 dari 3", "Page 2 of 3", "Selanjutnya »", "« Previous | Next »").
     */
    boolean isPagerText(String text) {
        if (text.length() > maxPagerChars) {
            return false;
        }
        Tokens t = tokens(text);
        return t.allPage() && t.strongWords > 0;
    }

    private record Tokens(int numbers, int words, int strongWords, int others) {
        boolean allPage() {
            return others == 0 && numbers + words > 0;
        }
    }

    private Tokens tokens(String text) {
        int numbers = 0;
        int words = 0;
        int strong = 0;
        int others = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            String w = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (isNumber(w)) {
                numbers++;
            } else if (pageWords.contains(w)) {
                words++;
                if (!WEAK.contains(w)) {
                    strong++;
                }
            } else {
                others++;
                if (others > 0) {
                    break;
                }
            }
        }
        return new Tokens(numbers, words, strong, others);
    }

    private static boolean isNumber(String w) {
        if (w.length() > 4) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
