package org.warta.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The same fact in Indonesian and in an English translation is matched through its names and numbers. */
class TranslationProbeTest {

    @Test
    void translatedLeadIsTheSameFact() {
        var id1 = Articles.of("i1", "A", "Gempa Lampung", "Gempa berkekuatan 5,1 magnitudo melanda Lampung Selatan "
                + "pada pukul 04.28 WIB, Selasa (25/4), menurut BMKG. Gempa itu tidak berpotensi tsunami. "
                + "Warga Kalianda sempat panik dan keluar rumah.");
        var id2 = Articles.of("i2", "B", "Gempa di Lampung", "BMKG mencatat gempa 5,1 magnitudo di Lampung Selatan "
                + "pada Selasa pagi. Pusat gempa berada di kedalaman 10 km. Belum ada laporan kerusakan.");
        var en = Articles.of("e1", "C", "Quake hits Lampung", "A magnitude 5.1 earthquake struck South Lampung at "
                + "04.28 local time on Tuesday, according to BMKG. The quake had no tsunami potential. "
                + "Its epicentre was 10 km deep.").withLanguage("en");
        StoryText t = StoryText.analyse(List.of(id1, id2, en), SynthesisSettings.defaults());
        StorySentence idLead = t.sentencesOf(0).get(0);
        StorySentence enLead = t.sentencesOf(2).get(0);
        StorySentence depth = t.sentencesOf(1).get(1);
        StorySentence enDepth = t.sentencesOf(2).get(2);
        StorySentence panic = t.sentencesOf(0).get(2);
        assertThat(t.sameFact(idLead.id(), enLead.id())).isTrue();
        assertThat(t.sameFact(depth.id(), enDepth.id())).isTrue();
        assertThat(t.sameFact(enLead.id(), enDepth.id())).isFalse();
        assertThat(t.articlesStating(panic.id())).containsExactly(0);
        assertThat(t.articlesStating(enLead.id())).containsExactlyInAnyOrder(2, 0, 1);
    }
}
