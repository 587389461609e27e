package org.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;

/**
 * After the chosen content, only long blocks join the text (trailingBlockChars); a content-sized but shorter one (an
 * author bio) stays out.
 */
class TrailingBlockTest {

    private static final String PARAGRAPH = "The council voted on Tuesday to rebuild the old river bridge before the rainy season, "
            + "after engineers found cracks in two of its piers during an inspection last month.";

    private static Article extract(String html) {
        Extraction x = new WartaExtractor().extract(RawDocument.of("page.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(x).isInstanceOf(Extraction.Accepted.class);
        return ((Extraction.Accepted) x).article();
    }

    @Test
    void aShortBlockAfterTheArticleIsLeftOutAndALongOneJoins() {
        String bio = "Jane Example writes about towns, rivers and the people who keep their bridges standing. She lives by "
                + "the coast with two cats and a very old bicycle.";
        String longer = (PARAGRAPH + " ").repeat(2) + "The work is planned to start in May and to last four months.";
        String html = "<html><head><title>Bridge</title></head><body><main><article class=\"entry-content\">"
                + ("<p>" + PARAGRAPH + "</p>").repeat(4) + "</article></main><div class=\"after\"><p>" + bio + "</p></div>"
                + "<div class=\"more\"><p>" + longer + "</p></div></body></html>";
        String text = extract(html).text();
        assertThat(text).contains(PARAGRAPH).doesNotContain(bio).contains(longer);
    }
}
