package org.warta.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.app.json.ContractJson;

/** The foundation issue's acceptance on the five seed articles, through the real CLI. */
class DigestSeedsTest {

    private static JsonNode digest;
    private static String textOutput;

    @BeforeAll
    static void run() throws IOException {
        Path seeds = CliRun.shared().resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds is not beside the project");
        CliRun json = CliRun.of("digest", "--format", "json", seeds.toString());
        assertThat(json.status()).isZero();
        assertThat(json.err()).isEmpty();
        digest = ContractJson.mapper().readTree(json.out());
        CliRun text = CliRun.of("digest", seeds.toString());
        assertThat(text.status()).isZero();
        textOutput = text.out();
    }

    @Test
    void theFiveSeedsMakeExactlyOneStory() {
        assertThat(digest.get("articles")).hasSize(5);
        assertThat(digest.get("stories")).hasSize(1);
        List<String> ids = new ArrayList<>();
        digest.get("articles").forEach(a -> ids.add(a.get("id").asText()));
        List<String> members = new ArrayList<>();
        digest.get("stories").get(0).get("articles").forEach(a -> members.add(a.asText()));
        assertThat(members).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void eachTitleIsTheSeedsHeadline() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        try (var files = Files.list(CliRun.shared().resolve("seeds"))) {
            for (Path f : files.toList()) {
                String first = Files.readString(f, StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(l -> !l.isEmpty())
                        .filter(l -> !l.equals("Notification") && !l.equals("×") && !l.equals("Iklan"))
                        .findFirst().orElseThrow();
                expected.put(f.getFileName().toString(), first);
            }
        }
        Map<String, String> actual = new TreeMap<>();
        digest.get("articles").forEach(a -> actual.put(a.get("source").asText(), a.get("title").asText()));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void noBoilerplateLeftInAnyText() {
        List<String> banned = List.of("Berita Trending", "Berita Terkait", "Baca juga", "Bagikan", "Iklan",
                "Notification", "Berita Terbaru", "×", "Foto:", "(Foto", "/Foto", "-/Kremlin/dpa",
                "id Berita hari ini", "berita riau", "Sumber: Anadolu", "Kemenperin Desak",
                "Mikrofon Bocor", "Jepang Siap Dukung", "Kim Jong-un (kiri) dan Putin (kanan)",
                "Arsip - Presiden Rusia", "Foto arsip", "upacara penyambutan di Lapangan Kim Il-Sung. -");
        digest.get("articles").forEach(a -> {
            String text = a.get("text").asText();
            for (String b : banned) {
                assertThat(text).as("%s text contains %s", a.get("source").asText(), b).doesNotContain(b);
            }
            assertThat(text).doesNotContain("\n\n\n");
        });
    }

    @Test
    void theTextFormatNamesTheStoryAndItsOutlets() {
        assertThat(textOutput).containsIgnoringCase("Korea Utara").contains("Putin");
        assertThat(textOutput.lines().count()).isGreaterThan(10);
    }
}
