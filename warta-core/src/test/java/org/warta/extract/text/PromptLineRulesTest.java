package org.warta.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.extract.date.DateParser;
import org.warta.extract.vocab.ExtractionVocabulary;

/**
 * {@link PromoTailRule}, {@link NoticeHeadRule} and {@link RightsLineRule} on made-up article bodies (names and
 * outlets invented).
 */
class PromptLineRulesTest {
    private static final ExtractionVocabulary VOCABULARY = ExtractionVocabulary.installed();
    private static final ScrapedTextExtractor RULES = new ScrapedTextExtractor(VOCABULARY, new DateParser(VOCABULARY));

    private static final String P1 = "The council voted on Tuesday to rebuild the old river bridge before the rainy season.";
    private static final String P2 = "Engineers found cracks in two of its piers during an inspection last month.";
    private static final String P3 = "The work is planned to start in May and to last four months, the mayor said.";

    private static List<String> body(String... lines) {
        return RULES.cleanBody("Bridge to be rebuilt", List.of(lines), Optional.empty()).body();
    }

    @Test
    void callsToActionAtTheEndLeaveAndTheLastParagraphBetweenThemStays() {
        assertThat(body(P1, P2, "Join our Newsletter for the latest news right to your inbox", P3,
                "Follow us on Example Social for more stories like this one."))
                .containsExactly(P1, P2, P3);
        assertThat(body(P1, P2, P3, "Abonnieren Sie unseren kostenlosen Newsletter!", "Das könnte Sie auch interessieren:"))
                .containsExactly(P1, P2, P3);
    }

    @Test
    void aPromoPhraseEarlyInTheArticleOrInALongParagraphStays() {
        String early = "Readers who subscribe to the council's newsletter were told of the vote first.";
        String longOne = "The newsletter of the engineers' association, which " + "reports on bridges and roads, ".repeat(15)
                + "said the cracks were found in time.";
        List<String> lines = List.of(early, P1, P2, P3, "More text follows here about the bridge and its history.",
                "The bridge opened in 1931.", longOne);
        assertThat(RULES.cleanBody("Bridge", lines, Optional.empty()).body()).contains(early, longOne);
    }

    @Test
    void wordsInsideOtherWordsAreNoCue() {
        // "subscribers" is a cue; "subscribership" and "unsubscribed" hold it only inside a word
        String p = "Unsubscribed readers and the subscribership figures were discussed at the meeting.";
        assertThat(body(P1, P2, P3, p)).contains(p);
    }

    @Test
    void noticesAtTheStartLeave() {
        assertThat(body("We use cookies to improve your experience on this site.", P1, P2, P3))
                .containsExactly(P1, P2, P3);
        assertThat(body("This post contains affiliate links; we may receive compensation.", P1, P2, P3))
                .containsExactly(P1, P2, P3);
    }

    @Test
    void aShortPageIsLeftAlone() {
        assertThat(body("Subscribe to our newsletter for the full story.", P1))
                .containsExactly("Subscribe to our newsletter for the full story.", P1);
    }

    @Test
    void rightsAndPictureCreditLinesAreSetApartWithTheCaptions() {
        CleanText c = RULES.cleanBody("Bridge", List.of(P1, "The old bridge at dawn. © Example Agency / Jane Doe", P2, P3),
                Optional.empty());
        assertThat(c.body()).containsExactly(P1, P2, P3);
        assertThat(c.captions()).contains("The old bridge at dawn. © Example Agency / Jane Doe");
    }

    @Test
    void aGermanDateLineLeavesAndGivesThePublicationDate() {
        CleanText c = RULES.cleanBody("Bridge", List.of("Publiziert: 03.04.2020, 12:35", P1, P2, P3), Optional.empty());
        assertThat(c.body()).containsExactly(P1, P2, P3);
        assertThat(c.published()).isPresent();
        assertThat(body("Veröffentlichung: 2. Februar 2022", P1, P2, P3)).containsExactly(P1, P2, P3);
    }
}
