package org.warta.bench.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The eval gate: Warta's clustering on all of ECB+ stays above the pinned floors and above Carrot2. */
class ClusteringFloorTest {

    static Path shared() {
        return Path.of(System.getProperty("warta.shared", "../shared"));
    }

    @Test
    void ecbPlusAboveFloorsAndAboveCarrot2() throws Exception {
        ClusteringCorpus corpus = ClusteringCorpus.load(shared().resolve("eval/clustering/ecbplus"));
        EvalClusteringCommand.Result r = EvalClusteringCommand.evaluate(corpus, true);
        Floors floors = Floors.of("clustering");
        assertThat(r.documents()).isEqualTo(772);
        assertThat(r.warta().bcubedF1()).isGreaterThanOrEqualTo(floors.get("ecbplus.bcubed.f1"));
        assertThat(r.warta().pairF1()).isGreaterThanOrEqualTo(floors.get("ecbplus.pairwise.f1"));
        double margin = floors.get("ecbplus.margin.over.carrot2");
        assertThat(r.warta().bcubedF1()).isGreaterThanOrEqualTo(r.lingo().bcubedF1() + margin)
                .isGreaterThanOrEqualTo(r.kmeans().bcubedF1() + margin);
    }

    @Test
    void scoresAreRight() {
        var gold = java.util.Map.of("a", "x", "b", "x", "c", "y", "d", "y");
        assertThat(ClusteringScores.of(gold, gold).bcubedF1()).isEqualTo(1.0);
        var oneCluster = java.util.Map.of("a", "1", "b", "1", "c", "1", "d", "1");
        ClusteringScores s = ClusteringScores.of(oneCluster, gold);
        assertThat(s.bcubedPrecision()).isEqualTo(0.5);
        assertThat(s.bcubedRecall()).isEqualTo(1.0);
        assertThat(s.pairPrecision()).isEqualTo(2.0 / 6);
        assertThat(s.pairRecall()).isEqualTo(1.0);
    }
}
