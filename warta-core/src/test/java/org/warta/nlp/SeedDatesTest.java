package org.warta.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.DateMention;

/** The seeds' dates: the signing resolves to 2024-06-19 in every article that mentions it. */
class SeedDatesTest {

    @Test
    void signingDayResolvesInEveryArticle() throws Exception {
        for (LocalDate published : List.of(LocalDate.of(2024, 6, 19), LocalDate.of(2024, 6, 20))) {
            WartaAnalyzer a = new WartaAnalyzer();
            List<Article> arts = Seeds.load(published).stream().map(a::analyze).toList();
            for (Article art : arts) {
                List<DateMention> days = art.dates().stream().filter(d -> d.text().contains("Rabu")).toList();
                assertThat(days).as(art.id()).isNotEmpty();
                assertThat(days).as(art.id()).allMatch(d -> d.value().equals("2024-06-19"));
            }
            assertThat(EventDates.consensus(arts)).contains("2024-06-19");
        }
    }

    @Test
    void otherSeedExpressions() throws Exception {
        List<Article> arts = Seeds.load(LocalDate.of(2024, 6, 20)).stream().map(new WartaAnalyzer()::analyze).toList();
        Article a001 = arts.get(1);
        assertThat(a001.dates()).anyMatch(d -> d.text().equals("Rabu (19/6)") && d.value().equals("2024-06-19"));
        Article a004 = arts.get(4);
        assertThat(a004.dates()).anyMatch(d -> d.text().equals("13/9/2023") && d.value().equals("2023-09-13"));
        assertThat(a004.dates()).anyMatch(d -> d.text().equals("1950-1953") && d.value().equals("1950/1953"));
        assertThat(a004.dates()).anyMatch(d -> d.text().equals("Senin") && d.value().equals("2024-06-17"));
        assertThat(arts.get(2).dates()).anyMatch(d -> d.text().equals("tahun lalu") && d.value().equals("2023"));
        assertThat(arts.get(3).dates()).anyMatch(d -> d.text().equals("Rabu (19 Juni 2024)")
                && d.value().equals("2024-06-19"));
        for (Article a : arts) {
            for (DateMention d : a.dates()) {
                assertThat(a.text().substring(d.start(), d.end())).isEqualTo(d.text());
            }
        }
    }
}
