package org.warta.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Quote;

/** Attribution patterns one by one, in Indonesian and English. */
class QuotePatternsTest {

    private static List<Quote> quotes(String lang, String text) {
        return new WartaAnalyzer().analyze(Article.of("q", "q", "t", text).withLanguage(lang)).quotes();
    }

    @Test
    void indonesianSpeakerBeforeTheQuote() {
        List<Quote> q = quotes("id", "Menteri Keuangan Sri Mulyani Indrawati hadir di Jakarta.\n\n"
                + "Sri Mulyani mengatakan, \"Defisit anggaran tetap terjaga di bawah tiga persen.\"\n\n"
                + "Menurut Sri Mulyani, \"Pertumbuhan ekonomi akan tetap kuat tahun ini.\"");
        assertThat(q).hasSize(2);
        assertThat(q).allMatch(x -> x.speaker().orElse("").equals("Sri Mulyani Indrawati") && !x.partial());
    }

    @Test
    void indonesianVerbFormsAfterTheQuote() {
        List<Quote> q = quotes("id", "Presiden Joko Widodo meninjau lokasi banjir di Bekasi.\n\n"
                + "\u201CKami akan membangun tanggul baru tahun depan,\u201D tutur Jokowi.\n\n"
                + "\u201CWarga diminta tetap waspada terhadap hujan deras,\u201D ungkapnya.");
        assertThat(q).extracting(x -> x.speaker().orElse("?")).containsExactly("Joko Widodo", "Joko Widodo");
    }

    @Test
    void englishSaidToldAccordingTo() {
        List<Quote> q = quotes("en", "Foreign Minister Sergei Lavrov arrived in Beijing on Monday.\n\n"
                + "\"We are ready to talk about everything,\" Lavrov told reporters.\n\n"
                + "According to Lavrov, \"the sanctions have failed completely.\"\n\n"
                + "\"Nothing will change,\" said Lavrov.");
        assertThat(q).hasSize(3);
        assertThat(q).allMatch(x -> x.speaker().orElse("").equals("Sergei Lavrov"));
    }

    @Test
    void unattributedQuoteHasNoSpeaker() {
        List<Quote> q = quotes("id", "Spanduk bertuliskan \"Tolak kenaikan harga BBM sekarang juga\" dibentangkan.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).partial()).isTrue();
        assertThat(q.get(0).speaker()).isEmpty();
    }
}
