package org.warta.story;

import org.junit.jupiter.api.Test;

class PairDebugTest {
    @Test
    void pairs() throws Exception {
        StoryText t = StoryText.analyse(SeedArticles.load(), SynthesisSettings.defaults());
        for (StorySentence a : t.sentences()) {
            for (int j : t.neighbours(a.id())) {
                StorySentence b = t.sentences().get(j);
                if (j > a.id() && b.article() != a.article() && t.factScore(a.id(), j) > 0.2) {
                    System.out.printf("%.3f %.3f | %d:%s || %d:%s%n", t.factScore(a.id(), j), t.cosine(a.id(), j),
                            a.article(), a.text(), b.article(), b.text());
                }
            }
        }
    }
}
