package org.warta.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PerceptronMixingTest {

    private static final List<String> NAMES = List.of("Budi", "Siti", "Joko", "Ani", "Rudi", "Dewi");
    private static final List<String> PLACES = List.of("Jakarta", "Bandung", "Medan", "Surabaya", "Bogor");

    /** Reproducible synthetic corpus: "kata NAME di PLACE ." with BIO tags. */
    private static List<ConllCorpus.Sentence> corpus(long seed, int n) {
        Random r = new Random(seed);
        List<ConllCorpus.Sentence> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ConllCorpus.Sentence(
                    List.of("kata", NAMES.get(r.nextInt(NAMES.size())), "di", PLACES.get(r.nextInt(PLACES.size())), "."),
                    List.of("O", "B-PER", "O", "B-LOC", "O")));
        }
        return out;
    }

    private static byte[] bytes(PerceptronTagger t) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.save(out);
        return out.toByteArray();
    }

    @Test
    void mixedTrainingIsDeterministicAndLearns() throws Exception {
        List<ConllCorpus.Sentence> data = corpus(7L, 60);
        List<String> domains = Collections.nCopies(data.size(), PerceptronTagger.NEWS);
        NerFeatures f = new NerFeatures(Gazetteer.standard(), WordClusters.empty());
        PerceptronTagger.Params p = new PerceptronTagger.Params(3, 11L, 0.005f, 3);
        PerceptronTagger a = PerceptronTagger.train(data, domains, f, p);
        PerceptronTagger b = PerceptronTagger.train(data, domains, f, p);
        assertThat(bytes(a)).isEqualTo(bytes(b));
        assertThat(a.tag(List.of("kata", "Joko", "di", "Medan", "."))).containsExactly("O", "B-PER", "O", "B-LOC", "O");
        PerceptronTagger single = PerceptronTagger.train(data, domains, f, new PerceptronTagger.Params(3, 11L, 0.005f, 1));
        assertThat(bytes(single)).isNotEqualTo(bytes(a));
    }

    @Test
    void domainsAreSavedAndEachDomainTagsWithItsOwnWeights() throws Exception {
        List<ConllCorpus.Sentence> news = corpus(3L, 40);
        List<ConllCorpus.Sentence> data = new ArrayList<>(news);
        List<String> domains = new ArrayList<>(Collections.nCopies(news.size(), PerceptronTagger.NEWS));
        // a second domain that tags the same words the other way round: only its own copies may learn that
        for (ConllCorpus.Sentence s : corpus(5L, 40)) {
            data.add(new ConllCorpus.Sentence(s.tokens(), List.of("O", "B-LOC", "O", "B-PER", "O")));
            domains.add("other");
        }
        NerFeatures f = new NerFeatures(Gazetteer.standard(), WordClusters.empty());
        PerceptronTagger t = PerceptronTagger.train(data, domains, f, new PerceptronTagger.Params(5, 1L, 0.005f, 1));
        PerceptronTagger loaded = PerceptronTagger.load(new java.io.ByteArrayInputStream(bytes(t)), f);
        assertThat(loaded.domains()).containsExactly(PerceptronTagger.NEWS, "other");
        assertThat(bytes(loaded)).isEqualTo(bytes(t));
        List<String> s = List.of("kata", "Joko", "di", "Medan", ".");
        assertThat(loaded.tag(s)).containsExactly("O", "B-PER", "O", "B-LOC", "O");
        assertThat(loaded.tag(s, "other")).containsExactly("O", "B-LOC", "O", "B-PER", "O");
    }

    @Test
    void rejectsZeroMixtures() {
        assertThatThrownBy(() -> new PerceptronTagger.Params(12, 42L, 0.005f, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
