package org.warta.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Disagreement;

class DisagreementsTest {

    private static List<Disagreement> find(String... texts) {
        List<org.warta.model.Article> arts = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            arts.add(Articles.of("a" + i, "Outlet " + i, "Judul " + i, texts[i]));
        }
        return new DisagreementFinder().find(StoryText.analyse(arts, SynthesisSettings.defaults()));
    }

    @Test
    void aSpecificTitleAgainstTheConsensusIsADisagreement() {
        List<Disagreement> d = find(
                "Perdana Menteri Jepang Fumio Kishida tiba di Jakarta pada Senin. Jepang membantu proyek itu.",
                "Perdana Menteri Jepang Fumio Kishida bertemu Presiden Joko Widodo di Bogor.",
                "Presiden Jepang Fumio Kishida menandatangani perjanjian energi dengan Indonesia.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).kind()).isEqualTo("title");
        assertThat(d.get(0).subject()).isEqualTo("Fumio Kishida");
        assertThat(d.get(0).variants()).extracting(Disagreement.Variant::value)
                .containsExactly("Perdana Menteri Jepang", "Presiden Jepang");
        assertThat(d.get(0).variants().get(1).articles()).containsExactly("a2");
    }

    @Test
    void aGenericLeaderWordIsNoDisagreement() {
        assertThat(find(
                "Presiden Rusia Vladimir Putin tiba di Pyongyang. Rusia dan Korea Utara bersahabat.",
                "Presiden Rusia Vladimir Putin disambut meriah di Pyongyang.",
                "Pemimpin Rusia itu disambut kerumunan. Presiden Rusia Vladimir Putin lalu berpidato."))
                .isEmpty();
    }

    @Test
    void oneArticleAloneNeverDisagrees() {
        assertThat(find("Presiden Jepang Fumio Kishida tiba. Perdana Menteri Jepang Fumio Kishida pulang.")).isEmpty();
    }

    @Test
    void differentCountsOfTheSameFact() {
        List<Disagreement> d = find(
                "Gempa berkekuatan 5,1 magnitudo di Lampung Selatan menewaskan 12 orang dan merusak 40 rumah warga.",
                "Gempa berkekuatan 5,1 magnitudo di Lampung Selatan menewaskan 15 orang dan merusak 40 rumah warga.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).kind()).isEqualTo("number");
        assertThat(d.get(0).subject()).isEqualTo("korban meninggal");
        assertThat(d.get(0).variants()).extracting(Disagreement.Variant::value).containsExactly("12 orang", "15 orang");
    }

    @Test
    void sameCountsOrUnrelatedSentencesAreNoDisagreement() {
        assertThat(find(
                "Gempa di Lampung Selatan menewaskan 12 orang dan merusak 40 rumah warga.",
                "Banjir di Medan merendam 300 rumah dan 5 sekolah sejak Senin pagi.",
                "Gempa di Lampung Selatan menewaskan 12 orang dan merusak 40 rumah warga, kata BNPB."))
                .isEmpty();
    }

    @Test
    void englishTitlesWork() {
        List<org.warta.model.Article> arts = new java.util.ArrayList<>();
        String[] texts = {
            "North Korean leader Kim Jong Un met Russian President Vladimir Putin in Pyongyang on Wednesday.",
            "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a defence pact.",
            "North Korean President Kim Jong Un praised the treaty as peaceful and defensive."};
        for (int i = 0; i < texts.length; i++) {
            arts.add(Articles.of("e" + i, "Outlet " + i, "Title " + i, texts[i]).withLanguage("en"));
        }
        List<Disagreement> d = new DisagreementFinder().find(StoryText.analyse(arts, SynthesisSettings.defaults()));
        assertThat(d).hasSize(1);
        assertThat(d.get(0).subject()).isEqualTo("Kim Jong Un");
        assertThat(d.get(0).variants()).extracting(Disagreement.Variant::value).containsExactly("Leader", "President");
        assertThat(d.get(0).variants().get(1).articles()).containsExactly("e2");
    }

    @Test
    void nameSpelledDifferently() {
        List<Disagreement> d = find(
                "Putin disambut di Lapangan Kim Il Sung, Pyongyang, pada Rabu pagi.",
                "Upacara penyambutan digelar di Kim II Sung Square, Pyongyang.",
                "Kim Jong Un dan Kim Jong Il pernah memimpin Korea Utara; Kim Il Sung pendirinya.");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).kind()).isEqualTo("name");
        assertThat(d.get(0).variants()).extracting(Disagreement.Variant::value)
                .containsExactly("Kim Il Sung", "Kim II Sung");
        assertThat(d.get(0).variants().get(1).articles()).containsExactly("a1");
    }

    @Test
    void oneEdit() {
        assertThat(NameDisagreements.oneEdit("il", "ii")).isTrue();
        assertThat(NameDisagreements.oneEdit("moskow", "moskoww")).isTrue();
        assertThat(NameDisagreements.oneEdit("widodo", "wiodod")).isFalse();
        assertThat(NameDisagreements.oneEdit("abcd", "bacd")).isTrue();
        assertThat(NameDisagreements.oneEdit("un", "il")).isFalse();
        assertThat(NameDisagreements.oneEdit("same", "same")).isFalse();
    }

    @Test
    void numbersReadInEachLanguagesNotation() {
        Quantities id = Quantities.of(org.warta.lang.LanguagePacks.forCodeOrGeneric("id"));
        Quantities en = Quantities.of(org.warta.lang.LanguagePacks.forCodeOrGeneric("en"));
        assertThat(id.read("Pemerintah mengimpor 500.000 ton beras.", List.of()).get(0).value())
                .isEqualByComparingTo("500000");
        assertThat(id.read("Pemerintah mengimpor 500 ribu ton beras.", List.of()).get(0).value())
                .isEqualByComparingTo("500000");
        assertThat(id.read("Stok beras 1,2 juta ton.", List.of()).get(0).value()).isEqualByComparingTo("1200000");
        assertThat(en.read("Indonesia will import 500,000 tonnes of rice.", List.of()).get(0).value())
                .isEqualByComparingTo("500000");
        assertThat(en.read("It will import half a million tonnes.", List.of()).get(0).value())
                .isEqualByComparingTo("500000");
        Quantities.Measure depth = en.read("It hit at a depth of 10 kilometers, 38 km southwest of the town.", List.of())
                .get(0);
        assertThat(depth.subject()).contains("depth");
        assertThat(depth.unit()).contains("km");
        assertThat(id.read("pukul 10.42 WIB, salah satu pihak, Selasa (10/3)", List.of())).isEmpty();
    }

    @Test
    void theSameVolumeWrittenThreeWaysAgainstAnother() {
        List<Disagreement> d = find(
                "Pemerintah memutuskan mengimpor 500.000 ton beras dari Vietnam.",
                "Menko Pangan memutuskan pemerintah mengimpor 500 ribu ton beras dari Vietnam.",
                "Pemerintah akan mengimpor 600.000 ton beras dari Vietnam dan Thailand.");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.subject()).isEqualTo("volume impor");
            assertThat(x.variants()).extracting(Disagreement.Variant::value)
                    .containsExactly("500000 ton", "600000 ton");
            assertThat(x.variants().get(0).articles()).hasSize(2);
        });
    }
}
