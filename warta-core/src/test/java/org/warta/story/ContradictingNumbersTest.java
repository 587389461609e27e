package org.warta.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;

/** A sentence is never cited for an article that states the same quantity with another value. */
class ContradictingNumbersTest {

    private static final String TWELVE = "Sedikitnya 12 orang meninggal dunia akibat gempa bermagnitudo 6,1 di "
            + "Kabupaten Lebak, Banten, pada Selasa pagi menurut badan penanggulangan bencana.";
    private static final String FOURTEEN = "Jumlah korban meninggal akibat gempa bermagnitudo 6,1 di Kabupaten "
            + "Lebak, Banten, pada Selasa pagi bertambah menjadi 14 orang menurut badan penanggulangan bencana.";

    @Test
    void twelveDeadAndFourteenDeadAreDifferentFacts() {
        List<Article> arts = List.of(
                Articles.of("a0", "Outlet 0", "Gempa di Lebak", TWELVE),
                Articles.of("a1", "Outlet 1", "Korban gempa Lebak bertambah", FOURTEEN));
        StoryText text = StoryText.analyse(arts, SynthesisSettings.defaults());
        int twelve = -1;
        int fourteen = -1;
        for (StorySentence s : text.sentences()) {
            if (s.text().contains("12 orang")) {
                twelve = s.id();
            } else if (s.text().contains("14 orang")) {
                fourteen = s.id();
            }
        }
        assertThat(twelve).isNotNegative();
        assertThat(fourteen).isNotNegative();
        assertThat(text.contradicts(twelve, fourteen)).isTrue();
        assertThat(text.sameFact(twelve, fourteen)).isFalse();
        assertThat(text.articlesStating(fourteen)).containsExactly(1);
    }

    @Test
    void theSameValueWrittenAnotherWayIsNoContradiction() {
        List<Article> arts = List.of(
                Articles.of("a0", "Outlet 0", "Impor beras", "Pemerintah akan mengimpor 500.000 ton beras dari "
                        + "Vietnam dan Thailand untuk memperkuat cadangan menjelang Lebaran."),
                Articles.of("a1", "Outlet 1", "Impor beras", "Pemerintah akan mengimpor 500 ribu ton beras dari "
                        + "Vietnam dan Thailand untuk memperkuat cadangan menjelang Lebaran."));
        StoryText text = StoryText.analyse(arts, SynthesisSettings.defaults());
        assertThat(text.contradicts(0, 1)).isFalse();
    }
}
