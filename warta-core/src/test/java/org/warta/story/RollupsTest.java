package org.warta.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.CopyLink;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.Moment;
import org.warta.model.Quote;
import org.warta.model.StoryEntity;
import org.warta.model.StoryQuote;
import org.warta.model.TimelineEvent;

class RollupsTest {

    private static final String T1 = "Putin dan Kim menandatangani perjanjian di Pyongyang pada Rabu (19/6). "
            + "Perjanjian Persahabatan Tahun 1961 diganti.";
    private static final String T2 = "Perjanjian itu ditandatangani Rabu (19/6) di Pyongyang oleh Putin dan Kim.";

    @Test
    void provenanceFollowsCopiesAndMergesCredits() {
        Moment early = Moment.ofDate(LocalDate.of(2024, 6, 19));
        Moment late = Moment.ofDate(LocalDate.of(2024, 6, 20));
        Article a = Articles.withCredits(Articles.of("a", "ANTARA", "t", T1), List.of("ANTARA", "Anadolu"),
                Optional.empty(), Optional.of(early));
        Article b = Articles.withCredits(Articles.of("b", "Riau", "t", T1), List.of("antara"), Optional.of("a"),
                Optional.of(late));
        Article c = Articles.withCredits(Articles.of("c", "Other", "t", T2), List.of("Reuters"), Optional.of("b"),
                Optional.empty());
        Article d = Articles.of("d", "Else", "t", T2);
        Provenance p = new ProvenanceBuilder().build(List.of(a, b, c, d));
        assertThat(p.credits()).containsExactly("ANTARA", "Anadolu", "Reuters");
        assertThat(p.copies()).containsExactly(new CopyLink("b", "a"), new CopyLink("c", "b"));
        assertThat(p.independentSources()).hasValue(2);
        assertThat(p.outlets()).containsExactly("ANTARA", "Riau", "Other", "Else");
        assertThat(p.firstReport()).contains(early);
        assertThat(p.lastUpdate()).contains(late);
    }

    @Test
    void timelineAndEventDateFromDateMentions() {
        Article a = Articles.withNlp(Articles.of("a", "A", "t", T1), List.of(), List.of(), List.of(
                new DateMention("Rabu (19/6)", "2024-06-19", T1.indexOf("Rabu"), T1.indexOf("Rabu") + 11),
                new DateMention("Tahun 1961", "1961", T1.indexOf("Tahun 1961"), T1.indexOf("Tahun 1961") + 10)));
        Article b = Articles.withNlp(Articles.of("b", "B", "t", T2), List.of(), List.of(), List.of(
                new DateMention("Rabu (19/6)", "2024-06-19", T2.indexOf("Rabu"), T2.indexOf("Rabu") + 11)));
        StoryText text = StoryText.analyse(List.of(a, b), SynthesisSettings.defaults());
        TimelineBuilder tb = new TimelineBuilder(SynthesisSettings.defaults());
        List<TimelineEvent> events = tb.build(text);
        assertThat(events).extracting(TimelineEvent::date).containsExactly("1961", "2024-06-19");
        assertThat(events.get(0).text()).isEqualTo("Perjanjian Persahabatan Tahun 1961 diganti.");
        assertThat(events.get(1).articles()).containsExactly("a", "b");
        assertThat(org.warta.nlp.EventDates.consensus(List.of(a, b))).contains("2024-06-19");
    }

    @Test
    void quotesGroupBySpeakerAndWords() {
        Article a = Articles.withNlp(Articles.of("a", "A", "t", T1), List.of(), List.of(
                new Quote("Perjanjian ini bersifat cinta damai dan defensif", Optional.of("Kim Jong Un"), 0, 10, false),
                new Quote("kami tidak ragu soal kemitraan strategis", Optional.of("Putin"), 0, 5, false)), List.of());
        Article b = Articles.withNlp(Articles.of("b", "B", "t", T2), List.of(), List.of(
                new Quote("cinta damai dan defensif", Optional.of("Kim Jong-un"), 0, 5, true)), List.of());
        List<StoryEntity> people = List.of(
                new StoryEntity("Vladimir Putin", EntityType.PERSON, List.of("Putin"), List.of("a")),
                new StoryEntity("Kim Jong Un", EntityType.PERSON, List.of("Kim Jong-un", "Kim"), List.of("a", "b")));
        List<StoryQuote> q = new QuoteRollup(SynthesisSettings.defaults()).build(List.of(a, b), people);
        assertThat(q).hasSize(2);
        assertThat(q.get(0).articles()).containsExactly("a", "b");
        assertThat(q.get(0).text()).startsWith("Perjanjian ini");
        assertThat(q.get(0).partial()).isFalse();
        assertThat(q.get(0).speaker()).contains("Kim Jong Un");
        assertThat(q.get(1).speaker()).contains("Vladimir Putin");
    }

    @Test
    void captionsDateEarlierEvents() {
        Article plain = Articles.of("a", "A", "t", T2);
        Article a = new Article("a", "A", "t", T2, "id", Optional.empty(), Optional.of("A"),
                Optional.of(Moment.ofDate(LocalDate.of(2024, 6, 20))), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of("Foto arsip - Putin dan Kim bertemu di Kosmodrom Vostochny, Rusia "
                + "(13/9/2023). (ANTARA/KCNA/tm/aa)"), Optional.empty(), List.of(), List.of(), List.of());
        List<TimelineEvent> events = new TimelineBuilder(SynthesisSettings.defaults())
                .build(StoryText.analyse(List.of(a, plain), SynthesisSettings.defaults()));
        assertThat(events).extracting(TimelineEvent::date).contains("2023-09-13");
        assertThat(events).filteredOn(e -> e.date().equals("2023-09-13")).singleElement()
                .satisfies(e -> assertThat(e.text())
                        .isEqualTo("Putin dan Kim bertemu di Kosmodrom Vostochny, Rusia (13/9/2023)."));
    }
}
