package org.warta.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;

class LanguageIdentifierTest {

    private static final LanguageIdentifier ID = new LanguageIdentifier();

    @Test
    void shortHeadlines() {
        assertThat(ID.identify("Rusia dan Korut Sepakat Saling Bantu Jika Terjadi Agresi", "")).isEqualTo("id");
        assertThat(ID.identify("Banten earthquake kills 12", "")).isEqualTo("en");
        assertThat(ID.identify("Erdbeben in Banten: mindestens zwölf Tote", "")).isEqualTo("de");
    }

    @Test
    void indonesianVersusMalay() {
        String id = "Pemerintah akan mengimpor 500 ribu ton beras untuk menjaga stok menjelang Lebaran, kata Menteri "
                + "Koordinator Bidang Pangan di kantornya, Kamis.";
        String ms = "Kerajaan akan mengimport 500 ribu tan beras bagi memastikan bekalan mencukupi menjelang Aidilfitri, "
                + "kata menteri itu dalam kenyataan kepada pemberita semalam.";
        assertThat(ID.identify("", id)).isEqualTo("id");
        assertThat(ID.identify("", ms)).isEqualTo("ms");
        // a country prior tips a close call, never a clear one
        assertThat(ID.identify("", id, Optional.of("MY"))).isEqualTo("id");
    }

    @Test
    void nothingToGoByIsUndetermined() {
        assertThat(ID.identify("", "")).isEqualTo(Article.UNDETERMINED);
        assertThat(ID.identify("123 456", "!!!")).isEqualTo(Article.UNDETERMINED);
    }

    @Test
    void threadSafe() throws Exception {
        List<String> texts = List.of("Gempa guncang Pandeglang", "Banten earthquake kills 12", "Erdbeben in Banten");
        List<String> expected = texts.stream().map(t -> ID.identify(t, "")).toList();
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> texts.stream().map(t -> ID.identify(t, "")).toList()));
            }
            for (Future<List<String>> f : runs) {
                assertThat(f.get()).isEqualTo(expected);
            }
        }
    }

    @Test
    void quickFirstLookGivesTheLongLooksAnswerOnExamplesAndSeeds() throws Exception {
        LanguageIdentifier.Settings d = LanguageIdentifier.Settings.defaults();
        LanguageIdentifier longLookOnly = new LanguageIdentifier(new LanguageIdentifier.Settings(d.languages(),
                d.lowAccuracy(), d.maxChars(), d.countryPrior(), 0, d.quickConfidence()));
        List<Article> articles = new java.util.ArrayList<>(org.warta.cluster.ExampleCorpus.examples(ID));
        articles.addAll(org.warta.cluster.ExampleCorpus.seeds(ID));
        assertThat(articles).hasSizeGreaterThan(15);
        for (Article a : articles) {
            assertThat(ID.identify(a.title(), a.text())).as(a.id())
                    .isEqualTo(longLookOnly.identify(a.title(), a.text()));
        }
    }

    @Test
    void settingsAreChecked() {
        LanguageIdentifier.Settings d = LanguageIdentifier.Settings.defaults();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LanguageIdentifier.Settings(d.languages(),
                false, 1200, 1.5, -1, 0.9)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LanguageIdentifier.Settings(d.languages(),
                false, 1200, 1.5, 400, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
