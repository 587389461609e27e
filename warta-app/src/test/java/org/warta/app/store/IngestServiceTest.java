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
    void storiesFromRecentArticlesInMemoryAreTheStoriesFromTheStore() {
        List<Article> stream = List.of(
                article("p1", "Putin tiba di Pyongyang", "Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu. "
                        + "Kim Jong Un menyambut Putin di bandara. Kunjungan itu yang pertama sejak 2000."),
                article("f1", "Banjir rendam Jakarta", "Banjir setinggi 50 cm merendam 12 RT di Jakarta Timur. "
                        + "BPBD DKI mencatat 300 warga mengungsi."),
                article("p2", "Putin dan Kim teken pakta", "Vladimir Putin dan Kim Jong Un meneken pakta kemitraan "
                        + "strategis di Pyongyang. Pakta itu berisi bantuan jika salah satu diserang."),
                article("f2", "Banjir Jakarta meluas", "Banjir di Jakarta Timur kini merendam 15 RT. BPBD DKI "
                        + "mencatat 450 warga mengungsi ke masjid dan sekolah."),
                article("p3", "Kim sebut Putin sahabat", "Kim Jong Un menyebut Vladimir Putin sahabat terdekat. "
                        + "Putin tiba di Pyongyang pada Rabu dini hari."),
                article("f3", "Banjir Jakarta surut", "Banjir di Jakarta Timur mulai surut pada Kamis. BPBD DKI "
                        + "mencatat 450 warga mengungsi sejak Rabu."));
        java.util.Map<String, Story> fromMemory = storiesAfter(stream, IngestService.Options.DEFAULT, "memory");
        java.util.Map<String, Story> fromStore = storiesAfter(stream,
                new IngestService.Options(5_000, java.time.Duration.ofSeconds(30), 0), "store");
        assertThat(fromMemory).hasSizeGreaterThanOrEqualTo(2).isEqualTo(fromStore);
        assertThat(fromMemory.values()).anyMatch(st -> st.articles().size() >= 3);
    }

    @Test
    void bulkIngestMakesTheStoriesOfBatchByBatchIngest() {
        List<Article> stream = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String n = Integer.toString(i);
            stream.add(i % 2 == 0
                    ? article("p" + n, "Putin dan Kim bertemu " + n, "Vladimir Putin dan Kim Jong Un bertemu di "
                            + "Pyongyang pada Rabu. Pertemuan ke-" + n + " membahas pakta kemitraan strategis.")
                    : article("f" + n, "Banjir Jakarta hari ke-" + n, "Banjir di Jakarta Timur merendam " + n
                            + " RT pada Kamis. BPBD DKI mencatat warga mengungsi ke masjid."));
        }
        java.util.Map<String, Story> batchByBatch = storiesAfter(stream, IngestService.Options.DEFAULT, "sync");
        java.util.Map<String, Story> bulk = new java.util.TreeMap<>();
        List<IngestOutcome> outcomes = new java.util.ArrayList<>();
        try (ArticleStore store = LuceneArticleStore.open(dir.resolve("bulk"));
             IngestService s = IngestService.open(store, TestStages.stages(), IngestService.Options.DEFAULT)) {
            try (BulkIngest b = s.bulk()) {
                for (int from = 0; from < stream.size(); from += 2) {
                    b.submit(stream.subList(from, from + 2)).thenAccept(outcomes::addAll);
                }
            }
            for (String id : s.storyIds()) {
                bulk.put(id, store.story(id).orElseThrow());
            }
        }
        assertThat(outcomes).hasSize(12).allMatch(IngestOutcome::stored);
        assertThat(outcomes).extracting(IngestOutcome::id).containsExactlyElementsOf(
                stream.stream().map(Article::id).toList());
        assertThat(bulk).hasSizeGreaterThanOrEqualTo(2).isEqualTo(batchByBatch);
    }

    @Test
    void bulkIngestStoresAnArticleOfTwoBatchesInFlightOnce() {
        Article a = article("d1", "Banjir", "Banjir besar di kota itu sejak pagi. ".repeat(4));
        Article b = article("d2", "Gempa", "Gempa kecil terasa di kota itu pada malam hari. ".repeat(4));
        List<IngestOutcome> outcomes = new java.util.ArrayList<>();
        try (ArticleStore store = LuceneArticleStore.open(dir);
             IngestService s = IngestService.open(store, TestStages.stages(), IngestService.Options.DEFAULT)) {
            try (BulkIngest bulk = s.bulk()) {
                // the second batch is prepared while the first may not be stored yet
                bulk.submit(List.of(a)).thenAccept(outcomes::addAll);
                bulk.submit(List.of(a, b)).thenAccept(outcomes::addAll);
            }
            assertThat(store.articleCount()).isEqualTo(2);
            assertThat(s.storyIds()).hasSize(2);
        }
        assertThat(outcomes).extracting(IngestOutcome::stored).containsExactly(true, false, true);
        assertThat(outcomes.get(1).existing()).contains("d1");
    }

    @Test
    void aBatchPreparedBeforeEarlierBatchesWereStoredStoresNothingTwice() {
        List<Article> arts = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            arts.add(article("k" + i, "Kabar ke-" + i, ("Kabar nomor " + i + " tentang kota yang berbeda. ").repeat(6)));
        }
        try (ArticleStore store = LuceneArticleStore.open(dir);
             IngestService s = IngestService.open(store, TestStages.stages(), IngestService.Options.DEFAULT)) {
            // prepared before anything is stored: their look-ups found nothing
            IngestService.PreparedBatch early = s.prepare(List.of(arts.get(0), arts.get(6)));
            IngestService.PreparedBatch late = s.prepare(List.of(arts.get(1), arts.get(0)));
            for (int i = 0; i < 5; i++) {
                s.place(s.prepare(List.of(arts.get(i))));
            }
            // one batch placed since it was prepared would be checked in memory; five are more than are kept,
            // so the store answers
            List<IngestOutcome> lateOut = s.place(late);
            List<IngestOutcome> earlyOut = s.place(early);
            assertThat(lateOut).extracting(IngestOutcome::stored).containsExactly(false, false);
            assertThat(earlyOut).extracting(IngestOutcome::stored).containsExactly(false, true);
            assertThat(earlyOut.getFirst().existing()).contains("k0");
            assertThat(store.articleCount()).isEqualTo(6);
            assertPlacedOnce(s);
        }
        try (ArticleStore store = LuceneArticleStore.open(dir.resolve("mem"));
             IngestService s = IngestService.open(store, TestStages.stages(), IngestService.Options.DEFAULT)) {
            IngestService.PreparedBatch second = s.prepare(List.of(arts.get(0), arts.get(1)));
            s.place(s.prepare(List.of(arts.get(0))));
            // placed one batch after it was prepared: the kept keys of that batch answer
            assertThat(s.place(second)).extracting(IngestOutcome::stored).containsExactly(false, true);
            assertThat(store.articleCount()).isEqualTo(2);
            assertPlacedOnce(s);
        }
    }

    /** No article was placed twice by the online stages (the store alone would still store it once). */
    private static void assertPlacedOnce(IngestService s) {
        List<String> placed = s.storyIds().stream().flatMap(id -> s.members(id).stream()).toList();
        assertThat(placed).doesNotHaveDuplicates();
    }

    @Test
    void theSameArticleTwiceInABatchIsStoredOnceAndSaidSo() {
        Article a = article("t1", "Banjir", "Banjir besar di kota itu sejak pagi. ".repeat(4));
        try (ArticleStore store = LuceneArticleStore.open(dir);
             IngestService s = IngestService.open(store, TestStages.stages(), IngestService.Options.DEFAULT)) {
            List<IngestOutcome> out = s.ingest(List.of(a, a));
            assertThat(out.get(0).stored()).isTrue();
            assertThat(out.get(1).stored()).isFalse();
            assertThat(out.get(1).existing()).contains("t1");
            assertThat(out.get(1).storyId()).isEqualTo(out.get(0).storyId());
        }
    }

    @Test
    void bulkIngestRefusesBatchesAfterClose() {
        try (ArticleStore store = LuceneArticleStore.open(dir);
             IngestService s = IngestService.open(store, TestStages.stages(), IngestService.Options.DEFAULT)) {
            BulkIngest bulk = s.bulk();
            bulk.close();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> bulk.submit(List.of()))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    /** Every story after ingesting the stream two articles at a time. */
    private java.util.Map<String, Story> storiesAfter(List<Article> stream, IngestService.Options options, String sub) {
        java.util.Map<String, Story> out = new java.util.TreeMap<>();
        try (ArticleStore store = LuceneArticleStore.open(dir.resolve(sub));
             IngestService s = IngestService.open(store, TestStages.stages(), options)) {
            for (int from = 0; from < stream.size(); from += 2) {
                s.ingest(stream.subList(from, from + 2));
            }
            for (String id : s.storyIds()) {
                out.put(id, store.story(id).orElseThrow());
            }
        }
        return out;
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
