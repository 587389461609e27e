package org.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AuthorBioRule} on made-up paragraphs (names invented). */
class AuthorBioRuleTest {
    private static final AuthorBioRule RULE = new AuthorBioRule();
    private static final String P1 = "The council voted on Tuesday to rebuild the old river bridge before the rainy season.";
    private static final String P2 = "Engineers found cracks in two of its piers during an inspection last month.";
    private static final String P3 = "The work is planned to start in May and to last four months, the mayor said.";
    private static final String BIO = "Jane Example is a reporter covering towns and rivers. She lives by the coast.";

    @Test
    void aBioNamingTheBylineAtTheEndLeaves() {
        assertThat(RULE.apply(List.of(P1, P2, P3, BIO), "Jane Example")).containsExactly(P1, P2, P3);
    }

    @Test
    void withoutABylineOrInAShortArticleNothingLeaves() {
        assertThat(RULE.apply(List.of(P1, P2, P3, BIO), "")).containsExactly(P1, P2, P3, BIO);
        assertThat(RULE.apply(List.of(P1, BIO), "Jane Example")).containsExactly(P1, BIO);
    }

    @Test
    void anOutletAcronymAsBylineOrTheNameLateInAParagraphKeepsIt() {
        String cnn = "CNN has reached out to the council for comment.";
        assertThat(RULE.apply(List.of(P1, P2, P3, cnn), "CNN")).containsExactly(P1, P2, P3, cnn);
        String late = "The mayor thanked the engineers for their quick work on the bridge, writes Jane Example.";
        assertThat(RULE.apply(List.of(P1, P2, P3, late), "Jane Example")).containsExactly(P1, P2, P3, late);
    }
}
