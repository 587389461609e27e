package org.warta.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerFeaturesShapeTest {

    @Test
    void shapesCollapseRunsAndCountShortAcronyms() {
        assertThat(NerFeatures.shape("Jakarta")).isEqualTo("Xx");
        assertThat(NerFeatures.shape("KPK")).isEqualTo("X3");
        assertThat(NerFeatures.shape("DPRD")).isEqualTo("X");
        assertThat(NerFeatures.shape("19/6")).isEqualTo("d/d");
        assertThat(NerFeatures.shape("Jong-un")).isEqualTo("Xx-x");
        assertThat(NerFeatures.shape("")).isEqualTo("0");
    }

    @Test
    void lexicalFeaturesComeFirstAndDependOnTheTokenAlone() {
        NerFeatures f = new NerFeatures(Gazetteer.standard(), WordClusters.empty());
        List<String> a = List.of("Presiden", "Joko", "Widodo", "di", "Jakarta");
        List<String> b = List.of("Joko", "berkata", "kepada", "wartawan");
        int[] la = new int[a.size()];
        int[] lb = new int[b.size()];
        long[][] fa = f.extract(a, NerFeatures.lower(a), la);
        long[][] fb = f.extract(b, NerFeatures.lower(b), lb);
        assertThat(la[1]).isPositive().isEqualTo(lb[0]);
        assertThat(java.util.Arrays.copyOf(fa[1], la[1])).isEqualTo(java.util.Arrays.copyOf(fb[0], lb[0]));
        // the contexts differ, so the whole feature lists do
        assertThat(fa[1]).isNotEqualTo(fb[0]);
    }
}
