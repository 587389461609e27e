package org.warta.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.extract.date.DateParser;
import org.warta.extract.vocab.ExtractionVocabulary;
import org.warta.model.Moment;

/**
 * Cleans already-scraped article text (one paragraph or widget per line, headline first) with a fixed chain of
 * small rules: widget markers, headline and repeated title, date line, byline, tag lines, "see also" inserts,
 * link lists, rights and picture-credit lines, calls to action at the end and notices at the start, captions
 * and photo credits, credit phrases, and the lead's outlet and dateline.
 */
public final class ScrapedTextExtractor {

    private final List<TextRule> rules;
    private final CreditRule creditRule;
    /** The rules for paragraphs chosen from HTML (the same chain; rules look at {@code titleGiven} themselves). */
    private final List<TextRule> bodyRules;

    public ScrapedTextExtractor(ExtractionVocabulary vocabulary, DateParser dates) {
        this.rules = List.of(
                new MarkerLineRule(vocabulary.markers()),
                new HeadlineRule(),
                new DateLineRule(dates),
                new BylineRule(),
                new TagLineRule(vocabulary.tagPrefixes()),
                new SeeAlsoRule(vocabulary.seeAlsoPrefixes()),
                new LinkListRule(vocabulary.headings()),
                new RightsLineRule(vocabulary.rightsPhrases()),
                new PromoTailRule(vocabulary.promoPhrases()),
                new NoticeHeadRule(vocabulary.noticePhrases()),
                new CaptionRule(vocabulary.captionPrefixes(), vocabulary.agencies()),
                new CreditRule(vocabulary.creditPatterns(), vocabulary.agencies()),
                new LeadRule(vocabulary.agencies()));
        this.bodyRules = rules;
        this.creditRule = new CreditRule(vocabulary.creditPatterns(), vocabulary.agencies());
    }

    /** Cleans the lines of one document whose first line (after widget lines) is the headline. */
    public CleanText clean(List<String> lines, Optional<Moment> reference) {
        return run(new ScrapedPage(lines, reference, Optional.empty()), rules);
    }

    /**
     * Cleans body lines whose headline is already known (e.g. paragraphs chosen from an HTML page): lines repeating
     * it are dropped.
     */
    public CleanText cleanBody(String title, List<String> lines, Optional<Moment> reference) {
        return run(new ScrapedPage(lines, reference, Optional.of(title)), bodyRules);
    }

    /**
     * The agencies a line set apart from the text credits by a credit phrase ("With reporting by LINTAS", "Sumber:
     * Kantor Berita X"), e.g. a credit paragraph the page styles like a caption.
     */
    public List<String> creditsIn(String line) {
        ScrapedPage page = new ScrapedPage(List.of(line), Optional.empty(), Optional.of(""));
        creditRule.apply(page);
        return List.copyOf(page.credits);
    }

    private CleanText run(ScrapedPage page, List<TextRule> chain) {
        for (TextRule r : chain) {
            r.apply(page);
        }
        List<String> body = new ArrayList<>();
        for (Line l : page.lines) {
            if (l.isBody()) {
                body.add(l.text);
            }
        }
        return new CleanText(page.title, body, page.captions, List.copyOf(page.credits), page.published,
                page.modified, page.outlet, page.dateline, page.byline);
    }
}
