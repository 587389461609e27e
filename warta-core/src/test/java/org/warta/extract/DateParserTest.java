package org.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.date.DateParser;
import org.warta.extract.vocab.ExtractionVocabulary;
import org.warta.model.Moment;

class DateParserTest {
    private static final DateParser DATES = new DateParser(ExtractionVocabulary.installed());
    private static final Optional<Moment> REF = Moment.parse("2024-06-20T15:00+07:00");

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Kamis, 20 Juni 2024 11:33 WIB; 2024-06-20T11:33:00+07:00",
            "20/06/2024; 2024-06-20",
            "Thursday, 20 June 2024 | 11:33 WIB; 2024-06-20T11:33:00+07:00",
            "2 jam lalu; 2024-06-20T13:00:00+07:00",
            "3 hari yang lalu; 2024-06-17",
            "5 minutes ago; 2024-06-20T14:55:00+07:00",
            "Rabu, 19 Juni 2024 pukul 20.15 WITA; 2024-06-19T20:15:00+08:00",
            "Senin, 1 Juli 2024 07:00 WIT; 2024-07-01T07:00:00+09:00",
            "June 20, 2024 at 11:33 am; 2024-06-20T11:33:00",
            "June 20, 2024 11:33 pm UTC; 2024-06-20T23:33:00Z",
            "2024-06-20T04:33:29Z; 2024-06-20T04:33:29Z",
            "Diperbarui 21 Agt 2024; 2024-08-21",
            "20.06.2024 14:05; 2024-06-20T14:05:00",
    })
    void parses(String text, String iso) {
        assertThat(DATES.parse(text, REF).map(Moment::toString)).contains(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"31/02/2024", "pada 1950-1953", "kata Putin, 24 tahun", "2 jam lalu"})
    void rejects(String text) {
        assertThat(DATES.parse(text, Optional.empty())).isEmpty();
    }
}
