package org.warta.extract.html;

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
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?:^|[\\s_-])(?:comments?|commentlist|comment-?list|disqus|respond|reply|replies|share|shares|sharing|"
                    + "sharedaddy|sharethis|addtoany|addthis|social|socials|socialmedia|social-?share|follow-?us|"
                    + "related|relatedposts|related-?posts|related-?articles|yarpp|recommend|recommended|recommendation|"
                    + "read-?more|readmore|more-?stories|also-?read|baca-?juga|bacajuga|terkait|populer|terpopuler|"
                    + "trending|popular|most-?read|mostread|most-?popular|breadcrumbs?|cookie|cookies|consent|gdpr|"
                    + "newsletter|subscribe|subscription|signup|sign-?up|paywall|login|advert|advertisement|"
                    + "advertising|ads|adsbygoogle|ad-?slot|ad-?container|ad-?wrapper|ad|dfp|sponsor|sponsored|promo|"
                    + "promoted|outbrain|taboola|mgid|widget|widgets|sidebar|side-?bar|nav|navbar|navigation|menu|"
                    + "footer|site-?footer|masthead|topbar|toolbar|tags|tag-?list|tagcloud|tag-?cloud|post-?tags|"
                    + "categories|pagination|pager|author-?bio|author-?box|about-?author|author-?info|author-?description|"
                    + "author-?details|author-?profile|authorbox|autor|autorbox|autoren|about-?the-?author|modal|popup|overlay|"
                    + "skip-?link|screen-?reader-?text|sr-only|visually-?hidden|print-?only|rating|ratings|"
                    + "newsticker|ticker|jp-relatedposts|wp-block-latest-posts|entry-?meta|post-?meta|meta-?info|"
                    + "byline|dateline|post-?navigation|nav-?links|prev-?next|next-?prev)(?:$|[\\s_-])");
    /** Class/id words of reader comments: removed even when they hold much paragraph text. */
    private static final Pattern COMMENTS = Pattern.compile(
            "(?:^|[\\s_-])(?:comments?|commentlist|comment-?list|disqus|respond|replies|kommentare|komentar)(?:$|[\\s_-])");
    /** Class/id words of likely article text. */
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|detail|isi|berita|artikel");
    /** Class/id words of likely non-article blocks (weaker than {@link #BOILERPLATE}: used only for scoring). */
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)hidden|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta|outbrain|promo|"
                    + "related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|"
                    + "card|thumb|nav|menu|list");
    /** Class/id names that mark the article body itself. */
    private static final Pattern BODY_HINT = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:article-?body|articlebody|article-?content|article-?text|articletext|story-?body|"
                    + "story-?content|story-?text|post-?body|post-?content|postcontent|post-?text|entry-?content|"
                    + "entry-?body|entrytext|entry-?text|content-?body|body-?text|bodytext|text-?body|main-?text|"
                    + "news-?content|news-?body|news-?text|detail-?text|detail__body-text|detail__body|read__content|"
                    + "itp_bodycontent|td-post-content|field-?name-?body|field--name-body|single-?content|"
                    + "page-?content|blog-?content|blog-?post|rich-?text|richtext|article__body|article__content|"
                    + "c-article-body|mw-parser-output|section-?content|txt-?article|isi-?berita|artikel)(?:$|[\\s_-])");

    private ElementRules() {
    }

    static String classAndId(Element e) {
        String c = e.attr("class");
        String id = e.attr("id");
        if (c.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (c + " " + id).toLowerCase(Locale.ROOT);
    }

    static boolean isBoilerplate(String classAndId) {
        return !classAndId.isEmpty() && BOILERPLATE.matcher(classAndId).find();
    }

    /**
     * Per-page memo of the class/id verdicts: pages repeat the same class strings hundreds of times, and the
     * patterns are the costliest part of cleaning. Not thread-safe: one per extraction.
     */
    static final class Memo {
        private final java.util.Map<String, Integer> verdicts = new java.util.HashMap<>();
        private static final int BOILER = 1;
        private static final int HINT = 2;
        private static final int NEG = 4;
        private static final int POS = 8;
        private static final int COMMENT = 16;

        private int verdict(String ci) {
            Integer v = verdicts.get(ci);
            if (v == null) {
                int f = 0;
                if (BOILERPLATE.matcher(ci).find()) {
                    f |= BOILER;
                }
                if (BODY_HINT.matcher(ci).find()) {
                    f |= HINT;
                }
                if (NEGATIVE.matcher(ci).find()) {
                    f |= NEG;
                }
                if (POSITIVE.matcher(ci).find()) {
                    f |= POS;
                }
                if (COMMENTS.matcher(ci).find()) {
                    f |= COMMENT;
                }
                v = f;
                verdicts.put(ci, v);
            }
            return v;
        }

        boolean isBoilerplate(Element e) {
            String ci = classAndId(e);
            return !ci.isEmpty() && (verdict(ci) & BOILER) != 0;
        }

        boolean isComments(Element e) {
            String ci = classAndId(e);
            return !ci.isEmpty() && (verdict(ci) & COMMENT) != 0;
        }

        boolean isBodyHint(Element e) {
            if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                return true;
            }
            String ci = classAndId(e);
            return !ci.isEmpty() && (verdict(ci) & HINT) != 0;
        }

        int classWeight(Element e) {
            String ci = classAndId(e);
            if (ci.isEmpty()) {
                return 0;
            }
            int v = verdict(ci);
            return ((v & NEG) != 0 ? -25 : 0) + ((v & POS) != 0 ? 25 : 0);
        }
    }

    static boolean isBodyHint(Element e) {
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        String ci = classAndId(e);
        return !ci.isEmpty() && BODY_HINT.matcher(ci).find();
    }

    /** Readability's class weight: +25 for a positive word, -25 for a negative one. */
    static int classWeight(Element e) {
        String ci = classAndId(e);
        if (ci.isEmpty()) {
            return 0;
        }
        int w = 0;
        if (NEGATIVE.matcher(ci).find()) {
            w -= 25;
        }
        if (POSITIVE.matcher(ci).find()) {
            w += 25;
        }
        return w;
    }

    static boolean isHidden(Element e) {
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
