package org.warta.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Story;

/** The contract every algorithm passes: empty input, empty text, shuffled input, thread safety. */
class SynthesizerContractTest {

    private final WartaStorySynthesizer synth = new WartaStorySynthesizer();

    @Test
    void emptyInputGivesAnEmptyStory() {
        Story s = synth.synthesize("x", List.of());
        assertThat(s.summary()).isEmpty();
        assertThat(s.headline()).isEmpty();
        assertThat(s.independentSources()).isEmpty();
        assertThat(s.language()).isEmpty();
    }

    @Test
    void emptyTextStillGivesTheTitle() {
        Story s = synth.synthesize("x", List.of(Articles.of("a", "Outlet A", "Gempa mengguncang Lampung Selatan", "")));
        assertThat(s.summary()).isEmpty();
        assertThat(s.headline()).isEqualTo("Gempa mengguncang Lampung Selatan");
        assertThat(s.onlyIn()).isEmpty();
    }

    @Test
    void shuffledMembersGiveTheSameStory() throws Exception {
        List<Article> seeds = SeedArticles.load();
        Story expected = synth.synthesize("s", seeds);
        Random random = new Random(20240619L);
        for (int i = 0; i < 5; i++) {
            List<Article> shuffled = new ArrayList<>(seeds);
            Collections.shuffle(shuffled, random);
            assertThat(synth.synthesize("s", shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void threadSafe() throws Exception {
        List<Article> seeds = SeedArticles.load();
        Story expected = synth.synthesize("s", seeds);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Story>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> synth.synthesize("s", seeds)));
            }
            for (Future<Story> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void summaryLengthFollowsTheSetting() throws Exception {
        Story s = new WartaStorySynthesizer(SynthesisSettings.defaults().withSummarySentences(2))
                .synthesize("s", SeedArticles.load());
        assertThat(s.summary()).hasSize(2);
    }

    @Test
    void syndicatedCopiesCountOnceAndCiteBoth() {
        String text = "Gempa berkekuatan 5,1 magnitudo melanda Lampung Selatan pada Selasa pagi menurut BMKG.\n\n"
                + "Gempa itu tidak berpotensi menimbulkan tsunami kata petugas BMKG di Jakarta.";
        Article original = Articles.of("a", "ANTARA", "Gempa 5,1 magnitudo guncang Lampung Selatan", text);
        Article copy = Articles.withCredits(Articles.of("b", "Riau Pos", "Gempa 5,1 magnitudo guncang Lampung Selatan",
                text), List.of("ANTARA"), java.util.Optional.of("a"), java.util.Optional.empty());
        Story s = synth.synthesize("x", List.of(original, copy));
        assertThat(s.independentSources()).hasValue(1);
        assertThat(s.copies()).containsExactly(new org.warta.model.CopyLink("b", "a"));
        assertThat(s.onlyIn()).isEmpty();
        assertThat(s.summary()).isNotEmpty().allSatisfy(x -> assertThat(x.articles()).containsExactly("a", "b"));
        assertThat(s.summary()).hasSize(2);
        assertThat(s.credits()).containsExactly("ANTARA");
    }
}
