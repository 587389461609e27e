package org.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;

/**
 * The lead paragraph a page shows in its article header (removed with the header) comes back first when the page's
 * {@code og:description} names it; a summary that is not on the page is never added.
 */
class DescriptionLeadTest {

    private static final String PARAGRAPH = "The council voted on Tuesday to rebuild the old river bridge before the rainy season, "
            + "after engineers found cracks in two of its piers during an inspection last month.";
    private static final String LEAD = "The river bridge of Example Town will be closed for four months from May while "
            + "workers replace two cracked piers.";

    private static Article extract(String description, String headerLead) {
        String html = "<html><head><title>Bridge</title><meta property=\"og:description\" content=\"" + description
                + "\"></head><body><main><article><header><h1>Bridge</h1><p class=\"teaser\">" + headerLead
                + "</p><span>20 June 2024</span></header><div class=\"entry-content\">"
                + ("<p>" + PARAGRAPH + "</p>").repeat(4) + "</div></article></main></body></html>";
        Extraction x = new WartaExtractor().extract(RawDocument.of("page.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(x).isInstanceOf(Extraction.Accepted.class);
        return ((Extraction.Accepted) x).article();
    }

    @Test
    void theHeaderLeadNamedByTheDescriptionComesFirst() {
        String text = extract(LEAD, LEAD).text();
        assertThat(text).startsWith(LEAD).contains(PARAGRAPH);
    }

    @Test
    void aDescriptionNotShownOnThePageIsNotAdded() {
        String seo = "Read everything about the river bridge of Example Town, closures, detours and more news today.";
        String text = extract(seo, "A short teaser.").text();
        assertThat(text).doesNotContain(seo).doesNotContain("A short teaser.").startsWith(PARAGRAPH);
    }
}
