package org.warta.extract.html;

import java.util.List;
import java.util.Optional;
import org.warta.model.Moment;

/**
 * What the HTML extractor found in one page.
 *
 * @param title      the headline
 * @param paragraphs the main text, one paragraph per entry
 * @param captions   image captions
 * @param credits    credited agencies and outlets
 * @param url        canonical URL
 * @param outlet     site name
 * @param published  first publication
 * @param modified   last update
 * @param byline     author(s)
 * @param dateline   place line of the lead
 * @param why        when there are no paragraphs: why ("script-only page", "no text")
 */
public record HtmlResult(String title, List<String> paragraphs, List<String> captions, List<String> credits,
                         Optional<String> url, Optional<String> outlet, Optional<Moment> published,
                         Optional<Moment> modified, Optional<String> byline, Optional<String> dateline, String why) {
    public HtmlResult {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        credits = List.copyOf(credits);
    }
}
