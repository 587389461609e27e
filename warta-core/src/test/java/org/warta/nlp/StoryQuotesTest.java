package org.warta.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Quote;
import org.warta.model.StoryQuote;

class StoryQuotesTest {

    private static Article with(String id, String lang, Quote... qs) {
        return new Article(id, id, "t", "x", lang, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(),
                List.of(), List.of(qs), List.of());
    }

    private static Quote q(String text, String speaker) {
        return new Quote(text, Optional.ofNullable(speaker), 0, text.length(), false);
    }

    @Test
    void englishAndIndonesianRenderingsOfOneWireQuoteAreOne() {
        Article en = with("en", "en", q("The comprehensive partnership agreement signed today provides, among other "
                + "things, for mutual assistance in the event of aggression against one of the parties to this "
                + "treaty", "Vladimir Putin"));
        Article id = with("id", "id", q("Perjanjian kemitraan komprehensif yang ditandatangani hari ini mencakup, "
                + "antara lain, bantuan timbal balik jika terjadi agresi terhadap salah satu pihak dalam perjanjian "
                + "ini", "Putin"));
        Article other = with("o", "id", q("Kami akan terus membangun jalan tol di Sumatera sampai tahun depan",
                "Vladimir Putin"));
        List<StoryQuote> sq = new StoryQuotes().group(List.of(en, id, other));
        assertThat(sq).hasSize(2);
        assertThat(sq.get(0).articles()).containsExactly("en", "id");
        assertThat(sq.get(0).speaker()).contains("Vladimir Putin");
        assertThat(sq.get(1).articles()).containsExactly("o");
    }

    @Test
    void differentSpeakersNeverMerge() {
        Article a = with("a", "id", q("Hubungan kedua negara telah berkembang ke tingkat aliansi", "Kim Jong Un"));
        Article b = with("b", "id", q("Hubungan kedua negara telah berkembang ke tingkat aliansi", "Vladimir Putin"));
        assertThat(new StoryQuotes().group(List.of(a, b))).hasSize(2);
    }
}
