package org.warta.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.app.json.ContractJson;

/** {@code warta extract} through the real CLI: the contract's article form, one line per bad input. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void extractsAFolderAndReportsBadInputs() throws IOException {
        Path folder = CliRun.root().resolve("examples/sinar-timur");
        Files.createFile(dir.resolve("empty.txt"));
        CliRun run = CliRun.of("extract", "--format", "json", folder.toString(), dir.resolve("empty.txt").toString(),
                dir.resolve("missing.html").toString());
        assertThat(run.status()).isZero();
        assertThat(run.err().lines()).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("empty.txt: empty file"))
                .anySatisfy(l -> assertThat(l).contains("missing.html: no such file"));
        JsonNode articles = ContractJson.mapper().readTree(run.out()).get("articles");
        assertThat(articles).hasSize(2);
        JsonNode quake = articles.get(0);
        assertThat(quake.get("source").asText()).isEqualTo("gempa-magnitudo-6-1-guncang-banten.txt");
        assertThat(quake.get("title").asText()).isEqualTo("Gempa Magnitudo 6,1 Guncang Banten, 12 Warga Pandeglang Tewas");
        assertThat(quake.get("published").asText()).isEqualTo("2026-03-10T12:05:00+07:00");
        assertThat(quake.get("credits").get(0).asText()).isEqualTo("LINTAS");
        assertThat(quake.get("text").asText()).contains("Gempa bumi bermagnitudo 6,1").doesNotContain("Baca juga");
        assertThat(quake.has("entities")).isFalse();
    }

    @Test
    void nothingUsableExitsWithTwo() {
        CliRun run = CliRun.of("extract", dir.resolve("nope").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("nope: no such file or directory").contains("nothing could be processed");
    }
}
