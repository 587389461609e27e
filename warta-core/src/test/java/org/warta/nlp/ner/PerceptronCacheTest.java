package org.warta.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The per-thread cache of lexical scores must not change what the tagger says. */
class PerceptronCacheTest {

    private static final List<String> NAMES = List.of("Budi", "Siti", "Joko", "Ani", "Rudi", "Dewi");
    private static final List<String> PLACES = List.of("Jakarta", "Bandung", "Medan", "Surabaya", "Bogor");

    private static PerceptronTagger trained() throws Exception {
        Random r = new Random(5L);
        List<ConllCorpus.Sentence> data = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String name = NAMES.get(r.nextInt(NAMES.size()));
            String place = PLACES.get(r.nextInt(PLACES.size()));
            data.add(new ConllCorpus.Sentence(List.of("kata", name, "di", place, "."),
                    List.of("O", "B-PER", "O", "B-LOC", "O")));
            // the same words in lower case are not names
            data.add(new ConllCorpus.Sentence(List.of("kata", name.toLowerCase(), "di", place.toLowerCase(), "."),
                    List.of("O", "O", "O", "O", "O")));
        }
        NerFeatures f = new NerFeatures(Gazetteer.standard(), WordClusters.empty());
        PerceptronTagger t = PerceptronTagger.train(data, Collections.nCopies(data.size(), PerceptronTagger.NEWS), f,
                new PerceptronTagger.Params(4, 3L, 0.005f, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.save(out);
        return PerceptronTagger.load(new ByteArrayInputStream(out.toByteArray()), f);
    }

    @Test
    void warmAndColdTaggersAgreeAndCaseIsPartOfTheKey() throws Exception {
        List<String> upper = List.of("kata", "Joko", "di", "Medan", ".");
        List<String> lower = List.of("kata", "joko", "di", "medan", ".");
        PerceptronTagger warm = trained();
        List<String> u1 = warm.tag(upper);
        List<String> l1 = warm.tag(lower);
        List<String> u2 = warm.tag(upper);
        PerceptronTagger cold = trained();
        List<String> l0 = cold.tag(lower);
        assertThat(u1).containsExactly("O", "B-PER", "O", "B-LOC", "O");
        assertThat(l1).containsExactly("O", "O", "O", "O", "O").isEqualTo(l0);
        assertThat(u2).isEqualTo(u1);
        // more distinct tokens than the cache has slots: evicted tokens are scored again, the same
        for (int i = 0; i <= PerceptronTagger.LEXICAL_CACHE_TOKENS; i++) {
            warm.tag(List.of("w" + i));
        }
        assertThat(warm.tag(upper)).isEqualTo(u1);
    }
}
