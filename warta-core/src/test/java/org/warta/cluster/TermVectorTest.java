package org.warta.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import it.unimi.dsi.fastutil.ints.Int2FloatOpenHashMap;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermVectorTest {

    @Test
    void keysAscendAndTopKeepsTheHeaviest() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            Int2FloatOpenHashMap m = new Int2FloatOpenHashMap();
            int n = 1 + r.nextInt(80);
            for (int i = 0; i < n; i++) {
                m.put(r.nextInt(), r.nextFloat());
            }
            int limit = 1 + r.nextInt(60);
            TermVector v = TermVector.of(m, limit);
            assertThat(v.size()).isEqualTo(Math.min(limit, m.size()));
            float kept = Float.MAX_VALUE;
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) {
                    assertThat(v.key(i)).isGreaterThan(v.key(i - 1));
                }
                assertThat(v.value(i)).isEqualTo(m.get(v.key(i)));
                kept = Math.min(kept, v.value(i));
            }
            long heavier = m.values().doubleStream().filter(x -> x > 0).count();
            final float min = kept;
            assertThat(m.values().doubleStream().filter(x -> x > min).count()).isLessThanOrEqualTo(v.size());
            assertThat(heavier).isPositive();
        }
    }

    @Test
    void plusMergesAndCosineIsBounded() {
        Int2FloatOpenHashMap a = new Int2FloatOpenHashMap();
        a.put(-5, 1f);
        a.put(3, 2f);
        Int2FloatOpenHashMap b = new Int2FloatOpenHashMap();
        b.put(3, 2f);
        b.put(Integer.MIN_VALUE, 1f);
        TermVector x = TermVector.of(a, 10);
        TermVector y = TermVector.of(b, 10);
        TermVector sum = x.plus(y, 1f, 10);
        assertThat(sum.size()).isEqualTo(3);
        assertThat(sum.key(0)).isEqualTo(Integer.MIN_VALUE);
        assertThat(sum.value(2)).isEqualTo(4f);
        assertThat(x.cosine(x)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(x.cosine(y)).isBetween(0.0, 1.0);
        assertThat(x.cosine(TermVector.EMPTY)).isZero();
    }
}
