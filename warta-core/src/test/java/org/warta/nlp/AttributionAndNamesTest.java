package org.warta.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Quote;
import org.warta.nlp.date.DateFinder;
import org.warta.nlp.ner.TokenSpans;

/** Speakers behind role phrases and appositions, fullest names, glued words, organisation cues, month-only dates. */
class AttributionAndNamesTest {

    private static Article analyze(String lang, String text) {
        return new WartaAnalyzer().analyze(Article.of("q", "q", "t", text).withLanguage(lang));
    }

    private static List<String> speakers(Article a) {
        return a.quotes().stream().map(q -> q.speaker().orElse("?")).toList();
    }

    @Test
    void speakerAtTheEndOfARolePhrase() {
        Article a = analyze("id", "Klub Mahakam United merekrut gelandang baru.\n\n"
                + "\"Dia punya kreativitas di lini tengah,\" kata pelatih Mahakam United Rudi Hartanto.");
        assertThat(speakers(a)).containsExactly("Rudi Hartanto");
        assertThat(a.entities()).extracting(Entity::name, Entity::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Rudi Hartanto", EntityType.PERSON))
                .noneMatch(t -> t.toList().get(0).toString().contains("United Rudi"));
    }

    @Test
    void englishApposedAndRoleBeforeVerb() {
        Article a = analyze("en", "An earthquake struck Banten on Tuesday.\n\n"
                + "\u201CWe found the last two victims late last night,\u201D Agus Supriatna, head of the Pandeglang "
                + "Regional Disaster Management Agency (BPBD), said.\n\n"
                + "\u201CThe modelling shows no tsunami potential,\u201D agency head Ratna Kusumawardani said.");
        assertThat(speakers(a)).containsExactly("Agus Supriatna", "Ratna Kusumawardani");
    }

    @Test
    void shortNameBecomesTheFullestFormInTheArticle() {
        Article a = analyze("id", "Menteri Koordinator Bidang Pangan Hendra Gunawan Prasetyo memutuskan impor beras.\n\n"
                + "Pemerintah juga menyiapkan operasi pasar.\n\n"
                + "\"Harga tidak boleh melonjak sebelum Lebaran,\" kata Hendra.");
        assertThat(speakers(a)).containsExactly("Hendra Gunawan Prasetyo");
    }

    @Test
    void pronounMeansTheSubjectOfASpeechVerb() {
        Article a = analyze("id", "Pelatih Rudi Hartanto memuji pemain barunya.\n\n"
                + "Hartanto menambahkan, Kenta Morishita bisa bermain di sisi kanan. \"Dia pemain yang cerdas "
                + "membaca permainan,\" ujarnya.");
        List<Quote> full = a.quotes().stream().filter(q -> !q.partial()).toList();
        assertThat(full).extracting(q -> q.speaker().orElse("?")).containsExactly("Rudi Hartanto");
    }

    @Test
    void oneWordSpeakerTakesItsFullerFormFromTheText() {
        Article a = analyze("id", "Pemain asal Jepang Kenta Morishita resmi bergabung dengan klub itu, kata pemain itu.\n\n"
                + "\"Saya ingin membawa tim ini juara,\" ujar Morishita dalam sesi perkenalan.");
        assertThat(speakers(a)).containsExactly("Kenta Morishita");
    }

    @Test
    void gluedWordsSplitAfterAListedName() {
        assertThat(TokenSpans.tokens("kata Presiden RusiaVladimir Putin.", 0, 34))
                .extracting(s -> s.text()).contains("Rusia", "Vladimir", "Putin");
        assertThat(TokenSpans.tokens("makan di McDonald dan YouTube", 0, 29)).extracting(s -> s.text())
                .contains("McDonald", "YouTube");
        assertThat(TokenSpans.unglued("kata Presiden RusiaVladimir Putin di McDonald.")).isEqualTo(
                "kata Presiden Rusia Vladimir Putin di McDonald.");
        assertThat(TokenSpans.unglued("Tidak ada yang dilekatkan.")).isEqualTo("Tidak ada yang dilekatkan.");
    }

    @Test
    void monthWithoutDayTakesTheAnchorsYear() {
        List<DateMention> d = DateFinder.standard().find("Beras tiba akhir Maret, sisanya pada April dan Januari.",
                Optional.of(LocalDate.of(2026, 3, 5)));
        assertThat(d).extracting(DateMention::text, DateMention::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("akhir Maret", "2026-03"),
                org.assertj.core.groups.Tuple.tuple("April", "2026-04"),
                org.assertj.core.groups.Tuple.tuple("Januari", "2026-01"));
        assertThat(DateFinder.standard().find("akhir Maret", Optional.empty())).isEmpty();
    }
}
