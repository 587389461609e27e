package org.warta.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What class names, ids and tags say about an element, after Readability's positive/negative patterns (Mozilla
 * Readability.js, Arc90) and trafilatura's discard XPaths ({@code trafilatura/xpaths.py}): comments, share bars,
 * related and trending lists, navigation, footers, ads, cookie notices.
 */
final class ElementRules {
    /** Tags that never hold article text. */
    static final Set<String> DROP_TAGS = Set.of("script", "style", "template", "svg", "math", "canvas",
            "iframe", "object", "embed", "applet", "audio", "video", "map", "select", "textarea", "input", "button",
            "nav", "aside", "footer", "menu", "dialog", "head", "link", "meta", "area", "source", "track", "picture",
            "img");

    /** Class/id words of boilerplate containers (matched on whole tokens, or as a prefix where marked). */
    static final Set<String> BOILERPLATE = words(
            "comment comments commentlist commentlist disqus respond reply replies share shares sharing"
            + "sharedaddy sharethis addtoany addthis social socials socialmedia socialshare followus related"
            + "relatedposts relatedposts relatedarticles yarpp recommend recommended recommendation readmore"
            + "readmore morestories alsoread bacajuga bacajuga terkait populer terpopuler trending popular"
            + "mostread mostread mostpopular breadcrumb breadcrumbs cookie cookies consent gdpr newsletter"
            + "subscribe subscription signup signup paywall login advert advertisement advertising ads"
            + "adsbygoogle adslot adcontainer adwrapper ad dfp sponsor sponsored promo promoted outbrain"
            + "taboola mgid widget widgets sidebar sidebar nav navbar navigation menu footer sitefooter"
            + "masthead topbar toolbar tags taglist tagcloud tagcloud posttags categories pagination pager"
            + "authorbio authorbox aboutauthor authorinfo authordescription authordetails authorprofile"
            + "authorbox autor autorbox autoren abouttheauthor modal popup overlay skiplink screenreadertext"
            + "sronly visuallyhidden printonly rating ratings newsticker ticker jprelatedposts"
            + "wpblocklatestposts entrymeta postmeta metainfo byline dateline postnavigation navlinks"
            + "prevnext nextprev");
    /** Class/id words of reader comments: removed even when they hold much paragraph text. */
    static final Set<String> COMMENTS = words(
            "comment comments commentlist commentlist disqus respond replies kommentare komentar");
    /** Class/id words of likely article text. */
    private static final List<String> POSITIVE = List.of(
            "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story", "detail", "isi", "berita", "artikel");
    /** Class/id words of likely non-article blocks (weaker than {@link #BOILERPLATE}: used only for scoring). */
    private static final List<String> NEGATIVE = List.of(
            "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "teaser", "card", "thumb", "nav", "menu", "list");
    /** Class/id names that mark the article body itself. */
    static final Set<String> BODY_HINT = words(
            "articlebody articlebody articlecontent articletext articletext storybody storycontent storytext"
            + "postbody postcontent postcontent posttext entrycontent entrybody entrytext entrytext"
            + "contentbody bodytext bodytext textbody maintext newscontent newsbody newstext detailtext"
            + "detailbodytext detailbody readcontent itpbodycontent tdpostcontent fieldnamebody fieldnamebody"
            + "singlecontent pagecontent blogcontent blogpost richtext richtext articlebody articlecontent"
            + "carticlebody mwparseroutput sectioncontent txtarticle isiberita artikel");

    private ElementRules() {
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String list) {
        return Set.copyOf(java.util.Arrays.asList(list.strip().split("\\s+")));
    }

    /**
     * Whether a lower-cased class/id string names one of the words: each class name is cut at '-' and '_', and a
     * word may span up to four consecutive parts written together ("related-posts" and "relatedposts" both give
     * "relatedposts"). Linear in the string, no regular expression.
     */
    static boolean hasWord(String ci, Set<String> words) {
        List<String> parts = new ArrayList<>(8);
        int n = ci.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(ci.charAt(i))) {
                i++;
            }
            parts.clear();
            int start = i;
            while (i <= n) {
                char c = i < n ? ci.charAt(i) : ' ';
                if (c == '-' || c == '_' || Character.isWhitespace(c)) {
                    if (i > start) {
                        parts.add(ci.substring(start, i));
                    }
                    start = i + 1;
                    if (Character.isWhitespace(c)) {
                        break;
                    }
                }
                i++;
            }
            for (int a = 0; a < parts.size(); a++) {
                String cat = parts.get(a);
                if (words.contains(cat)) {
                    return true;
                }
                for (int b = a + 1; b < Math.min(parts.size(), a + 4); b++) {
                    cat = cat + parts.get(b);
                    if (words.contains(cat)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static String classAndId(Element e) {
        String c = e.attr("class");
        String id = e.attr("id");
        if (c.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (c + " " + id).toLowerCase(Locale.ROOT);
    }

    /** The class/id word lists as one table: word to the flags of the lists that hold it. */
    private static final java.util.Map<String, Integer> WORD_FLAGS = wordFlags();

    /** The longest word of the lists: a longer name part (or join of parts) is none of them. */
    private static final int MAX_WORD_LENGTH = WORD_FLAGS.keySet().stream().mapToInt(String::length).max().orElse(0);

    private static java.util.Map<String, Integer> wordFlags() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        BOILERPLATE.forEach(w -> m.merge(w, Memo.BOILER, (a, b) -> a | b));
        BODY_HINT.forEach(w -> m.merge(w, Memo.HINT, (a, b) -> a | b));
        COMMENTS.forEach(w -> m.merge(w, Memo.COMMENT, (a, b) -> a | b));
        return java.util.Map.copyOf(m);
    }

    /** The hash codes of the words of {@link #WORD_FLAGS}, sorted: a join of name parts hashing to none is none. */
    private static final int[] WORD_HASHES = WORD_FLAGS.keySet().stream().mapToInt(String::hashCode).sorted()
            .distinct().toArray();

    /**
     * The flags of every word a lower-cased class name or id names, split and joined as {@link #hasWord}: one pass
     * for all the lists ({@code hasWord(ci, list)} for each list gives the same answer).
     */
    static int wordFlags(String ci) {
        return wordFlags(ci, 0, ci.length());
    }

    /**
     * {@link #wordFlags(String)} of {@code ci[from, to)}. A join of parts is looked up only when its hash code (computed
     * as the parts are read, as {@link String#hashCode()} would) is one of a word's: no string is built for the
     * rest.
     */
    static int wordFlags(String ci, int from, int to) {
        int flags = 0;
        int[] starts = new int[8];
        int[] ends = new int[8];
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(ci.charAt(i))) {
                i++;
            }
            int parts = 0;
            int start = i;
            while (i <= to) {
                char c = i < to ? ci.charAt(i) : ' ';
                if (c == '-' || c == '_' || Character.isWhitespace(c)) {
                    if (i > start) {
                        if (parts == starts.length) {
                            starts = java.util.Arrays.copyOf(starts, parts * 2);
                            ends = java.util.Arrays.copyOf(ends, parts * 2);
                        }
                        starts[parts] = start;
                        ends[parts] = i;
                        parts++;
                    }
                    start = i + 1;
                    if (Character.isWhitespace(c)) {
                        break;
                    }
                }
                i++;
            }
            for (int a = 0; a < parts; a++) {
                int h = 0;
                int length = 0;
                for (int b = a; b < Math.min(parts, a + 4); b++) {
                    length += ends[b] - starts[b];
                    if (length > MAX_WORD_LENGTH) {
                        break; // longer than any word, and joining more only makes it longer
                    }
                    for (int k = starts[b]; k < ends[b]; k++) {
                        h = 31 * h + ci.charAt(k);
                    }
                    if (java.util.Arrays.binarySearch(WORD_HASHES, h) >= 0) {
                        StringBuilder cat = new StringBuilder(length);
                        for (int k = a; k <= b; k++) {
                            cat.append(ci, starts[k], ends[k]);
                        }
                        flags |= WORD_FLAGS.getOrDefault(cat.toString(), 0);
                    }
                }
            }
        }
        return flags;
    }

    /**
     * Per-page memo of the class/id verdicts: pages repeat the same class strings hundreds of times, and the
     * patterns are the costliest part of cleaning. The verdict of an element is the union of the verdicts of its
     * {@code class} and {@code id} values (no word spans the space between them), each computed once per page and
     * kept under the attribute's own string, so asking again for the same element costs two attribute look-ups and
     * two hash look-ups, with no string built. Not thread-safe: one per extraction.
     */
    static final class Memo {
        /** Verdicts of raw (not lower-cased) class or id values. */
        private final java.util.Map<String, Integer> verdicts = new java.util.HashMap<>();
        static final int BOILER = 1;
        static final int HINT = 2;
        static final int COMMENT = 16;
        private static final int CAPTION = 32;
        private static final int POSITIVE_WORD = 64;
        private static final int NEGATIVE_WORD = 128;
        /** Set once {@link #POSITIVE_WORD} and {@link #NEGATIVE_WORD} are known (only scoring asks for them). */
        private static final int WEIGHED = 256;

        /** The verdict of one raw class or id value (non-empty). */
        private int verdict(String raw) {
            Integer v = verdicts.get(raw);
            if (v == null) {
                String ci = raw.toLowerCase(Locale.ROOT);
                int f = 0;
                int n = ci.length();
                int i = 0;
                while (i < n) {
                    while (i < n && Character.isWhitespace(ci.charAt(i))) {
                        i++;
                    }
                    int start = i;
                    while (i < n && !Character.isWhitespace(ci.charAt(i))) {
                        i++;
                    }
                    if (i > start) {
                        f |= wordFlags(ci, start, i);
                    }
                }
                if (ci.contains("caption") || ci.contains("keterangan") || ci.contains("credit")) {
                    f |= CAPTION;
                }
                v = f;
                verdicts.put(raw, v);
            }
            return v;
        }

        /** The verdict of an element's class and id (0 when it has neither). */
        private int verdict(Element e) {
            if (e.attributesSize() == 0) {
                return 0;
            }
            // the HTML parser writes attribute names in lower case: an exact look-up finds what attr() finds
            org.jsoup.nodes.Attributes attributes = e.attributes();
            String c = attributes.get("class");
            String id = attributes.get("id");
            return (c.isEmpty() ? 0 : verdict(c)) | (id.isEmpty() ? 0 : verdict(id));
        }

        /** The verdict of one raw class or id value (non-empty), with its scoring words. */
        private int weighed(String raw) {
            int v = verdict(raw);
            if ((v & WEIGHED) == 0) {
                String ci = raw.toLowerCase(Locale.ROOT);
                v |= WEIGHED | (containsAny(ci, POSITIVE) ? POSITIVE_WORD : 0)
                        | (containsAny(ci, NEGATIVE) ? NEGATIVE_WORD : 0);
                verdicts.put(raw, v);
            }
            return v;
        }

        boolean isBoilerplate(Element e) {
            return (verdict(e) & BOILER) != 0;
        }

        boolean isCaption(Element e) {
            return (verdict(e) & CAPTION) != 0;
        }

        boolean isComments(Element e) {
            return (verdict(e) & COMMENT) != 0;
        }

        boolean isBodyHint(Element e) {
            if (e.attributesSize() == 0) {
                return false;
            }
            if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                return true;
            }
            return (verdict(e) & HINT) != 0;
        }

        int classWeight(Element e) {
            if (e.attributesSize() == 0) {
                return 0;
            }
            String c = e.attr("class");
            String id = e.attr("id");
            int v = (c.isEmpty() ? 0 : weighed(c)) | (id.isEmpty() ? 0 : weighed(id));
            return ((v & NEGATIVE_WORD) != 0 ? -25 : 0) + ((v & POSITIVE_WORD) != 0 ? 25 : 0);
        }
    }

    static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.nameIs("body")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
