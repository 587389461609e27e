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
 * juga" inserts, date lines, link lists). The blocks of the whole page are classified in the manner of jusText
 * (Pomikálek 2011: long, link-poor blocks are content, short ones count only next to content), with the scorer's
 * choice lowering the bar inside it; after the chosen content's last long block, only blocks of at least
 * {@code trailingBlockChars} join. Before scoring, {@link MainArticleRule} keeps one article of several and
 * {@link PaginationRule} removes pagers (and drops pager lines among the blocks). If the class rules leave (nearly) no text, cleaning is redone with tag rules
 * only; if the chosen region yields (nearly) no text, the whole page's blocks are classified without it.
 */
public final class HtmlExtractor {
    private final ExtractionSettings settings;
    private final MetadataReader metadata;
    private final ContentScorer scorer;
    private final ScrapedTextExtractor textRules;
    private final ExtractionVocabulary vocabulary;
    private final PaginationRule pagination;
    private final MainArticleRule mainArticle;
    private final DescriptionLeadRule descriptionLead = new DescriptionLeadRule();
    private final AuthorBioRule authorBio = new AuthorBioRule();

    public HtmlExtractor(ExtractionSettings settings, ExtractionVocabulary vocabulary, DateParser dates,
                         ScrapedTextExtractor textRules) {
        this.settings = settings;
        this.vocabulary = vocabulary;
        this.metadata = new MetadataReader(dates);
        this.scorer = new ContentScorer(settings);
        this.textRules = textRules;
        this.pagination = new PaginationRule(vocabulary.pageWords(), PaginationRule.DEFAULT_MAX_PAGER_CHARS);
        this.mainArticle = new MainArticleRule(MainArticleRule.DEFAULT_MIN_TITLE_DICE, MainArticleRule.DEFAULT_DOMINANCE,
                MainArticleRule.DEFAULT_MIN_ARTICLE_CHARS);
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
        ElementRules.Memo memo = new ElementRules.Memo();
        List<Element> removed = new ArrayList<>();
        ElementStats stats = clean(body, captions, true, memo, removed);
        if (stats.of(body).chars < settings.minBodyChars()) {
            // the class rules took (nearly) everything: fall back to removing only tags that never hold text
            body = Jsoup.parse(html, url.orElse("")).body();
            captions.clear();
            removed.clear();
            stats = clean(body, captions, false, memo, removed);
        }
        // one article of several, and no pagers: both only remove, through the stats, which stay exact
        mainArticle.apply(body, stats, meta.title());
        pagination.apply(doc, body, stats);
        if (stats.of(body).chars == 0) {
            return empty(meta, doc.select("script").isEmpty() ? "no visible text" : "script-only page");
        }
        List<Element> roots = scorer.choose(body, stats, memo);
        List<Block> blocks = BlockCollector.collect(body, roots);
        List<String> paragraphs = classify(blocks, meta.title());
        if (chars(paragraphs) < settings.minBodyChars()) {
            // the scorer chose a tiny region (a teaser, a widget): classify the whole page's blocks on their own
            List<String> whole = classify(BlockCollector.collect(body, List.of()), meta.title());
            if (chars(whole) > chars(paragraphs)) {
                paragraphs = whole;
            }
        }
        if (!paragraphs.isEmpty()) {
            Optional<String> lead = descriptionLead.lead(meta.description(), paragraphs, blocks, removed);
            if (lead.isPresent()) {
                paragraphs = DescriptionLeadRule.withLead(lead.get(), paragraphs);
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
        paragraphs = authorBio.apply(paragraphs, byline.orElse(""));
        for (String cap : captions) {
            credits.addAll(vocabulary.agencies().find(creditPart(cap)));
            credits.addAll(textRules.creditsIn(cap));
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

    /**
     * Removes what never holds article text and sets captions apart; returns the statistics of what is left (one
     * pass over the page, kept exact through the removals). Elements removed as header, form or boilerplate are
     * added to {@code removed} (a dropped lead may be found there again).
     */
    private ElementStats clean(Element body, List<String> captions, boolean byClass, ElementRules.Memo memo,
                               List<Element> removed) {
        ElementStats before = new ElementStats(body);
        int pageChars = Math.max(1, before.of(body).chars);
        int pageParagraphChars = before.of(body).paragraphChars;
        List<Element> remove = new ArrayList<>();
        for (Element e : before.elements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (ElementRules.DROP_TAGS.contains(tag) || ElementRules.isHidden(e)) {
                remove.add(e);
                continue;
            }
            ElementStats.Counts c = before.of(e);
            if (tag.equals("figcaption") || (c.chars < 400 && memo.isCaption(e))) {
                String t = TextLines.clean(e.text());
                if (!t.isEmpty() && !captions.contains(t)) {
                    captions.add(t);
                }
                remove.add(e);
                continue;
            }
            // a form around most of the page (ASP.NET wraps the whole page in one) is no form to drop
            boolean pageForm = tag.equals("form") && c.chars > 0.5 * pageChars;
            if ((tag.equals("header") || tag.equals("form") || tag.equals("noscript")) && !pageForm
                    && !hasLongParagraph(e, before)) {
                remove.add(e);
                removed.add(e);
                continue;
            }
            if (byClass && memo.isBoilerplate(e)) {
                boolean bigAndClean = c.chars > 0.4 * pageChars && c.linkDensity() < 0.35;
                boolean holdsArticle = pageParagraphChars > 0 && c.paragraphChars > 0.5 * pageParagraphChars;
                // a "boilerplate" class on a block of real paragraphs ("section--ads" around a test report)
                boolean prose = !memo.isComments(e) && c.paragraphChars >= settings.proseChars() && c.linkDensity() < 0.2;
                if (!bigAndClean && !holdsArticle && !prose && !memo.isBodyHint(e)) {
                    remove.add(e);
                    removed.add(e);
                }
            }
        }
        for (Element e : remove) {
            before.remove(e);
        }
        return before;
    }

    private static boolean hasLongParagraph(Element e, ElementStats stats) {
        for (Element p : DocumentOrder.byTag(e, "p")) {
            ElementStats.Counts c = stats.of(p);
            if (c.chars - c.linkChars >= 100) {
                return true;
            }
        }
        return false;
    }

    /**
     * Keeps the blocks of the main text: jusText's context-sensitive classification (Pomikálek 2011) over the whole
     * page, where the scorer's choice lowers the bar. Long link-poor blocks are content anywhere; short blocks are
     * content inside the chosen element when next to content, and outside it only between content on both sides.
     */
    private List<String> classify(List<Block> blocks, String title) {
        int n = blocks.size();
        int[] cls = new int[n]; // 2 good, 1 short, 0 bad
        boolean anyGood = false;
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            double maxLd = b.inContent() ? settings.maxLinkDensity() : 0.33;
            if (b.linkDensity() > maxLd) {
                cls[i] = 0;
            } else if (b.chars() >= settings.goodBlockChars()) {
                cls[i] = 2;
                anyGood = true;
            } else {
                cls[i] = b.chars() >= settings.minShortChars() || b.inContent() ? 1 : 0;
            }
        }
        String titleKey = TextLines.key(title);
        int lastIn = n; // the last long block inside the chosen content (none: no bound)
        for (int i = 0; i < n; i++) {
            if (blocks.get(i).inContent() && cls[i] == 2) {
                lastIn = i;
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            boolean keep;
            if (cls[i] == 2) {
                // after the chosen content ends, only long blocks go on the article (an author bio, a newsletter
                // box or a teaser below the article is shorter than a paragraph of it)
                keep = b.inContent() || i < lastIn || b.chars() >= settings.trailingBlockChars();
            } else if (cls[i] == 1) {
                // a page of short paragraphs only: the chosen content is all there is
                keep = anyGood ? nearGood(cls, i, !b.inContent() || b.chars() < settings.veryShortChars()) : b.inContent();
            } else {
                keep = false;
            }
            if (keep && b.tag().equals("h1") && TextLines.key(b.text()).equals(titleKey)) {
                keep = false;
            }
            if (keep && b.chars() <= PaginationRule.DEFAULT_MAX_PAGER_CHARS && pagination.isPagerText(b.text())) {
                keep = false;
            }
            if (keep) {
                out.add(b.text());
            }
        }
        return out;
    }

    private static boolean nearGood(int[] cls, int i, boolean both) {
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
        return both ? before && after : before || after;
    }

    private static int chars(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }
}
