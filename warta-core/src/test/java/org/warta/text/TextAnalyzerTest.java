package org.warta.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void indonesianStemsStopWordsNamesAndNumbers() {
        AnalyzedText t = analyzer.analyze("id", "Rusia dan Korut Sepakat Saling Bantu",
                "Presiden Rusia Vladimir Putin mengatakan keamanan menjadi topik penting pada 19/6 di Pyongyang.");
        assertThat(t.title()).doesNotContain("dan").contains("rusia", "sepakat");
        assertThat(t.body()).contains("aman").doesNotContain("pada", "di");
        assertThat(t.names()).contains("vladimir", "putin", "vladimir putin", "pyongyang").doesNotContain("presiden");
        assertThat(t.numbers()).containsExactly("19", "6");
        assertThat(t.words()).startsWith("rusia", "dan");
    }

    @Test
    void englishStemsAndHeadlineCase() {
        AnalyzedText t = analyzer.analyze("en", "Banten Earthquake Kills Twelve People",
                "The earthquake killed 12 people in Pandeglang, officials said on Tuesday.");
        assertThat(t.title()).contains("earthquak", "kill");
        assertThat(t.names()).contains("pandeglang", "tuesday").doesNotContain("banten", "the");
        assertThat(t.numbers()).containsExactly("12");
    }

    @Test
    void emptyAndUnknownLanguage() {
        assertThat(analyzer.analyze("und", "", "").isEmpty()).isTrue();
        AnalyzedText t = analyzer.analyze("xx", "Zzz qqq", "Zzz qqq Www.");
        assertThat(t.body()).containsExactly("zzz", "qqq", "www");
    }
}
