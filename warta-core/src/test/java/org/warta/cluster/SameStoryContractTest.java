package org.warta.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.warta.dedup.MinHashDuplicateDetector;
import org.warta.lang.LanguageIdentifier;
import org.warta.model.Article;
import org.warta.text.AnalyzedText;
import org.warta.text.TextAnalyzer;

/**
 * The contract every same-story algorithm passes: empty input, empty text, shuffled input gives the same result
 * where the algorithm is order-independent (batches are sorted into publication order first), and thread-safety of
 * the stateless ones.
 */
class SameStoryContractTest {

    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();

    private static List<Article> corpus() throws Exception {
        List<Article> all = new ArrayList<>(ExampleCorpus.examples(LANGUAGES));
        all.addAll(ExampleCorpus.seeds(LANGUAGES));
        return all;
    }

    /** Runs {@code f} on every input from 4 threads at once and checks each thread sees the sequential result. */
    private static <T, R> void threadSafe(List<T> inputs, Function<T, R> f) throws Exception {
        List<R> expected = inputs.stream().map(f).toList();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<R>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<List<R>> job = () -> inputs.stream().map(f).toList();
                runs.add(pool.submit(job));
            }
            for (Future<List<R>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        }
    }

    @Test
    void emptyInputs() {
        assertThat(new OnlineStoryClusterer().assignAll(List.of())).isEmpty();
        assertThat(new MinHashDuplicateDetector().observe(Article.of("e", "e", "", ""))).isEmpty();
        assertThat(LANGUAGES.identify("", "")).isEqualTo(Article.UNDETERMINED);
        AnalyzedText empty = new TextAnalyzer().analyze("und", "", "");
        assertThat(empty.isEmpty()).isTrue();
        assertThat(new ArticleSimilarity(DocumentFrequencies.of(List.of(empty))).similarity(empty, empty)).isZero();
    }

    @Test
    void shuffledBatchesGiveTheSameResult() throws Exception {
        List<Article> articles = corpus();
        Map<String, String> stories = new OnlineStoryClusterer().assignAll(articles);
        List<Optional<String>> copies = dedupInOrder(articles);
        for (long seed = 1; seed <= 3; seed++) {
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(new OnlineStoryClusterer().assignAll(shuffled)).isEqualTo(stories);
            assertThat(dedupInOrder(shuffled)).isEqualTo(copies);
        }
    }

    private static List<Optional<String>> dedupInOrder(List<Article> batch) {
        MinHashDuplicateDetector d = new MinHashDuplicateDetector();
        return OnlineStoryClusterer.publicationOrder(batch).stream().map(d::observe).toList();
    }

    @Test
    void statelessStagesAreThreadSafe() throws Exception {
        List<Article> articles = corpus();
        TextAnalyzer analyzer = new TextAnalyzer();
        threadSafe(articles, a -> LANGUAGES.identify(a.title(), a.text()));
        threadSafe(articles, a -> analyzer.analyze(a.language(), a.title(), a.text()));
        List<AnalyzedText> texts = articles.stream().map(a -> analyzer.analyze(a.language(), a.title(), a.text()))
                .toList();
        ArticleSimilarity similarity = new ArticleSimilarity(DocumentFrequencies.of(texts));
        threadSafe(texts, t -> similarity.similarity(t, texts.get(0)));
    }

    @Test
    void similarityIsSymmetricBoundedAndHighForItself() throws Exception {
        TextAnalyzer analyzer = new TextAnalyzer();
        List<AnalyzedText> texts = corpus().stream().map(a -> analyzer.analyze(a.language(), a.title(), a.text()))
                .toList();
        ArticleSimilarity s = new ArticleSimilarity(DocumentFrequencies.of(texts));
        for (AnalyzedText a : texts) {
            if (!a.body().isEmpty()) {
                // not exactly 1: the headline-vs-body part of the score compares two different fields
                assertThat(s.similarity(a, a)).isGreaterThan(0.8);
            }
            for (AnalyzedText b : texts) {
                assertThat(s.similarity(a, b)).isBetween(0.0, 1.0).isEqualTo(s.similarity(b, a));
            }
        }
    }
}
