package org.warta.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadCleanerTest {

    @Test
    void datelinesGo() {
        assertThat(LeadCleaner.strip("Moskow (ANTARA) - Rusia dan Korea Utara pada Rabu menandatangani perjanjian."))
                .startsWith("Rusia dan Korea Utara");
        assertThat(LeadCleaner.strip("Jakarta , CNN Indonesia - - Seiring dengan munculnya Perppu itu ."))
                .startsWith("Seiring dengan");
        assertThat(LeadCleaner.strip("MerahPutih.com - Presiden Rusia Vladimir Putin memastikan negaranya."))
                .startsWith("Presiden Rusia");
        assertThat(LeadCleaner.strip("SPANYOL – Barcelona berhasil memboyong kemenangan besar ."))
                .startsWith("Barcelona");
        assertThat(LeadCleaner.strip("- Rusia dan Korea Utara sepakat untuk saling membantu."))
                .startsWith("Rusia");
    }

    @Test
    void ordinarySentencesStay() {
        String s = "Kim Jong-un mengatakan perjanjian itu bersifat damai - dan defensif.";
        assertThat(LeadCleaner.strip(s)).isEqualTo(s);
        String t = "Putin, yang tiba Rabu pagi, disambut dengan upacara - kata kantor berita - di Pyongyang.";
        assertThat(LeadCleaner.strip(t)).isEqualTo(t);
        assertThat(LeadCleaner.strip("Presiden Rusia - Putin.")).isEqualTo("Presiden Rusia - Putin.");
    }

    @Test
    void quoteMarks() {
        assertThat(QuoteMarks.balanced("\"Saya yakin,\" kata Kim.")).isTrue();
        assertThat(QuoteMarks.balanced("Dia mengatakan perjanjian itu bersifat “cinta damai dan defensif.")).isFalse();
        assertThat(QuoteMarks.balanced("\"Tahun lalu, kami telah membuat kemajuan.")).isFalse();
        assertThat(QuoteMarks.balanced("Yang diberi nama ``Kemitraan Strategis,'' mencakup.")).isTrue();
    }
}
