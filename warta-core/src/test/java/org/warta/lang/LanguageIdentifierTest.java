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
        List<String> texts = List.of("Gempa guncang Pandeglang", "Banten earthquake kills 12", "Erdbeben in Banten",
                LONG_ID, LONG_EN, LONG_MS);
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

    private static final LanguageIdentifier LINGUA_ONLY = new LanguageIdentifier(LanguageIdentifier.Settings.defaults()
            .withFunctionWords(FunctionWordVote.Settings.defaults().disabled()));

    static final String LONG_ID = "Pemerintah akan menambah anggaran untuk perbaikan jalan di daerah yang terkena banjir "
            + "pada pekan lalu. Menurut menteri, dana tersebut sudah disiapkan sejak awal tahun dan akan segera "
            + "dicairkan kepada pemerintah daerah. Ia mengatakan bahwa perbaikan harus selesai sebelum musim hujan "
            + "berikutnya, karena banyak warga yang tidak bisa pergi ke pasar atau ke sekolah. Warga berharap agar "
            + "bantuan itu tidak terlambat seperti tahun lalu, ketika jalan yang rusak baru diperbaiki setelah "
            + "berbulan-bulan. Kepala desa juga meminta agar pemerintah memperhatikan jembatan yang sudah tua.";
    static final String LONG_EN = "The government will add money to repair roads in the districts that were hit by "
            + "floods last week. According to the minister, the funds have been ready since the start of the year and "
            + "will be paid to the local authorities soon. He said that the repairs must be finished before the next "
            + "rainy season, because many residents are not able to go to the market or to school. Residents hope "
            + "that the aid will not be as late as it was last year, when the damaged roads were only repaired after "
            + "several months. The village head also asked the government to look at the old bridges.";
    static final String LONG_MS = "Kerajaan akan menambah peruntukan bagi membaiki jalan di kawasan yang dilanda banjir "
            + "minggu lalu. Menurut menteri itu, dana tersebut telah disediakan sejak awal tahun dan akan disalurkan "
            + "kepada pihak berkuasa tempatan tidak lama lagi. Beliau berkata bahawa kerja membaiki mesti siap sebelum "
            + "musim tengkujuh, kerana ramai penduduk tidak boleh pergi ke pasar atau ke sekolah. Penduduk berharap "
            + "bantuan itu tidak lewat seperti tahun lalu, apabila jalan yang rosak hanya dibaiki selepas beberapa "
            + "bulan. Ketua kampung turut meminta kerajaan memberi perhatian kepada jambatan lama di pejabat daerah.";

    @Test
    void functionWordsDecideLongClearTexts() {
        assertThat(ID.decidedByFunctionWords("Jalan rusak akibat banjir", LONG_ID)).isTrue();
        assertThat(ID.identify("Jalan rusak akibat banjir", LONG_ID)).isEqualTo("id");
        assertThat(ID.decidedByFunctionWords("Flood-hit roads to be repaired", LONG_EN)).isTrue();
        assertThat(ID.identify("Flood-hit roads to be repaired", LONG_EN)).isEqualTo("en");
        // the vote finds the Indonesian/Malay family, the marker words (kerajaan, kerana, boleh, pejabat) say Malay
        assertThat(ID.decidedByFunctionWords("", LONG_MS)).isTrue();
        assertThat(ID.identify("", LONG_MS)).isEqualTo("ms");
        assertThat(LINGUA_ONLY.identify("", LONG_MS)).isEqualTo("ms");
    }

    @Test
    void shortOrMixedTextsAreLeftToLingua() {
        assertThat(ID.decidedByFunctionWords("Rusia dan Korut Sepakat Saling Bantu Jika Terjadi Agresi", "")).isFalse();
        assertThat(ID.decidedByFunctionWords("", LONG_ID.substring(0, 150))).isFalse();
        // half English, half Indonesian, sentence by sentence: neither language clearly leads
        String[] id = LONG_ID.split("(?<=\\.) ");
        String[] en = LONG_EN.split("(?<=\\.) ");
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < Math.min(id.length, en.length); i++) {
            mixed.append(i % 2 == 0 ? id[i] : en[i]).append(' ');
        }
        assertThat(ID.decidedByFunctionWords("", mixed.toString())).isFalse();
        assertThat(ID.identify("", mixed.toString())).isEqualTo(LINGUA_ONLY.identify("", mixed.toString()));
        // a list of names and numbers has too few function words
        String lineUp = "Persija Jakarta: Andritany Ardhiyasa, Rezaldi Hehanusa, Maman Abdurrahman, Otavio Dutra, "
                + "Ismed Sofyan, Rohit Chand, Sandi Sute, Riko Simanjuntak, Ramdani Lestaluhu, Marko Simic, Bambang "
                + "Pamungkas. Bali United: Wawan Hendrawan, Ahmad Agung, Willian Pacheco, Leonard Tupamahu, Dias "
                + "Angga, Brwa Nouri, Fadil Sausu, Stefano Lilipaly, Irfan Bachdim, Ilija Spasojevic, Yabes Roni, "
                + "Paulo Sergio, Melvin Platje, Sylvano Comvalius, Nick van der Velden, Ryuji Utomo, Hansamu Yama.";
        assertThat(ID.decidedByFunctionWords("", lineUp)).isFalse();
    }

    @Test
    void disabledVoteLeavesEverythingToLingua() {
        for (String text : List.of(LONG_ID, LONG_EN, LONG_MS)) {
            assertThat(LINGUA_ONLY.decidedByFunctionWords("", text)).isFalse();
            assertThat(LINGUA_ONLY.identify("", text)).isEqualTo(ID.identify("", text));
        }
    }

    @Test
    void examplesAndSeedsGetLinguasAnswers() throws Exception {
        List<Article> articles = new java.util.ArrayList<>(org.warta.cluster.ExampleCorpus.examples(ID));
        articles.addAll(org.warta.cluster.ExampleCorpus.seeds(ID));
        int decided = 0;
        for (Article a : articles) {
            assertThat(ID.identify(a.title(), a.text())).as(a.id())
                    .isEqualTo(LINGUA_ONLY.identify(a.title(), a.text()));
            decided += ID.decidedByFunctionWords(a.title(), a.text()) ? 1 : 0;
        }
        assertThat(decided).as("long news articles are decided by the vote").isGreaterThan(articles.size() / 2);
    }

    /** Words of real articles shuffled (seeded): whenever the vote decides a long text, Lingua agrees. */
    @Test
    void shuffledWordsOfRealTextsDecideAsLinguaDoes() throws Exception {
        List<Article> articles = new java.util.ArrayList<>(org.warta.cluster.ExampleCorpus.examples(ID));
        articles.addAll(org.warta.cluster.ExampleCorpus.seeds(ID));
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261125L);
        List<String> sources = new java.util.ArrayList<>(List.of(LONG_ID, LONG_EN, LONG_MS));
        articles.forEach(a -> sources.add(a.text()));
        int decided = 0;
        for (int round = 0; round < 4; round++) {
            for (String source : sources) {
                List<String> words = new java.util.ArrayList<>(List.of(source.split("\\s+")));
                for (int i = words.size() - 1; i > 0; i--) {
                    java.util.Collections.swap(words, i, random.nextInt(i + 1));
                }
                int from = random.nextInt(Math.max(1, words.size() / 2));
                String text = String.join(" ", words.subList(from, Math.min(words.size(), from + 60
                        + random.nextInt(200))));
                if (ID.decidedByFunctionWords("", text)) {
                    decided++;
                    assertThat(ID.identify("", text)).as(text).isEqualTo(LINGUA_ONLY.identify("", text));
                }
            }
        }
        assertThat(decided).isGreaterThan(sources.size());
    }

    @Test
    void settingsAreChecked() {
        LanguageIdentifier.Settings d = LanguageIdentifier.Settings.defaults();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LanguageIdentifier.Settings(d.languages(),
                false, 1200, 1.5, -1, 0.9)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LanguageIdentifier.Settings(d.languages(),
                false, 1200, 1.5, 400, 1.5)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FunctionWordVote.Settings(true, 40, 0, 2.5,
                List.of())).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FunctionWordVote.Settings(true, 40, 0.15, 0.5,
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
