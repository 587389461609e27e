package org.warta.bench.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.warta.story.SynthesisSettings;

/** The eval gate: `warta eval summary` on the whole IndoSum dev set must not fall below the pinned floors. */
class SummaryFloorsTest {

    static Path indosum() {
        String shared = System.getProperty("warta.shared");
        Path base = shared != null ? Path.of(shared) : Path.of(System.getProperty("warta.root", ".")).resolve("../shared");
        return base.resolve("eval/summarization/indosum");
    }

    @Test
    void rougeStaysAboveTheFloorsAndAboveLead3() throws Exception {
        Path dir = indosum();
        assumeTrue(Files.isRegularFile(dir.resolve("articles.jsonl.gz")), "IndoSum is not at " + dir);
        Properties floors = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/warta/bench/floors/summary.properties")) {
            floors.load(in);
        }
        SummaryEvaluation.Result r = SummaryEvaluation.run(SummaryEvaluation.read(dir), SynthesisSettings.defaults()
                .withSummarySentences(3), 3);
        System.out.printf("IndoSum warta %s lead3 %s%n", r.warta(), r.lead3());
        assertThat(r.docs()).isGreaterThan(2000);
        assertThat(r.warta().rouge1()).isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty("rouge1.f1")));
        assertThat(r.warta().rouge2()).isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty("rouge2.f1")));
        assertThat(r.warta().rougeL()).isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty("rougeL.f1")));
        assertThat(r.warta().rouge2() - r.lead3().rouge2())
                .isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty("rouge2.margin.over.lead3")));
    }
}
