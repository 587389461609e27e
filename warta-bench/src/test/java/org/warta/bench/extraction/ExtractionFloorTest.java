package org.warta.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.warta.extract.WartaExtractor;

/**
 * The extraction eval gate: on a fixed sample of the trafilatura set, Warta's precision, recall and F1 must stay at
 * or above the floors pinned in {@code floors/extraction.properties}, and its F1 at or above both peers' in the
 * same run. Raising a floor is a commit; lowering one needs a reason in the commit message.
 */
class ExtractionFloorTest {

    @Test
    void wartaStaysAboveItsFloorsAndItsPeers() throws Exception {
        Properties floors = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/warta/bench/floors/extraction.properties")) {
            floors.load(in);
        }
        int every = Integer.parseInt(floors.getProperty("sample.every"));
        List<EvalPage> pages = ExtractionDataset.load(dataset(), every);
        assertThat(pages).hasSizeGreaterThan(100);
        List<ExtractionEvaluation.Result> results = ExtractionEvaluation.run(pages,
                List.of(new WartaUnderTest(new WartaExtractor()), new BoilerpipeUnderTest(),
                        new Readability4jUnderTest()), 0);
        SnippetScore warta = results.get(0).score();
        System.out.printf("extraction sample (every %d-th page, %d pages): Warta P %.3f R %.3f F1 %.3f; "
                        + "boilerpipe F1 %.3f; readability4j F1 %.3f%n", every, pages.size(), warta.precision(),
                warta.recall(), warta.f1(), results.get(1).score().f1(), results.get(2).score().f1());
        assertThat(warta.precision()).isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty("warta.precision")));
        assertThat(warta.recall()).isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty("warta.recall")));
        assertThat(warta.f1()).isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty("warta.f1")));
        assertThat(results.get(0).failures()).isZero();
        assertThat(warta.f1()).isGreaterThanOrEqualTo(results.get(1).score().f1());
        assertThat(warta.f1()).isGreaterThanOrEqualTo(results.get(2).score().f1());
    }

    private static Path dataset() {
        String shared = System.getProperty("warta.shared");
        Path base = shared != null ? Path.of(shared) : Path.of(System.getProperty("warta.root", "."), "../shared");
        Path dir = base.resolve("eval/extraction/trafilatura");
        assertThat(Files.isDirectory(dir)).as("extraction set at " + dir).isTrue();
        return dir;
    }
}
