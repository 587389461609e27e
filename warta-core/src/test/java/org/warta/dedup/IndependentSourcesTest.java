package org.warta.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;

class IndependentSourcesTest {

    @Test
    void copiesOfAMemberCountOnce() {
        Article wire = Article.of("w", "w", "t", "x");
        Article copy = Article.of("c", "c", "t", "x").withDuplicateOf(Optional.of("w"));
        Article copyOfOutside = Article.of("o", "o", "t", "x").withDuplicateOf(Optional.of("elsewhere"));
        Article own = Article.of("n", "n", "t", "y");
        assertThat(IndependentSources.count(List.of(wire, copy, copyOfOutside, own))).isEqualTo(3);
        assertThat(IndependentSources.count(List.of())).isZero();
    }
}
