package org.warta.extract.html;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.warta.extract.date.DateParser;
import org.warta.extract.text.TextLines;
import org.warta.model.Moment;

/**
 * Page metadata in order of trust, as trafilatura's metadata module and the htmldate heuristics do it: JSON-LD
 * (schema.org NewsArticle and kin), then OpenGraph and other {@code <meta>} conventions, then {@code <time>} and
 * {@code itemprop} markup, then the URL ({@code /2024/06/20/}), then visible date lines near the top. Published and
 * modified are kept apart. JSON-LD is read with tolerant patterns rather than a JSON parser, because pages often
 * ship invalid JSON-LD (trailing commas, raw newlines, HTML inside strings).
 */
final class MetadataReader {
    /**
     * A JSON string, written as an "unrolled loop" with possessive quantifiers so that the regex engine neither
     * backtracks nor recurses once per character (a long string would overflow the stack otherwise).
     */
    private static final String STR = "\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+){0,500}+)\"";
    private static final Pattern LD_HEADLINE = Pattern.compile("\"(?:headline|name)\"\\s*:\\s*" + STR);
    private static final Pattern LD_PUBLISHED = Pattern.compile("\"(?:datePublished|dateCreated)\"\\s*:\\s*" + STR);
    private static final Pattern LD_MODIFIED = Pattern.compile("\"dateModified\"\\s*:\\s*" + STR);
    private static final Pattern LD_AUTHOR = Pattern.compile(
            "\"(?:author|creator)\"\\s*:\\s*(\\[[^\\]]{0,3000}\\]|\\{[^{}]{0,2000}\\}|" + STR + ")");
    private static final Pattern LD_NAME = Pattern.compile("\"name\"\\s*:\\s*" + STR);
    private static final Pattern LD_PUBLISHER = Pattern.compile(
            "\"publisher\"\\s*:\\s*\\{((?:[^{}]++|\\{[^{}]{0,1000}+\\}){0,100}+)\\}");
    private static final Pattern LD_ARTICLE_TYPE = Pattern.compile(
            "\"@type\"\\s*:\\s*\\[?\\s*\"(?:[A-Za-z]*Article|BlogPosting|Report|NewsArticle|LiveBlogPosting)\"");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|[-_]|$)");
    /** Class or id words of elements that may show the date (matched in any ASCII case, anywhere in the name). */
    private static final String[] DATE_CLASS = {"date", "time", "publish", "posted", "byline", "meta", "timestamp",
        "datum", "fecha"};
    /** The first letters of {@link #DATE_CLASS} words, from 'b' to 't'. */
    private static final boolean[] DATE_CLASS_STARTS = new boolean['t' - 'b' + 1];

    static {
        for (String w : DATE_CLASS) {
            DATE_CLASS_STARTS[w.charAt(0) - 'b'] = true;
        }
    }

    private final DateParser dates;

    MetadataReader(DateParser dates) {
        this.dates = dates;
    }

    /** The first of each element the reader looks at, found in one pass over the document. */
    private static final class Landmarks {
        final java.util.Map<String, String> metas = new java.util.HashMap<>();
        final List<Element> jsonLd = new java.util.ArrayList<>();
        final java.util.Map<String, Element> itemprops = new java.util.HashMap<>();
        Element title;
        Element h1;
        Element canonical;
        Element timePubdate;
        Element timeDatetime;
        Element author;

        /** The document's elements in document order, and where the body's subtree lies among them. */
        final List<Element> all;
        int bodyFrom;
        int bodyTo;

        Landmarks(Document doc) {
            all = DocumentOrder.elements(doc);
            Element body = doc.body();
            bodyFrom = all.size();
            bodyTo = all.size();
            for (int i = 0; i < all.size(); i++) {
                Element e = all.get(i);
                if (e == body) {
                    bodyFrom = i;
                }
                switch (e.normalName()) {
                    case "meta" -> {
                        String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name")
                                : e.attr("itemprop");
                        String c = e.attr("content").strip();
                        if (!key.isEmpty() && !c.isEmpty()) {
                            metas.putIfAbsent(key.toLowerCase(Locale.ROOT), c);
                        }
                    }
                    case "script" -> {
                        if (e.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json")) {
                            jsonLd.add(e);
                        }
                    }
                    case "title" -> title = title == null ? e : title;
                    case "h1" -> h1 = h1 == null ? e : h1;
                    case "link" -> {
                        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
                            canonical = e;
                        }
                    }
                    case "time" -> {
                        if (timePubdate == null && e.hasAttr("pubdate")) {
                            timePubdate = e;
                        }
                        if (timeDatetime == null && e.hasAttr("datetime")) {
                            timeDatetime = e;
                        }
                    }
                    default -> {
                    }
                }
                if (e.attributesSize() == 0) {
                    continue;
                }
                String ip = e.attr("itemprop");
                if (author == null && (e.attr("rel").equalsIgnoreCase("author") || ip.equalsIgnoreCase("author"))) {
                    author = e;
                }
                if (!ip.isEmpty()) {
                    itemprops.putIfAbsent(ip, e);
                }
            }
            if (body != null && bodyFrom < all.size()) {
                // the body's subtree ends where the next element after it (a sibling of it or of an ancestor) begins
                Element after = null;
                for (Element p = body; p != null && after == null; p = p.parent()) {
                    after = p.nextElementSibling();
                }
                for (int i = bodyFrom + 1; after != null && i < all.size(); i++) {
                    if (all.get(i) == after) {
                        bodyTo = i;
                        break;
                    }
                }
            }
        }

        /** The body and every element under it, in document order (none when the page has no body). */
        List<Element> bodyElements() {
            return all.subList(bodyFrom, bodyTo);
        }
    }

    PageMetadata read(Document doc, Optional<String> pageUrl, Optional<Moment> reference) {
        return read(doc, new Landmarks(doc), pageUrl, reference);
    }

    private PageMetadata read(Document doc, Landmarks marks, Optional<String> pageUrl, Optional<Moment> reference) {
        java.util.Map<String, String> metas = marks.metas;
        String ldHeadline = null;
        String ldPublished = null;
        String ldModified = null;
        String ldAuthor = null;
        String ldPublisher = null;
        for (Element s : marks.jsonLd) {
            String json = s.data();
            boolean article = LD_ARTICLE_TYPE.matcher(json).find();
            if (!article && ldPublished != null) {
                continue;
            }
            if (article || ldHeadline == null) {
                String h = first(LD_HEADLINE, json);
                if (h != null && (article || ldHeadline == null)) {
                    ldHeadline = h;
                }
            }
            ldPublished = pick(ldPublished, first(LD_PUBLISHED, json), article);
            ldModified = pick(ldModified, first(LD_MODIFIED, json), article);
            Matcher a = LD_AUTHOR.matcher(json);
            if (a.find() && (ldAuthor == null || article)) {
                String v = a.group(1);
                if (v.startsWith("\"")) {
                    ldAuthor = unescape(a.group(2));
                } else {
                    Set<String> names = new LinkedHashSet<>();
                    Matcher n = LD_NAME.matcher(v);
                    while (n.find()) {
                        names.add(unescape(n.group(1)).strip());
                    }
                    if (!names.isEmpty()) {
                        ldAuthor = String.join(", ", names);
                    }
                }
            }
            Matcher p = LD_PUBLISHER.matcher(json);
            if (p.find() && ldPublisher == null) {
                ldPublisher = first(LD_NAME, p.group(1));
            }
        }

        String title = firstNonBlank(ldHeadline, meta(metas, "og:title"), meta(metas, "twitter:title"),
                titleTag(marks.title), text(marks.h1));
        Optional<String> url = Optional.ofNullable(firstNonBlank(attr(marks.canonical, "abs:href"),
                meta(metas, "og:url"))).or(() -> pageUrl);
        Optional<String> outlet = Optional.ofNullable(firstNonBlank(meta(metas, "og:site_name"), ldPublisher,
                meta(metas, "application-name")));
        if (outlet.isEmpty()) {
            outlet = siteFromTitle(titleTag(marks.title), title);
        }

        Optional<Moment> published = parseFirst(reference, ldPublished, meta(metas, "article:published_time"),
                meta(metas, "og:article:published_time"), meta(metas, "datePublished"), meta(metas, "pubdate"),
                meta(metas, "publishdate"), meta(metas, "publish-date"), meta(metas, "date"), meta(metas, "dc.date.issued"),
                meta(metas, "dc.date"), meta(metas, "dcterms.created"), meta(metas, "sailthru.date"),
                meta(metas, "parsely-pub-date"), meta(metas, "content_publisheddate"), meta(metas, "article.published"),
                itemprop(marks.itemprops.get("datePublished")), attr(marks.timePubdate, "datetime"),
                attr(marks.timeDatetime, "datetime"));
        Optional<Moment> modified = parseFirst(reference, ldModified, meta(metas, "article:modified_time"),
                meta(metas, "og:updated_time"), meta(metas, "dateModified"), meta(metas, "last-modified"),
                meta(metas, "lastmod"), meta(metas, "dcterms.modified"), itemprop(marks.itemprops.get("dateModified")));
        if (published.isEmpty()) {
            published = url.or(() -> pageUrl).flatMap(MetadataReader::dateFromUrl);
        }
        if (published.isEmpty()) {
            published = visibleDate(marks.bodyElements(), reference);
        }
        Optional<String> byline = Optional.ofNullable(firstNonBlank(ldAuthor, nonUrl(meta(metas, "author")),
                nonUrl(meta(metas, "article:author")), nonUrl(meta(metas, "byl")), nonUrl(meta(metas, "dc.creator")),
                shortText(marks.author)))
                .map(TextLines::clean).filter(s -> !s.isEmpty());
        String description = firstNonBlank(meta(metas, "og:description"), meta(metas, "description"),
                meta(metas, "twitter:description"));
        return new PageMetadata(title == null ? "" : TextLines.clean(title), url, outlet.map(TextLines::clean),
                published, modified, byline, description == null ? "" : TextLines.clean(description));
    }

    private static String pick(String current, String found, boolean article) {
        if (found == null) {
            return current;
        }
        return current == null || article ? (current == null ? found : current) : current;
    }

    private Optional<Moment> parseFirst(Optional<Moment> reference, String... values) {
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            Optional<Moment> m = Moment.parse(v.strip());
            if (m.isEmpty()) {
                m = dates.parse(v, reference);
            }
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private Optional<Moment> visibleDate(List<Element> bodyElements, Optional<Moment> reference) {
        int seen = 0;
        for (Element e : bodyElements) {
            // the class and the id are searched apart: no word spans the space that joined them
            if (!isDateClass(e.className()) && !isDateClass(e.id())) {
                continue;
            }
            String t = e.text();
            if (t.length() > 200) {
                continue;
            }
            Optional<Moment> m = dates.parse(t, reference);
            if (m.isPresent()) {
                return m;
            }
            if (++seen > 50) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a class or id holds one of the {@link #DATE_CLASS} words, in any ASCII case (as the regular expression
     * {@code (?i)date|time|...} finds them), without a regular expression: this runs on every element.
     */
    static boolean isDateClass(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = lowerAscii(s.charAt(i));
            if (c < 'b' || c > 't' || !DATE_CLASS_STARTS[c - 'b']) {
                continue;
            }
            for (String w : DATE_CLASS) {
                if (w.charAt(0) == c && i + w.length() <= n && matchesAt(s, i, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(String s, int at, String lowerWord) {
        for (int j = 1; j < lowerWord.length(); j++) {
            if (lowerAscii(s.charAt(at + j)) != lowerWord.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    static Optional<Moment> dateFromUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Moment.ofDate(java.time.LocalDate.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> siteFromTitle(String titleTag, String title) {
        if (titleTag == null || title == null) {
            return Optional.empty();
        }
        for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
            int i = titleTag.lastIndexOf(sep);
            if (i > 0) {
                String site = titleTag.substring(i + sep.length()).strip();
                if (!site.isEmpty() && TextLines.words(site) <= 4 && !title.contains(site)) {
                    return Optional.of(site);
                }
            }
        }
        return Optional.empty();
    }

    private static String titleTag(Element t) {
        if (t == null) {
            return null;
        }
        String s = TextLines.clean(t.text());
        for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ", " « ", " » ")) {
            int i = s.lastIndexOf(sep);
            if (i > 0 && TextLines.words(s.substring(i)) <= 4 && TextLines.words(s.substring(0, i)) >= 3) {
                return s.substring(0, i).strip();
            }
        }
        return s;
    }

    private static String meta(java.util.Map<String, String> metas, String name) {
        return metas.get(name.toLowerCase(Locale.ROOT));
    }

    private static String itemprop(Element e) {
        if (e == null) {
            return null;
        }
        for (String a : List.of("content", "datetime")) {
            String v = e.attr(a);
            if (!v.isBlank()) {
                return v;
            }
        }
        return shortText(e);
    }

    private static String attr(Element e, String a) {
        if (e == null) {
            return null;
        }
        String v = e.attr(a);
        return v.isBlank() ? null : v;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String shortText(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.text().strip();
        return t.isEmpty() || t.length() > 100 ? null : t;
    }

    private static String nonUrl(String s) {
        return s == null || s.startsWith("http") || s.startsWith("@") ? null : s;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? unescape(m.group(1)) : null;
    }

    /** JSON string escapes, and the HTML entities some sites leave in JSON-LD. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n', 'r', 't' -> b.append(' ');
                    case 'u' -> {
                        if (i + 4 < s.length()) {
                            try {
                                b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                                i += 4;
                            } catch (NumberFormatException e) {
                                b.append('u');
                            }
                        }
                    }
                    default -> b.append(n);
                }
            } else {
                b.append(c);
            }
        }
        return org.jsoup.parser.Parser.unescapeEntities(b.toString(), false);
    }

}
