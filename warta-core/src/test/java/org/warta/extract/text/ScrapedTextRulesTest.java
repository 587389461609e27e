package org.warta.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.extract.date.DateParser;
import org.warta.extract.vocab.ExtractionVocabulary;

/** The scraped-text rules on made-up pages (names and agencies invented, not from any corpus). */
class ScrapedTextRulesTest {
    private static final ExtractionVocabulary VOCABULARY = ExtractionVocabulary.installed();
    private static final ScrapedTextExtractor RULES = new ScrapedTextExtractor(VOCABULARY, new DateParser(VOCABULARY));

    private static CleanText clean(String... lines) {
        return RULES.clean(List.of(lines), Optional.empty());
    }

    @Test
    void creditEndingInAnInitialIsSplitFromTheDatelineAndTheCaptionAboveItLeaves() {
        CleanText c = clean("Banjir Rendam Tiga Desa di Hulu Sungai",
                "Petugas mengevakuasi warga dengan perahu karet di Desa Sungai Kecil, Senin (2/2/2026).",
                "Foto: WARTANUSA/Budi S.Amuntai (WARTANUSA) - Banjir merendam tiga desa di Kecamatan Hulu pada Senin.",
                "Air mulai surut pada Selasa pagi, kata petugas setempat.");
        assertThat(c.body()).containsExactly(
                "Amuntai (WARTANUSA) - Banjir merendam tiga desa di Kecamatan Hulu pada Senin.",
                "Air mulai surut pada Selasa pagi, kata petugas setempat.");
        assertThat(c.captions()).anyMatch(s -> s.startsWith("Petugas mengevakuasi warga"));
        assertThat(c.credits()).containsExactly("WARTANUSA");
        assertThat(c.dateline()).contains("Amuntai");
    }

    @Test
    void gluedCreditBeforeADatelineInCapitalsWithAnOutletIsSplit() {
        CleanText c = clean("Banjir Rendam Tiga Desa",
                "Foto: Harian Contoh/Dewi LestariAMUNTAI, contoh.co.id — Banjir merendam tiga desa pada Senin.",
                "Air mulai surut pada Selasa pagi.");
        assertThat(c.body().get(0)).isEqualTo("AMUNTAI, contoh.co.id — Banjir merendam tiga desa pada Senin.");
        assertThat(c.outlet()).contains("contoh.co.id");
    }

    @Test
    void aLongParagraphBeforeACreditLineStays() {
        CleanText c = clean("Banjir Rendam Tiga Desa",
                "Banjir merendam tiga desa pada Senin. Air setinggi satu meter masuk ke rumah warga.",
                "Foto: Dokumentasi warga");
        assertThat(c.body()).containsExactly(
                "Banjir merendam tiga desa pada Senin. Air setinggi satu meter masuk ke rumah warga.");
    }

    @Test
    void severalStaffCreditsOnOneLineLeaveTheBody() {
        CleanText c = clean("Banjir Rendam Tiga Desa", "Reporter: Dewi Lestari | Editor: Rudi Santoso",
                "Banjir merendam tiga desa pada Senin.");
        assertThat(c.body()).containsExactly("Banjir merendam tiga desa pada Senin.");
        assertThat(c.byline()).contains("Dewi Lestari");
    }

    @Test
    void aLoneSeeAlsoPhraseTakesTheLinkedHeadlineWithIt() {
        CleanText c = clean("Banjir Rendam Tiga Desa", "Banjir merendam tiga desa pada Senin.", "Baca juga:",
                "Longsor Tutup Jalan Provinsi di Kabupaten Contoh", "Air mulai surut pada Selasa pagi.");
        assertThat(c.body()).containsExactly("Banjir merendam tiga desa pada Senin.", "Air mulai surut pada Selasa pagi.");
    }

    @Test
    void unknownAgenciesAreTakenFromTheirUsualPhrasing() {
        assertThat(clean("Judul Berita", "Kota (WARTANUSA) - Isi berita pertama.", "Sumber: Kantor Berita KILAT").credits())
                .containsExactlyInAnyOrder("WARTANUSA", "KILAT");
        assertThat(RULES.creditsIn("With reporting by KILAT")).containsExactly("KILAT");
        assertThat(RULES.creditsIn("Reporting by Jane Doe")).isEmpty();
    }
}
