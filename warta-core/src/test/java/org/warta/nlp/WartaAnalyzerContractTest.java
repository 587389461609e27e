package org.warta.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Moment;
import org.warta.model.StoryQuote;

/** The shared contract: empty input, empty text, order independence, thread safety, English. */
class WartaAnalyzerContractTest {

    private final WartaAnalyzer analyzer = new WartaAnalyzer();

    @Test
    void emptyTextGivesNothing() {
        Article r = analyzer.analyze(Article.of("e", "e", "", "").withLanguage("id"));
        assertThat(r.entities()).isEmpty();
        assertThat(r.quotes()).isEmpty();
        assertThat(r.dates()).isEmpty();
        assertThat(new StoryQuotes().group(List.of())).isEmpty();
        assertThat(new StoryEntities().merge(List.of())).isEmpty();
        assertThat(EventDates.consensus(List.of())).isEmpty();
    }

    @Test
    void storyHelpersIgnoreArticleOrder() throws Exception {
        List<Article> arts = new ArrayList<>(Seeds.load(LocalDate.of(2024, 6, 20)).stream().map(analyzer::analyze)
                .toList());
        List<StoryQuote> base = new StoryQuotes().group(arts);
        Optional<String> date = EventDates.consensus(arts);
        List<Article> shuffled = new ArrayList<>(arts);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(EventDates.consensus(shuffled)).isEqualTo(date);
        assertThat(new StoryQuotes().group(shuffled).stream().map(q -> q.articles().size()).sorted().toList())
                .isEqualTo(base.stream().map(q -> q.articles().size()).sorted().toList());
        assertThat(new StoryEntities().merge(shuffled).stream().map(e -> e.name()).sorted().toList())
                .isEqualTo(new StoryEntities().merge(arts).stream().map(e -> e.name()).sorted().toList());
    }

    @Test
    void threadSafe() throws Exception {
        List<Article> arts = Seeds.load(LocalDate.of(2024, 6, 20));
        List<Article> expected = arts.stream().map(analyzer::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Article>> fs = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                for (Article a : arts) {
                    fs.add(pool.submit(() -> analyzer.analyze(a)));
                }
            }
            for (int i = 0; i < fs.size(); i++) {
                assertThat(fs.get(i).get()).isEqualTo(expected.get(i % arts.size()));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void englishQuotesAndEntities() {
        String text = "North Korean leader Kim Jong Un met Russian President Vladimir Putin in Pyongyang on Wednesday.\n\n"
                + "\"This is a powerful treaty,\" Putin said after the talks.\n\n"
                + "Kim called the pact \"peaceful and defensive\" and praised Moscow.\n\n"
                + "\"Our relations have reached a higher level,\" he said.\n\n"
                + "According to the White House, the deal worries Washington.";
        Article a = Article.of("en", "en", "t", text).withLanguage("en")
                .withPublished(Optional.of(Moment.ofDate(LocalDate.of(2024, 6, 20))));
        Article r = analyzer.analyze(a);
        assertThat(r.entities()).anyMatch(e -> e.name().equals("Vladimir Putin"));
        assertThat(r.entities()).anyMatch(e -> e.name().equals("Kim Jong Un"));
        assertThat(r.entities()).anyMatch(e -> e.name().equals("Pyongyang"));
        assertThat(r.quotes()).hasSize(3);
        assertThat(r.quotes().get(0).speaker()).contains("Vladimir Putin");
        assertThat(r.quotes().get(1).partial()).isTrue();
        assertThat(r.quotes().get(1).speaker()).contains("Kim Jong Un");
        assertThat(r.quotes().get(2).speaker()).contains("Kim Jong Un");
        assertThat(r.dates()).anyMatch(d -> d.value().equals("2024-06-19"));
    }

    @Test
    void undatedArticleUsesTheStoryAnchor() {
        Article a = Article.of("u", "u", "t", "Kedua pemimpin bertemu pada Rabu di Pyongyang.").withLanguage("id");
        assertThat(analyzer.analyze(a).dates()).isEmpty();
        Article r = analyzer.analyze(a, Optional.of(Moment.ofDate(LocalDate.of(2024, 6, 20))));
        assertThat(r.dates()).extracting(d -> d.value()).containsExactly("2024-06-19");
    }
}
