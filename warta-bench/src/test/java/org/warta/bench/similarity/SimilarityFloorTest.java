package org.warta.bench.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.bench.clustering.Floors;

/** The eval gate: |Pearson r| on all SemEval-2022 Task 8 pairs stays above the pinned floor. */
class SimilarityFloorTest {

    @Test
    void semevalAboveFloor() throws Exception {
        Path dir = Path.of(System.getProperty("warta.shared", "../shared")).resolve("eval/similarity/semeval2022");
        List<SimilarityPairs.Pair> pairs = SimilarityPairs.load(dir);
        EvalSimilarityCommand.Prepared prepared = EvalSimilarityCommand.prepare(pairs);
        EvalSimilarityCommand.Result r = EvalSimilarityCommand.evaluate(pairs, prepared);
        assertThat(r.pairs()).isEqualTo(757);
        assertThat(r.pearson()).isNegative();
        var floors = Floors.of("similarity");
        assertThat(Math.abs(r.pearson())).isGreaterThanOrEqualTo(floors.get("semeval.pearson.abs"));

        EvalSimilarityCommand.Semantic s = EvalSimilarityCommand.evaluateSemantic(pairs, prepared, 2).orElseThrow();
        assertThat(s.inSample().pearson()).isNegative();
        assertThat(Math.abs(s.inSample().pearson())).isGreaterThanOrEqualTo(floors.get("semeval.semantic.pearson.abs"));
        assertThat(s.meanCv()).isGreaterThanOrEqualTo(floors.get("semeval.semantic.cv.abs"));
    }

    @Test
    void csvQuotesAndPearson() throws Exception {
        var rows = SimilarityPairs.parse(new StringReader("a,b\n\"x, \"\"y\"\"\nz\",2\n"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly("x, \"y\"\nz", "2");
        assertThat(EvalSimilarityCommand.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1})).isEqualTo(-1.0);
    }
}
