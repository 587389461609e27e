package org.warta.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.Article;
import org.warta.model.Story;
import org.warta.store.ArticleStore;
import org.warta.store.LuceneArticleStore;

class IngestServiceTest {

    @TempDir
    Path dir;

    private static Article article(String id, String title, String text) {
        return TestStages.analyze(Article.of(id, "src/" + id, title, text)).withAnalysis(List.of(), List.of(),
                List.of());
    }

    @Test
    void storiesKeepGrowingAcrossRuns() {
        String storyId;
        try (ArticleStore store = LuceneArticleStore.open(dir);
             IngestService s = IngestService.open(store, TestStages.stages(), IngestService.Options.DEFAULT)) {
            List<IngestOutcome> out = s.ingest(List.of(
                    article("a1", "Rusia teken pakta", "Vladimir Putin tiba di Pyongyang. Lalu bertemu."),
                    article("a2", "Banjir di Jakarta", "Air naik di Jakarta sejak pagi.")));
            assertThat(out).allMatch(IngestOutcome::stored);
            storyId = out.getFirst().storyId().orElseThrow();
            assertThat(store.story(storyId).orElseThrow().articles()).containsExactly("a1");
            assertThat(store.article("a1").orElseThrow().entities()).extracting(e -> e.name())
                    .containsExactly("Pyongyang", "Vladimir Putin");
        }
        assertThat(Files.exists(dir.resolve("pipeline-state.bin"))).isTrue();
        try (ArticleStore store = LuceneArticleStore.open(dir);
             IngestService s = IngestService.open(store, TestStages.stages(), IngestService.Options.DEFAULT)) {
            List<IngestOutcome> out = s.ingest(List.of(
                    article("a3", "Rusia dan Korut", "Kim Jong Un menyambut Vladimir Putin."),
                    article("a1", "Rusia teken pakta", "Vladimir Putin tiba di Pyongyang. Lalu bertemu.")));
            assertThat(out.get(0).storyId()).contains(storyId);
            assertThat(out.get(1)).isEqualTo(new IngestOutcome("a1", false, Optional.of("a1"), Optional.of(storyId)));
            Story grown = store.story(storyId).orElseThrow();
            assertThat(grown.articles()).containsExactly("a1", "a3");
            assertThat(store.storyCount()).isEqualTo(2);
        }
    }

    @Test
    void articlesStoredAfterTheLastSnapshotAreReplayedOnOpen() {
        IngestService.Options rarely = new IngestService.Options(1_000_000, java.time.Duration.ofDays(1));
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            IngestService s = IngestService.open(store, TestStages.stages(), rarely);
            s.ingest(List.of(article("a1", "Rusia teken pakta", "Putin tiba.")));
            s.snapshot();
            s.ingest(List.of(article("a2", "Rusia lagi", "Putin pulang.")));
            // no close(): as if the process died before its next snapshot
        }
        try (ArticleStore store = LuceneArticleStore.open(dir);
             IngestService s = IngestService.open(store, TestStages.stages(), rarely)) {
            List<IngestOutcome> out = s.ingest(List.of(article("a3", "Rusia ketiga", "Putin lagi.")));
            Story story = store.story(out.getFirst().storyId().orElseThrow()).orElseThrow();
            assertThat(story.articles()).containsExactly("a1", "a2", "a3");
            assertThat(s.storyIds()).hasSize(1);
        }
    }

    @Test
    void duplicatesWithinOneBatchAreStoredOnce() {
        try (ArticleStore store = LuceneArticleStore.open(dir);
             IngestService s = IngestService.open(store, TestStages.stages(), IngestService.Options.DEFAULT)) {
            String text = "Teks yang sama persis dari dua sumber berbeda tentang banjir besar di kota itu. ".repeat(3);
            List<IngestOutcome> out = s.ingest(List.of(article("x1", "Banjir", text), article("x2", "Banjir!", text)));
            assertThat(out.get(0).stored()).isTrue();
            assertThat(out.get(1).stored()).isFalse();
            assertThat(out.get(1).existing()).contains("x1");
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.story(out.get(0).storyId().orElseThrow()).orElseThrow().articles()).containsExactly("x1");
        }
    }
}
