package org.warta.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Quote;
import org.warta.model.StoryQuote;

/**
 * Quote gold for the five seed articles: every full direct quote with its speaker (the quote's opening words
 * identify it), partial quotes marked, and the Putin treaty quote as one story quote across its three translations.
 */
class SeedQuotesTest {

    /** Gold: article id → (opening words of a full quote → speaker). */
    private static final Map<String, Map<String, String>> FULL = Map.of(
            "000", Map.of(
                    "Perjanjian kemitraan komprehensif yang ditandatangani", "Vladimir Putin",
                    "Perjanjian yang kuat ini", "Kim Jong Un",
                    "Saya tidak ragu bahwa", "Kim Jong Un"),
            "001", Map.of("Perjanjian kemitraan komprehensif yang ditandatangani", "Vladimir Putin"),
            "002", Map.of("Saya yakin hal ini", "Kim Jong Un"),
            "003", Map.of(
                    "Perjanjian Kemitraan Komprehensif yang ditandatangani", "Vladimir Putin",
                    "Dalam hal ini, Rusia tidak", "Vladimir Putin",
                    "Hubungan kedua negara", "Kim Jong Un",
                    "Menyusul perjanjian baru", "Jean-Pierre"),
            "004", Map.of(
                    "Tahun lalu, sebagai hasil", "Vladimir Putin",
                    "Sejauh yang saya tahu", "Vladimir Putin"));

    private static List<Article> analysed;

    @BeforeAll
    static void analyse() throws Exception {
        WartaAnalyzer a = new WartaAnalyzer();
        analysed = Seeds.load(LocalDate.of(2024, 6, 20)).stream().map(a::analyze).toList();
    }

    @Test
    void everyFullQuoteHasTheRightSpeaker() {
        int checked = 0;
        for (Article a : analysed) {
            Map<String, String> gold = FULL.get(a.id());
            for (var e : gold.entrySet()) {
                Quote q = a.quotes().stream().filter(x -> x.text().startsWith(e.getKey())).findFirst()
                        .orElseThrow(() -> new AssertionError(a.id() + ": quote not found: " + e.getKey()));
                assertThat(q.partial()).as(a.id() + " " + e.getKey()).isFalse();
                assertThat(q.speaker()).as(a.id() + " " + e.getKey()).contains(e.getValue());
                assertThat(a.text().substring(q.start(), q.end())).isEqualTo(q.text());
                checked++;
            }
            long full = a.quotes().stream().filter(q -> !q.partial()).count();
            assertThat(full).as(a.id() + " full quotes").isEqualTo(gold.size());
        }
        assertThat(checked).isEqualTo(11);
    }

    @Test
    void scareQuotesArePartialWithTheirSpeaker() {
        Quote q = find("000", "cinta damai dan defensif");
        assertThat(q.partial()).isTrue();
        assertThat(q.speaker()).contains("Kim Jong Un");
        Quote q3 = find("003", "cinta damai dan defensif");
        assertThat(q3.partial()).isTrue();
        assertThat(q3.speaker()).contains("Kim Jong Un");
        assertThat(find("004", "bahu membahu").partial()).isTrue();
    }

    @Test
    void putinsTreatyQuoteIsOneStoryQuoteInThreeArticles() {
        List<StoryQuote> sq = new StoryQuotes().group(analysed);
        List<StoryQuote> treaty = sq.stream().filter(q -> q.text().toLowerCase().startsWith("perjanjian kemitraan"))
                .toList();
        assertThat(treaty).hasSize(1);
        assertThat(treaty.get(0).articles()).containsExactly("000", "001", "003");
        assertThat(treaty.get(0).speaker()).contains("Vladimir Putin");
        assertThat(treaty.get(0).partial()).isFalse();
        // different statements by the same speaker stay apart
        long putin = sq.stream().filter(q -> q.speaker().equals(Optional.of("Vladimir Putin")) && !q.partial()).count();
        assertThat(putin).isGreaterThanOrEqualTo(4);
    }

    private static Quote find(String id, String start) {
        return analysed.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().quotes().stream()
                .filter(q -> q.text().startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start));
    }
}
