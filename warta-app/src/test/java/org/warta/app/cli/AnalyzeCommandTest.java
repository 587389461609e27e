package org.warta.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warta analyze}: the product's reading, language and analysis stages on real articles; bad input. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    @Test
    void seedsGetEntitiesQuotesAndDatesAsContractJson() throws IOException {
        Path seeds = CliRun.shared().resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "seeds not found at " + seeds);
        CliRun run = CliRun.of("analyze", "-q", "--format", "json", seeds.toString(),
                dir.resolve("missing.html").toString());
        assertThat(run.status()).isZero();
        assertThat(run.err().lines().toList()).hasSize(1).first().asString()
                .contains("missing.html").contains("no such file");
        JsonNode articles = new ObjectMapper().readTree(run.out()).path("articles");
        assertThat(articles.size()).isEqualTo(5);
        for (JsonNode a : articles) {
            assertThat(a.path("language").asText()).isEqualTo("id");
            assertThat(a.path("entities").findValuesAsText("name")).as(a.path("source").asText())
                    .anySatisfy(n -> assertThat(n).contains("Putin"));
        }
        assertThat(articles.findValues("quotes")).anySatisfy(q -> assertThat(q.size()).isPositive());
        assertThat(articles.findValues("dates")).anySatisfy(d -> assertThat(d.size()).isPositive());
    }

    @Test
    void textFormatListsEntitiesForPeople() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Jokowi bertemu Anwar Ibrahim di Jakarta\n\nPresiden Joko Widodo bertemu Perdana Menteri "
                + "Malaysia Anwar Ibrahim di Istana Merdeka, Jakarta, pada Senin (3/6/2024). \"Kami sepakat "
                + "memperkuat kerja sama perdagangan,\" kata Joko Widodo kepada wartawan.\n");
        CliRun run = CliRun.of("analyze", "-q", f.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("entity  PERSON  Anwar Ibrahim").contains("quote   Joko Widodo");
    }

    @Test
    void nothingUsableExitsWithTwo() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        CliRun run = CliRun.of("analyze", "-q", empty.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).hasSize(2).noneMatch(l -> l.contains("Exception"));
    }
}
