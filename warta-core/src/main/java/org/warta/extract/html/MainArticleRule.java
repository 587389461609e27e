package org.warta.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Keeps one article on a page that holds several: several {@code <article>} elements (or elements with an
 * {@code itemtype} of Article, NewsArticle or BlogPosting), such as a story followed by teaser cards or a list of
 * teasers. The main one is the candidate whose first heading matches the page's headline (JSON-LD headline,
 * og:title, title, or the page's first {@code <h1>}) by word overlap (Dice coefficient of at least
 * {@code minTitleDice}); among several matches the longest wins; when none matches, the longest wins if it is
 * {@code dominance} times longer than the next, else nothing is removed (a live blog's updates, equal cards). The other candidates are
 * removed, so their text is never concatenated into the article's. Only outermost candidates count: an article
 * nested in another is part of it.
 */
final class MainArticleRule {
    /** Default least Dice word overlap between a candidate's heading and the page's headline. */
    static final double DEFAULT_MIN_TITLE_DICE = 0.7;

    /** Default factor by which the longest candidate must exceed the next when no heading matches the headline. */
    static final double DEFAULT_DOMINANCE = 2.0;

    /** Default size below which the chosen article is taken for a header and longer candidates are kept. */
    static final int DEFAULT_MIN_ARTICLE_CHARS = 300;

    /** The candidates' selector, parsed once (its attribute regex compiled once). */
    private static final Evaluator CANDIDATES = QueryParser.parse(
            "article, [itemtype~=(?i)schema\\.org/(News|Report|Blog|Opinion|Analysis)?(Article|Posting)$]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator HEADING = QueryParser.parse("h1, h2, h3, h4");

    private final double minTitleDice;
    private final int minArticleChars;
    private final double dominance;

    /**
     * @param minTitleDice least word overlap for a heading to match the headline (default 0.7), in (0, 1]
     * @param dominance    when no heading matches, the longest candidate is chosen only if it is at least this many
     *                     times longer than the next (default 2.0; 1.0 = always the longest); else all are kept
     * @param minArticleChars a headline-matching candidate with fewer characters is a header: candidates longer
     *                     than it are kept (default {@value #DEFAULT_MIN_ARTICLE_CHARS})
     */
    MainArticleRule(double minTitleDice, double dominance, int minArticleChars) {
        this.minArticleChars = minArticleChars;
        if (!(dominance >= 1)) {
            throw new IllegalArgumentException("dominance must be at least 1: " + dominance);
        }
        this.dominance = dominance;
        if (!(minTitleDice > 0 && minTitleDice <= 1)) {
            throw new IllegalArgumentException("minTitleDice must be in (0, 1]: " + minTitleDice);
        }
        this.minTitleDice = minTitleDice;
    }

    /**
     * Removes every candidate but the main one (through {@code stats}, which stay exact); returns whether anything
     * was removed.
     */
    boolean apply(Element body, ElementStats stats, String title) {
        List<Element> candidates = outermost(body.select(CANDIDATES));
        if (candidates.size() < 2) {
            return false;
        }
        List<Set<String>> titles = new ArrayList<>(2);
        if (!title.isBlank()) {
            titles.add(words(title));
        }
        Element h1 = body.selectFirst(H1);
        if (h1 != null) {
            titles.add(words(h1.text()));
        }
        Element best = null;
        boolean bestMatches = false;
        int bestChars = -1;
        int longest = 0;
        int second = 0;
        for (Element c : candidates) {
            Element heading = c.selectFirst(HEADING);
            boolean matches = false;
            if (heading != null) {
                Set<String> h = words(heading.text());
                for (Set<String> t : titles) {
                    matches |= dice(h, t) >= minTitleDice;
                }
            }
            ElementStats.Counts counts = stats.of(c);
            int chars = counts == null ? 0 : counts.chars;
            if (chars > longest) {
                second = longest;
                longest = chars;
            } else if (chars > second) {
                second = chars;
            }
            if (best == null || matches && !bestMatches || matches == bestMatches && chars > bestChars) {
                best = c;
                bestMatches = matches;
                bestChars = chars;
            }
        }
        if (!bestMatches && longest < dominance * second) {
            // no headline match and no clearly longest article (a live blog's updates, a list of equals): keep all
            return false;
        }
        boolean removed = false;
        for (Element c : candidates) {
            ElementStats.Counts counts = stats.of(c);
            // the headline's article may be only a header (headline, date) with the text in another <article>
            boolean headerOnly = bestChars < minArticleChars && counts != null && counts.chars > bestChars;
            if (c != best && !headerOnly) {
                stats.remove(c);
                removed = true;
            }
        }
        return removed;
    }

    private static List<Element> outermost(List<Element> found) {
        Set<Element> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        all.addAll(found);
        List<Element> out = new ArrayList<>();
        for (Element e : found) {
            boolean nested = false;
            for (Element p = e.parent(); p != null; p = p.parent()) {
                if (all.contains(p)) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                out.add(e);
            }
        }
        return out;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= s.length(); ) {
            int cp = i < s.length() ? s.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(Character.toLowerCase(cp));
            } else if (!w.isEmpty()) {
                out.add(w.toString());
                w.setLength(0);
            }
            i += i < s.length() ? Character.charCount(cp) : 1;
        }
        return out;
    }

    /** Dice coefficient 2|A∩B| / (|A| + |B|) of two word sets. */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
