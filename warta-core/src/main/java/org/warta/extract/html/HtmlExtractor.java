package org.warta.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.warta.extract.ExtractionSettings;
import org.warta.extract.date.DateParser;
import org.warta.extract.text.CleanText;
import org.warta.extract.text.ScrapedTextExtractor;
import org.warta.extract.text.TextLines;
import org.warta.extract.vocab.ExtractionVocabulary;
import org.warta.model.Moment;

/**
 * Main text and metadata of an HTML page, in four steps: metadata ({@link MetadataReader}); cleaning (tags that
 * never hold text, hidden elements, captions set apart, boilerplate containers by class and id —
 * {@link ElementRules}); choosing the content ({@link ContentScorer}); and turning it into paragraphs
 * ({@link BlockCollector}) that are filtered by link density and, optionally, by the scraped-text rules ("Baca
 * juga" inserts, date lines, link lists). When the chosen content is short, a whole-page pass in the manner of
 * jusText (Pomikálek 2011: long, link-poor blocks are content, short ones count only between content) is tried and
 * the richer result kept.
 */
public final class HtmlExtractor {
    /** A block this long with few links is content in the whole-page pass. */
    private static final int LONG_BLOCK = 80;

    private final ExtractionSettings settings;
    private final MetadataReader metadata;
    private final ContentScorer scorer;
    private final ScrapedTextExtractor textRules;
    private final ExtractionVocabulary vocabulary;

    public HtmlExtractor(ExtractionSettings settings, ExtractionVocabulary vocabulary, DateParser dates,
                         ScrapedTextExtractor textRules) {
        this.settings = settings;
        this.vocabulary = vocabulary;
        this.metadata = new MetadataReader(dates);
        this.scorer = new ContentScorer(settings);
        this.textRules = textRules;
    }

    /** Extracts one page. */
    public HtmlResult extract(String html, Optional<String> url, Optional<Moment> reference) {
        Document doc = Jsoup.parse(html, url.orElse(""));
        PageMetadata meta = metadata.read(doc, url, reference);
        Element body = doc.body();
        if (body == null || body.childNodeSize() == 0) {
            return empty(meta, doc.select("script").isEmpty() ? "the page has no body" : "script-only page");
        }
        List<String> captions = new ArrayList<>();
        Set<String> credits = new LinkedHashSet<>();
        clean(body, captions, credits);
        ElementStats stats = new ElementStats(body);
        if (stats.of(body).chars == 0) {
            return empty(meta, doc.select("script").isEmpty() ? "no visible text" : "script-only page");
        }
        List<Element> roots = scorer.choose(body, stats);
        List<String> paragraphs = paragraphs(BlockCollector.collect(roots), meta.title());
        if (chars(paragraphs) < settings.minBodyChars()) {
            List<String> whole = wholePage(BlockCollector.collect(List.of(body)), meta.title());
            if (chars(whole) > chars(paragraphs) * 1.5) {
                paragraphs = whole;
            }
        }
        Optional<String> outlet = meta.outlet();
        Optional<String> dateline = Optional.empty();
        Optional<Moment> published = meta.published();
        Optional<Moment> modified = meta.modified();
        Optional<String> byline = meta.byline();
        if (settings.useTextRules() && !paragraphs.isEmpty()) {
            CleanText c = textRules.cleanBody(meta.title(), paragraphs, reference);
            paragraphs = c.body();
            captions.addAll(c.captions());
            credits.addAll(c.credits());
            dateline = c.dateline();
            if (outlet.isEmpty()) {
                outlet = c.outlet();
            }
            published = published.or(c::published);
            modified = modified.or(c::modified);
            byline = byline.or(c::byline);
        }
        for (String cap : captions) {
            credits.addAll(vocabulary.agencies().find(creditPart(cap)));
        }
        return new HtmlResult(meta.title(), paragraphs, captions, List.copyOf(credits), meta.url(), outlet,
                published, modified, byline, dateline, paragraphs.isEmpty() ? "no main text" : "");
    }

    private static String creditPart(String caption) {
        int i = caption.lastIndexOf('(');
        int f = caption.toLowerCase(Locale.ROOT).lastIndexOf("foto");
        int from = Math.max(i, f);
        return from >= 0 ? caption.substring(from) : "";
    }

    private static HtmlResult empty(PageMetadata meta, String why) {
        return new HtmlResult(meta.title(), List.of(), List.of(), List.of(), meta.url(), meta.outlet(),
                meta.published(), meta.modified(), meta.byline(), Optional.empty(), why);
    }

    /** Removes what never holds article text and sets captions apart. */
    private void clean(Element body, List<String> captions, Set<String> credits) {
        ElementStats before = new ElementStats(body);
        int pageChars = Math.max(1, before.of(body).chars);
        List<Element> remove = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (ElementRules.DROP_TAGS.contains(tag) || ElementRules.isHidden(e)) {
                remove.add(e);
                continue;
            }
            ElementStats.Counts c = before.of(e);
            if (tag.equals("figcaption") || (c.chars < 400 && isCaption(e))) {
                String t = TextLines.clean(e.text());
                if (!t.isEmpty() && !captions.contains(t)) {
                    captions.add(t);
                }
                remove.add(e);
                continue;
            }
            if ((tag.equals("header") || tag.equals("form")) && !hasLongParagraph(e, before)) {
                remove.add(e);
                continue;
            }
            String ci = ElementRules.classAndId(e);
            if (!ci.isEmpty() && ElementRules.isBoilerplate(ci)) {
                boolean bigAndClean = c.chars > 0.4 * pageChars && c.linkDensity() < 0.35;
                if (!bigAndClean && !ElementRules.isBodyHint(e)) {
                    remove.add(e);
                }
            }
        }
        for (Element e : remove) {
            e.remove();
        }
    }

    private static boolean isCaption(Element e) {
        String ci = ElementRules.classAndId(e);
        return ci.contains("caption") || ci.contains("keterangan") || ci.contains("credit");
    }

    private static boolean hasLongParagraph(Element e, ElementStats stats) {
        for (Element p : e.getElementsByTag("p")) {
            ElementStats.Counts c = stats.of(p);
            if (c.chars - c.linkChars >= 100) {
                return true;
            }
        }
        return false;
    }

    private List<String> paragraphs(List<Block> blocks, String title) {
        List<String> out = new ArrayList<>();
        String titleKey = TextLines.key(title);
        for (Block b : blocks) {
            if (b.linkDensity() > settings.maxLinkDensity() && !(b.chars() > 300 && b.linkDensity() < 0.8)) {
                continue;
            }
            if (b.tag().equals("h1") && TextLines.key(b.text()).equals(titleKey)) {
                continue;
            }
            out.add(b.text());
        }
        return out;
    }

    /** jusText-style classification of every block of the page. */
    private List<String> wholePage(List<Block> blocks, String title) {
        int n = blocks.size();
        int[] cls = new int[n]; // 2 good, 1 short/undecided, 0 bad
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            if (b.linkDensity() > 0.33) {
                cls[i] = 0;
            } else if (b.chars() >= LONG_BLOCK) {
                cls[i] = 2;
            } else {
                cls[i] = b.chars() >= 20 ? 1 : 0;
            }
        }
        List<Block> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (cls[i] == 2 || cls[i] == 1 && nearGood(cls, i)) {
                kept.add(blocks.get(i));
            }
        }
        return paragraphs(kept, title);
    }

    private static boolean nearGood(int[] cls, int i) {
        boolean before = false;
        for (int j = i - 1; j >= 0; j--) {
            if (cls[j] == 2) {
                before = true;
                break;
            }
            if (cls[j] == 0) {
                break;
            }
        }
        boolean after = false;
        for (int j = i + 1; j < cls.length; j++) {
            if (cls[j] == 2) {
                after = true;
                break;
            }
            if (cls[j] == 0) {
                break;
            }
        }
        return before && after;
    }

    private static int chars(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }
}
