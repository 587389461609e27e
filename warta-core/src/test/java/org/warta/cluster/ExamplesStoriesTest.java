package org.warta.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.dedup.MinHashDuplicateDetector;
import org.warta.lang.LanguageIdentifier;
import org.warta.model.Article;

/** The same-story stages reproduce the stories and copies of {@code examples/gold.json}, and the seeds make one. */
class ExamplesStoriesTest {

    private static LanguageIdentifier languages;

    @BeforeAll
    static void load() {
        languages = new LanguageIdentifier();
    }

    /** Partition of article ids as a set of sets (labels do not matter). */
    private static Set<Set<String>> partition(Map<String, String> assignment) {
        Map<String, Set<String>> groups = new TreeMap<>();
        assignment.forEach((article, story) -> groups.computeIfAbsent(story, k -> new TreeSet<>()).add(article));
        return new HashSet<>(groups.values());
    }

    @Test
    void examplesMakeTheGoldStories() throws Exception {
        List<Article> articles = ExampleCorpus.examples(languages);
        Map<String, String> stories = new OnlineStoryClusterer().assignAll(articles);
        assertThat(partition(stories)).isEqualTo(partition(ExampleCorpus.goldStories()));
    }

    @Test
    void examplesLanguagesMatchGold() throws Exception {
        var meta = ExampleCorpus.gold().get("articles");
        for (Article a : ExampleCorpus.examples(languages)) {
            assertThat(a.language()).as(a.id()).isEqualTo(meta.get(a.id()).get("language").asText());
        }
    }

    @Test
    void examplesCopiesAreFoundAndNothingElse() throws Exception {
        Map<String, String> expected = new HashMap<>();
        for (var d : ExampleCorpus.gold().get("duplicates")) {
            expected.put(d.get("article").asText(), d.get("duplicate_of").asText());
        }
        MinHashDuplicateDetector dedup = new MinHashDuplicateDetector();
        Map<String, String> found = new HashMap<>();
        for (Article a : OnlineStoryClusterer.publicationOrder(ExampleCorpus.examples(languages))) {
            dedup.observe(a).ifPresent(o -> found.put(a.id(), o));
        }
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void seedsMakeOneStoryAndNoCopies() throws Exception {
        List<Article> seeds = ExampleCorpus.seeds(languages);
        assertThat(seeds).hasSize(5).allSatisfy(a -> assertThat(a.language()).isEqualTo("id"));
        Map<String, String> stories = new OnlineStoryClusterer().assignAll(seeds);
        assertThat(new HashSet<>(stories.values())).hasSize(1);
        MinHashDuplicateDetector dedup = new MinHashDuplicateDetector();
        for (Article a : OnlineStoryClusterer.publicationOrder(seeds)) {
            assertThat(dedup.observe(a)).as(a.id()).isEmpty();
        }
    }
}
