package org.warta.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {

    /** Ten recurring terms and twenty never seen before per document: the vocabulary grows without bound. */
    private static int[] document(int i) {
        int[] keys = new int[30];
        for (int k = 0; k < 10; k++) {
            keys[k] = k % (1 + i % 10); // term 0 in every document, term 9 in one in ten
        }
        for (int k = 10; k < 30; k++) {
            keys[k] = 1_000 + i * 20 + k;
        }
        return keys;
    }

    @Test
    void halvingBoundsAGrowingVocabulary() {
        int halfLife = 1_000;
        DocumentFrequencies forgetting = new DocumentFrequencies();
        DocumentFrequencies keeping = new DocumentFrequencies();
        int maxVocabulary = 0;
        for (int i = 0; i < 20_000; i++) {
            forgetting.add(document(i));
            keeping.add(document(i));
            if (forgetting.documents() >= 2L * halfLife) {
                forgetting.halve();
            }
            maxVocabulary = Math.max(maxVocabulary, forgetting.vocabulary());
        }
        assertThat(keeping.vocabulary()).isGreaterThan(400_000);
        // at most the new terms of the last 2 half-lives plus the recurring ones
        assertThat(maxVocabulary).isLessThanOrEqualTo(2 * halfLife * 20 + 10);
        assertThat(forgetting.documents()).isBetween((long) halfLife, 2L * halfLife);
        // recurring terms keep (nearly) their IDF
        for (int term : new int[] {0, 1, 9}) {
            assertThat(forgetting.idf(term)).as("idf of term %d", term).isCloseTo(keeping.idf(term), within(0.02));
        }
        // a term of the distant past is forgotten: as rare as a term never seen
        assertThat(forgetting.idf(1_000 + 10)).isEqualTo(forgetting.idf(-1));
    }
}
