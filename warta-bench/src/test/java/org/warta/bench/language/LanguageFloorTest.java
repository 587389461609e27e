package org.warta.bench.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.bench.clustering.Floors;

/** The eval gate of language identification: accuracy per set and condition, the vote's share and its changes. */
class LanguageFloorTest {

    @Test
    void accuracyAboveFloors() throws Exception {
        Path shared = Path.of(System.getProperty("warta.shared", "../shared"));
        Floors floors = Floors.of("language");
        EvalLanguageCommand.Systems systems = EvalLanguageCommand.Systems.create();
        int texts = 0;
        int byVote = 0;
        int changed = 0;
        for (List<LabelledTexts.Text> set : List.of(LabelledTexts.semeval(shared), LabelledTexts.indosum(shared),
                LabelledTexts.ecbplus(shared))) {
            String name = set.get(0).set();
            for (EvalLanguageCommand.Condition c : EvalLanguageCommand.Condition.values()) {
                EvalLanguageCommand.Run r = EvalLanguageCommand.run(systems, set, c);
                String key = name + "." + c.name().toLowerCase(java.util.Locale.ROOT) + ".accuracy";
                assertThat(r.accuracy(r.warta())).as(key).isGreaterThanOrEqualTo(floors.get(key));
                changed += r.changed().size();
                if (c == EvalLanguageCommand.Condition.FULL) {
                    texts += r.texts().size();
                    byVote += r.decidedByVote();
                }
            }
        }
        assertThat(texts).isEqualTo(1514 + 2146 + 772);
        assertThat(byVote / (double) texts).isGreaterThanOrEqualTo(floors.get("vote.full.share"));
        assertThat((double) changed).isLessThanOrEqualTo(floors.get("vote.changed.max"));
    }

    @Test
    void firstSentenceOfABodyWithoutHeadline() {
        assertThat(EvalLanguageCommand.firstSentence("Gempa mengguncang Banten pada Jumat. Warga panik."))
                .isEqualTo("Gempa mengguncang Banten pada Jumat.");
    }
}
