package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warta.store.Fixtures.at;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.Article;
import org.warta.model.EntityType;
import org.warta.model.Story;
import org.warta.model.StoryEntity;

class LuceneArticleStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesAndReturnsEveryComponentOfAnArticle() {
        Article a = Fixtures.analysed("a1", "Detik", at(19, 10));
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            assertThat(store.putArticles(List.of(a))).containsExactly(new PutResult.Stored("a1", 1));
            assertThat(store.article("a1")).contains(a);
            assertThat(store.article("nope")).isEmpty();
            assertThat(store.articles(List.of("nope", "a1", "a1"))).containsExactly(a);
        }
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            assertThat(store.article("a1")).contains(a);
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.position()).isEqualTo(1);
        }
    }

    @Test
    void ingestIsIdempotentByIdUrlAndNormalisedText() {
        Article a = Fixtures.article("a1", "Detik", "Banjir", "Banjir melanda Jakarta sejak pagi hari. ".repeat(10),
                at(19, 10));
        Article sameUrl = new Article("other-id", "s2", "Banjir (updated)", "Teks lain sama sekali.", "id",
                Optional.of("https://www.detik.example/a1"), Optional.of("Detik"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(),
                List.of(), List.of(), List.of());
        Article sameUrlVariant = new Article("v", "s", "t", "Sesuatu yang berbeda sekali dari yang lain.", "id",
                Optional.of("http://detik.example/a1/?utm_source=twitter#x"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(),
                List.of(), List.of(), List.of());
        Article sameText = Fixtures.article("copy", "Kompas", "Banjir di Jakarta",
                "banjir MELANDA jakarta sejak pagi hari ".repeat(10), at(19, 12));
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            List<PutResult> first = store.putArticles(List.of(a, a));
            assertThat(first.get(0)).isInstanceOf(PutResult.Stored.class);
            assertThat(first.get(1)).isEqualTo(new PutResult.Duplicate("a1", "a1", "id"));
            assertThat(store.putArticles(List.of(sameUrl, sameUrlVariant, sameText))).containsExactly(
                    new PutResult.Duplicate("other-id", "a1", "url"),
                    new PutResult.Duplicate("v", "a1", "url"),
                    new PutResult.Duplicate("copy", "a1", "text"));
            assertThat(store.existingId(sameText)).contains("a1");
        }
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            assertThat(store.putArticles(List.of(sameText))).containsExactly(new PutResult.Duplicate("copy", "a1", "text"));
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void searchesWithLuceneSyntaxFiltersAndHighlights() {
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            store.putArticles(List.of(
                    Fixtures.analysed("a1", "Detik", at(19, 10)),
                    Fixtures.analysed("a2", "Kompas", at(20, 10)),
                    Fixtures.article("a3", "Tempo", "Harga beras naik", "Harga beras di pasar naik tajam. "
                            + "Pedagang mengeluh sepi pembeli.", at(21, 9))));
            SearchResults r = store.search(SearchQuery.of("perjanjian AND defensif"));
            assertThat(r.total()).isEqualTo(2);
            assertThat(r.hits()).extracting(h -> h.article().id()).containsExactlyInAnyOrder("a1", "a2");
            SearchResults.SearchHit hit = r.hits().getFirst();
            Snippet text = hit.snippets().stream().filter(s -> s.field().equals("text")).findFirst().orElseThrow();
            assertThat(text.highlights()).isNotEmpty();
            assertThat(text.highlights()).allSatisfy(range -> assertThat(
                    text.text().substring(range.start(), range.end()).toLowerCase()).isIn("perjanjian", "defensif"));

            assertThat(store.search(new SearchQuery("perjanjian", new ArticleFilter(Optional.empty(),
                    Optional.of("kompas"), Optional.empty(), Optional.empty(), Optional.empty()), 0, 10)).hits())
                    .extracting(h -> h.article().id()).containsExactly("a2");
            assertThat(store.search(new SearchQuery("", new ArticleFilter(Optional.of("id"), Optional.empty(),
                    Optional.of(at(20, 0).toInstant()), Optional.of(at(21, 0).toInstant()), Optional.empty()), 0, 10))
                    .hits()).extracting(h -> h.article().id()).containsExactly("a2");
            assertThat(store.search(new SearchQuery("", new ArticleFilter(Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of("kim jong un")), 0, 10)).total()).isEqualTo(2);
            assertThat(store.search(SearchQuery.of("")).hits()).extracting(h -> h.article().id())
                    .containsExactly("a3", "a2", "a1");
            assertThat(store.search(SearchQuery.of("beras -pedagang")).total()).isZero();
            assertThat(store.search(SearchQuery.of("title:beras")).total()).isEqualTo(1);
            assertThat(store.search(new SearchQuery("", ArticleFilter.NONE, 1, 1)).hits())
                    .extracting(h -> h.article().id()).containsExactly("a2");
        }
    }

    @Test
    void snippetsAreTheMatchedSentencesWithPhrasesMarkedStrictly() {
        String text = "Cuaca cerah di Bandung pagi ini. Presiden Joko tiba di Jl. Sudirman. Kota itu ramai. "
                + "Warga menyambut Presiden Joko Widodo dengan meriah.\n\nJoko lain tidak datang.";
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            store.putArticles(List.of(Fixtures.article("a1", "Detik", "Kunjungan presiden", text, at(19, 10))));
            SearchResults r = store.search(SearchQuery.of("\"presiden joko\""));
            assertThat(r.total()).isEqualTo(1);
            List<Snippet> texts = r.hits().getFirst().snippets().stream().filter(s -> s.field().equals("text"))
                    .toList();
            assertThat(texts).extracting(Snippet::text).containsExactly(
                    "Presiden Joko tiba di Jl. Sudirman. ",
                    "Warga menyambut Presiden Joko Widodo dengan meriah.\n\n");
            for (Snippet s : texts) {
                assertThat(s.highlights()).singleElement().satisfies(h ->
                        assertThat(s.text().substring(h.start(), h.end())).isEqualTo("Presiden Joko"));
            }
        }
    }

    @Test
    void onlyQueriesInTitleAndTextSkipTheArticleFilter() {
        try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
            for (String q : List.of("banjir", "banjir jakarta", "title:banjir", "\"banjir besar\"", "banj*",
                    "banjir~1", "banjir -jakarta", "title:[a TO c]", "banjir -lang:en")) {
                // (an excluded clause cannot widen a match to stories)
                assertThat(LuceneArticleStore.inArticleFieldsOnly(store.parse(q))).as(q).isTrue();
            }
            for (String q : List.of("*:*", "outlet:detik", "banjir OR entity:jakarta",
                    "headline:banjir", "*:* -banjir")) {
                assertThat(LuceneArticleStore.inArticleFieldsOnly(store.parse(q))).as(q).isFalse();
            }
            // a story sharing the query's words and outlet is never a hit
            store.putArticles(List.of(Fixtures.article("a1", "Detik", "Banjir", "Banjir besar di Jakarta.",
                    at(19, 10))));
            store.putStories(List.of(Fixtures.story("s1", "Banjir besar", List.of("a1"), List.of("Detik"),
                    at(19, 10), 1, List.of())));
            assertThat(store.search(SearchQuery.of("banjir")).total()).isEqualTo(1);
            assertThat(store.search(SearchQuery.of("banjir OR outlet:detik")).total()).isEqualTo(1);
        }
    }

    @Test
    void aQueryThatDoesNotParseIsAClearError() {
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            assertThatThrownBy(() -> store.search(SearchQuery.of("title:(unclosed")))
                    .isInstanceOf(BadQueryException.class)
                    .hasMessageStartingWith("cannot parse query 'title:(unclosed'")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void storiesAreReplacedByIdAndRankedByRecencyTimesIndependentOutlets() {
        StoryEntity kim = new StoryEntity("Kim Jong Un", EntityType.PERSON, List.of("Kim"), List.of("a1"));
        Story old = Fixtures.story("s-old", "Old big", List.of("a1"), List.of("A", "B", "C", "D", "E", "F", "G"),
                at(10, 10), 7, List.of(kim));
        Story small = Fixtures.story("s-new", "New small", List.of("a2"), List.of("A"), at(19, 10), 1, List.of());
        Story big = Fixtures.story("s-big", "New big", List.of("a3"), List.of("A", "B", "C"), at(19, 9), 3,
                List.of(kim));
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            store.putStories(List.of(old, small, big));
            StoryPage page = store.stories(StoryQuery.first(10));
            assertThat(page.total()).isEqualTo(3);
            // one hour older but 3 independent outlets beats a single outlet; nine days older loses
            assertThat(page.stories()).extracting(Story::id).containsExactly("s-big", "s-new", "s-old");
            // with a very long half-life, coverage dominates
            assertThat(store.stories(new StoryQuery(Optional.empty(), 0, 10, Duration.ofDays(3650))).stories())
                    .extracting(Story::id).containsExactly("s-old", "s-big", "s-new");
            assertThat(store.stories(new StoryQuery(Optional.of(at(15, 0).toInstant()), 1, 10,
                    StoryQuery.DEFAULT_HALF_LIFE))).satisfies(p -> {
                        assertThat(p.total()).isEqualTo(2);
                        assertThat(p.stories()).extracting(Story::id).containsExactly("s-new");
                    });
            Story grown = Fixtures.story("s-old", "Old big grown", List.of("a1", "a4"), List.of("A"), at(21, 10), 8,
                    List.of(kim));
            long before = store.storyVersion("s-old").orElseThrow();
            store.putStories(List.of(old));
            assertThat(store.storyVersion("s-old")).hasValue(before); // same content, same version
            assertThat(store.storyVersion("s-nope")).isEmpty();
            store.putStories(List.of(grown));
            assertThat(store.storyVersion("s-old").orElseThrow()).isNotEqualTo(before);
            assertThat(store.storyCount()).isEqualTo(3);
            assertThat(store.story("s-old")).contains(grown);
            assertThat(store.storiesOf("a4")).extracting(Story::id).containsExactly("s-old");
            assertThat(store.storiesOf("zzz")).isEmpty();
            assertThat(store.stories(StoryQuery.first(1)).stories()).extracting(Story::id).containsExactly("s-old");
        }
    }

    @Test
    void entityProfileListsItsStoriesOverTime() {
        StoryEntity kim = new StoryEntity("Kim Jong Un", EntityType.PERSON, List.of("Kim", "Pemimpin Korut"),
                List.of("a1"));
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            store.putArticles(List.of(Fixtures.analysed("a1", "Detik", at(19, 10))));
            store.putStories(List.of(
                    Fixtures.story("s2", "Second", List.of("a1"), List.of("A"), at(20, 10), 1, List.of(kim)),
                    Fixtures.story("s1", "First", List.of("a1"), List.of("A"), at(18, 10), 1, List.of(kim)),
                    Fixtures.story("s3", "Other", List.of("a1"), List.of("A"), at(21, 10), 1, List.of())));
            EntityProfile p = store.entity("pemimpin korut", 10).orElseThrow();
            assertThat(p.name()).isEqualTo("Kim Jong Un");
            assertThat(p.type()).contains(EntityType.PERSON);
            assertThat(p.aliases()).containsExactly("Kim", "Pemimpin Korut");
            assertThat(p.storyCount()).isEqualTo(2);
            assertThat(p.articleCount()).isEqualTo(0);
            assertThat(p.stories()).extracting(Story::id).containsExactly("s1", "s2");
            assertThat(store.entity("Kim Jong Un", 1).orElseThrow().stories()).extracting(Story::id)
                    .containsExactly("s2");
            assertThat(store.entity("Vladimir Putin", 10).orElseThrow().articleCount()).isEqualTo(1);
            assertThat(store.entity("Nobody", 10)).isEmpty();
        }
    }

    @Test
    void pipelineStateSurvivesReopenAndArticlesAfterItCanBeReplayed() {
        Random rnd = new Random(7);
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            assertThat(store.loadState()).isEmpty();
            store.putArticles(List.of(Fixtures.random(rnd, "r1", 40), Fixtures.random(rnd, "r2", 40)));
            store.saveState(new PipelineState(new byte[] {1, 2, 3}, store.position()));
            store.putArticles(List.of(Fixtures.random(rnd, "r3", 40)));
        }
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            PipelineState s = store.loadState().orElseThrow();
            assertThat(s.data()).containsExactly(1, 2, 3);
            assertThat(s.position()).isEqualTo(2);
            assertThat(store.articlesAfter(s.position(), 100)).extracting(Article::id).containsExactly("r3");
            assertThat(store.articlesAfter(0, 100)).extracting(Article::id).containsExactly("r1", "r2", "r3");
        }
    }

    @Test
    void aSecondWriterIsRefusedButAReaderSeesCommittedData() {
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            store.putArticles(List.of(Fixtures.analysed("a1", "Detik", at(19, 10))));
            assertThatThrownBy(() -> LuceneArticleStore.open(dir)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use by another warta process");
            try (ArticleStore reader = LuceneArticleStore.openReadOnly(dir)) {
                assertThat(reader.readOnly()).isTrue();
                assertThat(reader.article("a1")).isPresent();
                assertThatThrownBy(() -> reader.putArticles(List.of())).isInstanceOf(StoreException.class);
            }
        }
        assertThatThrownBy(() -> LuceneArticleStore.openReadOnly(dir.resolve("missing")))
                .isInstanceOf(StoreException.class).hasMessageContaining("no Warta store here");
    }

    @Test
    void concurrentWritersAreAllAcknowledgedAndStoredOnce() throws Exception {
        int threads = 8;
        int perThread = 200;
        try (ArticleStore store = LuceneArticleStore.open(dir);
             ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<List<PutResult>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                futures.add(pool.submit(() -> {
                    Random rnd = new Random(seed);
                    List<PutResult> out = new ArrayList<>();
                    for (int i = 0; i < perThread; i += 10) {
                        List<Article> batch = new ArrayList<>();
                        for (int j = i; j < i + 10; j++) {
                            // ids collide across threads on purpose: each id must be stored exactly once
                            batch.add(Fixtures.random(rnd, "x" + (j % 150), 30));
                        }
                        out.addAll(store.putArticles(batch));
                    }
                    return out;
                }));
            }
            long stored = 0;
            for (Future<List<PutResult>> f : futures) {
                stored += f.get().stream().filter(r -> r instanceof PutResult.Stored).count();
            }
            assertThat(stored).isEqualTo(150);
            assertThat(store.articleCount()).isEqualTo(150);
        }
    }

    @Test
    void searchOfInstantBoundsIsHalfOpen() {
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            store.putArticles(List.of(Fixtures.analysed("a1", "Detik", at(19, 10))));
            Instant t = at(19, 10).toInstant();
            ArticleFilter upToT = new ArticleFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(t), Optional.empty());
            ArticleFilter fromT = new ArticleFilter(Optional.empty(), Optional.empty(), Optional.of(t),
                    Optional.empty(), Optional.empty());
            assertThat(store.search(new SearchQuery("", upToT, 0, 10)).total()).isZero();
            assertThat(store.search(new SearchQuery("", fromT, 0, 10)).total()).isEqualTo(1);
        }
    }
}
