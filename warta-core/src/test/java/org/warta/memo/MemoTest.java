package org.warta.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.warta.lang.LanguagePack;
import org.warta.lang.LanguagePacks;

class MemoTest {

    @Test
    void frequentWordsSurviveGenerationTurnovers() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String, String> memo = new Memo<>(w -> {
            calls.incrementAndGet();
            return w.substring(0, 1);
        }, 100);
        Random random = new Random(20241124L);
        for (int i = 0; i < 10_000; i++) {
            assertThat(memo.get("hot")).isEqualTo("h");
            String rare = "rare" + random.nextInt(1_000_000);
            assertThat(memo.get(rare)).isEqualTo("r");
        }
        // "hot" is stemmed once (it is promoted at every turnover); each rare word once
        assertThat(calls.get()).isBetween(10_000, 10_001 + 5);
    }

    @Test
    void parallelLookUpsGiveTheStemmersAnswer() {
        Memo<String, String> memo = new Memo<>(w -> w.toUpperCase(java.util.Locale.ROOT), 50);
        IntStream.range(0, 50_000).parallel().forEach(i -> {
            String w = "w" + (i % 700);
            assertThat(memo.get(w)).isEqualTo(w.toUpperCase(java.util.Locale.ROOT));
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
