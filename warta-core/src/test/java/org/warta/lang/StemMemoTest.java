package org.warta.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StemMemoTest {

    @Test
    void frequentWordsSurviveGenerationTurnovers() {
        AtomicInteger calls = new AtomicInteger();
        StemMemo memo = new StemMemo(w -> {
            calls.incrementAndGet();
            return w.substring(0, 1);
        }, 100);
        Random random = new Random(20241124L);
        for (int i = 0; i < 10_000; i++) {
            assertThat(memo.stem("hot")).isEqualTo("h");
            String rare = "rare" + random.nextInt(1_000_000);
            assertThat(memo.stem(rare)).isEqualTo("r");
        }
        // "hot" is stemmed once (it is promoted at every turnover); each rare word once
        assertThat(calls.get()).isBetween(10_000, 10_001 + 5);
    }

    @Test
    void parallelLookUpsGiveTheStemmersAnswer() {
        StemMemo memo = new StemMemo(w -> w.toUpperCase(java.util.Locale.ROOT), 50);
        IntStream.range(0, 50_000).parallel().forEach(i -> {
            String w = "w" + (i % 700);
            assertThat(memo.stem(w)).isEqualTo(w.toUpperCase(java.util.Locale.ROOT));
        });
    }

    @Test
    void indonesianStemsThroughTheMemo() {
        LanguagePack id = LanguagePacks.forCodeOrGeneric("id");
        assertThat(id.stem("pembangunan")).isEqualTo("bangun");
        assertThat(id.stem("pembangunan")).isEqualTo("bangun"); // the memo's answer
        assertThat(id.stem("menyatakan")).isEqualTo("nyata");
    }
}
