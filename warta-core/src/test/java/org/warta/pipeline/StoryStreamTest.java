package org.warta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.cluster.ExampleCorpus;
import org.warta.lang.LanguageIdentifier;
import org.warta.model.Article;

/**
 * Placing a batch in parallel gives exactly what placing it one article at a time gives, and both give what the
 * stages composed in their documented order give (language, duplicate decision, story, then analysis with the
 * story's anchor), although dated articles are analysed before their decisions.
 */
class StoryStreamTest {

    @Test
    void parallelBatchPlacementEqualsOneAtATime() throws Exception {
        List<Article> articles = new ArrayList<>(ExampleCorpus.examples(new LanguageIdentifier()));
        articles.addAll(ExampleCorpus.seeds(new LanguageIdentifier()));
        // as extraction delivers them: language unknown, so the parallel phase identifies it
        List<Article> extracted = articles.stream().map(a -> a.withLanguage(Article.UNDETERMINED))
                .sorted(PublicationOrder.COMPARATOR).toList();
        PipelineStages stages = StandardPipeline.stages();

        StoryStream oneByOne = new StoryStream(stages);
        List<Placement> expected = extracted.stream().map(oneByOne::place).toList();
        StoryStream batched = new StoryStream(stages);
        List<Placement> got = new ArrayList<>(batched.placeAll(extracted.subList(0, 9), true));
        got.addAll(batched.placeAll(extracted.subList(9, extracted.size()), true));

        assertThat(got).isEqualTo(expected);
        assertThat(got.stream().map(p -> p.article().entities()).filter(e -> !e.isEmpty())).isNotEmpty();
        assertThat(batched.snapshot()).isEqualTo(oneByOne.snapshot());
    }

    @Test
    void placementEqualsTheStagesComposedInTheirOrder() throws Exception {
        List<Article> articles = new ArrayList<>(ExampleCorpus.examples(new LanguageIdentifier()));
        articles.addAll(ExampleCorpus.seeds(new LanguageIdentifier()));
        List<Article> extracted = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i).withLanguage(Article.UNDETERMINED);
            // every third article undated: its relative dates are anchored on its story's first report
            extracted.add(i % 3 == 2 ? withoutPublished(a) : a);
        }
        // a verbatim copy under another id: a duplicate whose analysis must still be its own
        Article copy = extracted.get(0);
        extracted.add(new Article(copy.id() + "-copy", copy.source() + "-copy", copy.title(), copy.text(),
                copy.language(), java.util.Optional.empty(), copy.outlet(), copy.published(), copy.modified(),
                copy.byline(), copy.dateline(), copy.credits(), copy.captions(), copy.duplicateOf(),
                copy.entities(), copy.quotes(), copy.dates()));
        extracted.sort(PublicationOrder.COMPARATOR);
        PipelineStages stages = StandardPipeline.stages();

        var duplicates = stages.duplicates().get();
        var clusterer = stages.clusterer().get();
        java.util.Map<String, String> storyOfKey = new java.util.HashMap<>();
        java.util.Map<String, org.warta.model.Moment> first = new java.util.HashMap<>();
        List<Placement> expected = new ArrayList<>();
        for (Article e : extracted) {
            Article a = e.withLanguage(stages.language().languageOf(e));
            a = a.withDuplicateOf(duplicates.observe(a));
            String key = clusterer.assign(a, clusterer.analyse(a));
            boolean opened = !storyOfKey.containsKey(key);
            String story = storyOfKey.computeIfAbsent(key, k -> "s" + e.id());
            e.published().ifPresent(t -> first.merge(story, t, (x, y) -> x.compareTo(y) <= 0 ? x : y));
            var anchor = e.published().or(() -> java.util.Optional.ofNullable(first.get(story)));
            expected.add(new Placement(stages.analyzer().analyze(a, anchor), story, opened));
        }

        List<Placement> got = new StoryStream(stages).placeAll(extracted, true);

        assertThat(got).isEqualTo(expected);
        assertThat(got).anyMatch(p -> p.article().duplicateOf().isPresent());
        assertThat(got).anyMatch(p -> p.article().published().isEmpty() && !p.article().dates().isEmpty());
    }

    private static Article withoutPublished(Article a) {
        return new Article(a.id(), a.source(), a.title(), a.text(), a.language(), a.url(), a.outlet(),
                java.util.Optional.empty(), a.modified(), a.byline(), a.dateline(), a.credits(), a.captions(),
                a.duplicateOf(), a.entities(), a.quotes(), a.dates());
    }
}
