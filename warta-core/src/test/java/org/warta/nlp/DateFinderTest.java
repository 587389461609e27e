package org.warta.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.model.DateMention;
import org.warta.nlp.date.DateFinder;

class DateFinderTest {

    private static final Optional<LocalDate> THURSDAY = Optional.of(LocalDate.of(2024, 6, 20));

    private static List<String> values(String text, Optional<LocalDate> anchor) {
        return DateFinder.standard().find(text, anchor).stream().map(d -> d.text() + "=" + d.value()).toList();
    }

    @Test
    void indonesianForms() {
        assertThat(values("Putin tiba pada Rabu (19/6) di Pyongyang.", THURSDAY)).containsExactly("Rabu (19/6)=2024-06-19");
        assertThat(values("Ia datang kemarin dan pulang besok.", THURSDAY))
                .containsExactly("kemarin=2024-06-19", "besok=2024-06-21");
        assertThat(values("Senin lalu ia bicara.", THURSDAY)).containsExactly("Senin lalu=2024-06-17");
        assertThat(values("Kamis lalu ia bicara.", THURSDAY)).containsExactly("Kamis lalu=2024-06-13");
        assertThat(values("Dokumen itu diteken 19 Juni 2024.", Optional.empty())).containsExactly("19 Juni 2024=2024-06-19");
        assertThat(values("Sidang digelar 5 Agustus.", THURSDAY)).containsExactly("5 Agustus=2024-08-05");
        assertThat(values("Pada Januari 2023 ia menjabat.", Optional.empty())).containsExactly("Januari 2023=2023-01");
        assertThat(values("tiga hari lalu", THURSDAY)).containsExactly("tiga hari lalu=2024-06-17");
        assertThat(values("sejak 1998 dan 2001", THURSDAY)).containsExactly("1998=1998", "2001=2001");
    }

    @Test
    void englishForms() {
        assertThat(values("He spoke on Wednesday.", THURSDAY)).containsExactly("Wednesday=2024-06-19");
        assertThat(values("It was signed June 19, 2024 in Pyongyang.", Optional.empty()))
                .containsExactly("June 19, 2024=2024-06-19");
        assertThat(values("They met yesterday; last year they quarrelled.", THURSDAY))
                .containsExactly("yesterday=2024-06-19", "last year=2023");
        assertThat(values("Tuesday\u2019s quake and Monday's aftershock", THURSDAY))
                .containsExactly("Tuesday=2024-06-18", "Monday=2024-06-17");
        assertThat(values("We found them late last night.", THURSDAY)).containsExactly("last night=2024-06-19");
        assertThat(values("The Korean War (1950-1953) ended.", THURSDAY)).containsExactly("1950-1953=1950/1953");
        assertThat(values("two weeks ago", THURSDAY)).containsExactly("two weeks ago=2024-06-06");
    }

    @Test
    void noFalseYearsOrDays() {
        assertThat(values("Harga naik 2024 rupiah, kata minggu ini bukan hari.", Optional.empty())).isEmpty();
        assertThat(values("Kemarin hujan.", Optional.empty())).isEmpty();
        assertThat(values("", THURSDAY)).isEmpty();
    }

    @Test
    void offsetsCoverTheText() {
        String t = "Pada Rabu (19 Juni 2024), 1950–1953, (13/9/2023) dan tahun lalu.";
        for (DateMention d : DateFinder.standard().find(t, THURSDAY)) {
            assertThat(t.substring(d.start(), d.end())).isEqualTo(d.text());
        }
        assertThat(values(t, THURSDAY)).containsExactly("Rabu (19 Juni 2024)=2024-06-19", "1950–1953=1950/1953",
                "13/9/2023=2023-09-13", "tahun lalu=2023");
    }
}
