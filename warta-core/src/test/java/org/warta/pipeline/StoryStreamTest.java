package org.warta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.cluster.ExampleCorpus;
import org.warta.lang.LanguageIdentifier;
import org.warta.model.Article;

/** Placing a batch in parallel gives exactly what placing it one article at a time gives. */
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
}
