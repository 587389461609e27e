package org.warta.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warta.lang.LanguagePack;
import org.warta.lang.LanguagePacks;
import org.warta.memo.Memo;
import org.warta.model.Article;
import org.warta.model.Story;
import org.warta.text.SentenceSplitter;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

/** The memos of synthesis change its cost, never its result. */
class SynthesisMemoTest {

    private final WartaStorySynthesizer synth = new WartaStorySynthesizer();

    @Test
    void aStoryGrowingFromMemoIsTheStoryMadeFromScratch() throws Exception {
        List<Article> seeds = SeedArticles.load();
        SynthesisMemory.forget();
        Story fresh = synth.synthesize("s", seeds);
        SynthesisMemory.forget();
        // as in an ingest: the story is synthesised from its first members, then again when it has grown
        synth.synthesize("s", seeds.subList(0, 2));
        synth.synthesize("s", seeds.subList(0, 4));
        assertThat(synth.synthesize("s", seeds)).isEqualTo(fresh);
        assertThat(synth.synthesize("s", seeds)).isEqualTo(fresh);
    }

    @Test
    void featuresAfterTheFirstTokenComposeToTheSentencesFeatures() throws Exception {
        int sentences = 0;
        for (Article a : SeedArticles.load()) {
            LanguagePack pack = LanguagePacks.forCodeOrGeneric(a.language());
            Set<String> stop = StopWords.of(pack);
            Set<String> names = new LinkedHashSet<>();
            List<List<Span>> all = new ArrayList<>();
            for (Span s : new SentenceSplitter(pack).split(a.title() + ".\n\n" + a.text())) {
                List<Span> toks = Tokenizer.tokens(s.text());
                all.add(toks);
                toks.stream().skip(1).map(Span::text).filter(t -> Character.isUpperCase(t.codePointAt(0)))
                        .forEach(t -> names.add(t.toLowerCase(Locale.ROOT)));
            }
            for (List<Span> toks : all) {
                Set<String> composed = new LinkedHashSet<>();
                if (!toks.isEmpty()) {
                    Features.add(composed, toks.get(0).text(), 0, pack, stop, names, false);
                }
                composed.addAll(Features.afterFirst(toks, pack, stop));
                assertThat(List.copyOf(composed)).isEqualTo(List.copyOf(Features.of(toks, pack, stop, names, false)));
                sentences++;
            }
        }
        assertThat(sentences).isGreaterThan(50);
    }

    @Test
    void memoKeepsAtMostTwoGenerations() {
        int[] calls = new int[1];
        Memo<Integer, Integer> memo = new Memo<>(k -> {
            calls[0]++;
            return k * 2;
        }, 2);
        for (int k = 0; k < 10; k++) {
            assertThat(memo.get(k)).isEqualTo(k * 2);
        }
        assertThat(calls[0]).isEqualTo(10);
        assertThat(memo.get(9)).isEqualTo(18);
        assertThat(calls[0]).isEqualTo(10); // still remembered
        assertThat(memo.get(0)).isEqualTo(0);
        assertThat(calls[0]).isEqualTo(11); // long forgotten
    }
}
