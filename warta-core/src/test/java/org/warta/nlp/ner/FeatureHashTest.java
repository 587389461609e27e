package org.warta.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureHashTest {

    @Test
    void withIntHashesTheDecimalStringOfTheNumber() {
        long h = FeatureHash.start("c1=");
        for (int v : new int[] {0, 1, 9, 10, 42, 99, 100, 511, 1023, 65535, -1, -2, -17, Integer.MAX_VALUE,
            Integer.MIN_VALUE}) {
            assertThat(FeatureHash.withInt(h, v)).as("v=%d", v).isEqualTo(FeatureHash.with(h, Integer.toString(v)));
        }
        assertThat(FeatureHash.withInt(h, 12)).isNotEqualTo(FeatureHash.withInt(h, 21));
    }
}
