package org.warta.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.model.EntityType;

class EntityRecognizerRulesTest {

    private final EntityRecognizer rules = new EntityRecognizer(Optional.empty(), Gazetteer.standard());

    @Test
    void aSpanEndingTheFullNameOfTheBracketedAbbreviationTakesItsType() {
        List<String> t = List.of("Badan", "Meteorologi", ",", "Klimatologi", ",", "dan", "Geofisika", "(", "BMKG", ")",
                "Ratna", "Kusumawardani", "menyebut");
        List<NerSpan> out = rules.relabelListed(t, List.of(new NerSpan(6, 7, EntityType.PERSON),
                new NerSpan(10, 12, EntityType.PERSON)));
        assertThat(out).containsExactly(new NerSpan(6, 7, EntityType.ORGANIZATION),
                new NerSpan(10, 12, EntityType.PERSON));
    }

    @Test
    void aPersonBeforeAnUnrelatedAbbreviationStaysAPerson() {
        List<String> t = List.of("Ratna", "Kusumawardani", "(", "BMKG", ")", "menyebut");
        assertThat(rules.relabelListed(t, List.of(new NerSpan(0, 2, EntityType.PERSON))))
                .containsExactly(new NerSpan(0, 2, EntityType.PERSON));
    }

    @Test
    void anOrganisationCueAloneEndsTheNameBeforeIt() {
        List<String> t = List.of("kata", "pelatih", "Mahakam", "United", "Rudi", "Hartanto", ".");
        assertThat(rules.organisationsByCue(t, List.of(new NerSpan(3, 4, EntityType.ORGANIZATION),
                new NerSpan(4, 6, EntityType.PERSON)))).containsExactly(new NerSpan(2, 4, EntityType.ORGANIZATION),
                new NerSpan(4, 6, EntityType.PERSON));
    }
}
