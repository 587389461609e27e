package org.warta.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FunctionWordVoteTest {

    private static FunctionWordVote vote(FunctionWordVote.Settings settings) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        words.put("en", List.of("the", "of", "and", "in", "de"));
        words.put("es", List.of("el", "la", "de", "y", "en"));
        words.put("pt", List.of("o", "a", "de", "e", "em"));
        words.put("id", List.of("yang", "dan", "di"));
        words.put("ms", List.of("yang", "dan", "di", "ialah"));
        return new FunctionWordVote(settings, words);
    }

    private static final FunctionWordVote.Settings SMALL =
            new FunctionWordVote.Settings(true, 6, 0.3, 2.0, List.of(Set.of("id", "ms")));

    @Test
    void countsCaseInsensitivelyAndWeighsSharedWords() {
        FunctionWordVote v = vote(SMALL);
        FunctionWordVote.Tally t = v.tally("THE cat of The house, DE 12 casas");
        assertThat(t.tokens()).isEqualTo(7);
        assertThat(t.hits()).containsExactly(4, 1, 1, 0, 0);
        assertThat(t.scores()[0]).isEqualTo(3 + 1.0 / 3);
        assertThat(v.decide("The cat of the house and the dog in the garden")).contains("en");
    }

    @Test
    void kinAreNotEachOthersRunnerUp() {
        FunctionWordVote v = vote(SMALL);
        String text = "rumah yang besar dan halaman yang luas di kota yang ramai";
        assertThat(v.tally(text).scores()[3]).isEqualTo(v.tally(text).scores()[4]);
        assertThat(v.decide(text)).isPresent().get().isIn("id", "ms");
        // without kin, Indonesian and Malay tie and the vote abstains
        assertThat(vote(new FunctionWordVote.Settings(true, 6, 0.3, 2.0, List.of())).decide(text)).isEmpty();
    }

    @Test
    void abstainsOnShortUnclearOrDisabled() {
        FunctionWordVote v = vote(SMALL);
        assertThat(v.decide("")).isEmpty();
        assertThat(v.decide("the cat of")).isEmpty();
        assertThat(v.decide("el gato y la casa de o menino e a casa")).isEmpty();
        assertThat(v.decide("Jakarta Surabaya Bandung Medan Makassar Denpasar the")).isEmpty();
        assertThat(vote(SMALL.disabled()).decide("The cat of the house and the dog in the garden")).isEmpty();
    }

    @Test
    void packsHaveLists() {
        FunctionWordVote v = FunctionWordVote.fromPacks(FunctionWordVote.Settings.defaults(),
                LanguageIdentifier.Settings.DEFAULT_LANGUAGES);
        for (String code : List.of("en", "id", "ms", "de", "es", "fr", "it", "nl", "pt", "tr", "pl")) {
            assertThat(LanguagePacks.forCodeOrGeneric(code).lines(FunctionWordVote.DATA_FILE)).as(code)
                    .hasSizeGreaterThan(50);
        }
        assertThat(v.decide("")).isEqualTo(Optional.empty());
    }
}
