package org.warta.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.extract.RawDocument;
import org.warta.model.Problem;

class InputReaderTest {

    @TempDir
    Path dir;

    private final List<RawDocument> docs = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    @Test
    void walksFoldersRecursivelyWithSourcesRelativeToTheFolder() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/one.txt"), "Headline\nBody.");
        Files.writeString(dir.resolve("a/two.html"), "<html><title>T</title></html>");
        Files.writeString(dir.resolve("a/notes.md"), "not an article");
        Files.writeString(dir.resolve("a/.hidden.txt"), "hidden");
        Files.write(dir.resolve("a/three.txt.gz"), gzip("Gz headline\nGz body."));

        new InputReader().readAll(List.of(dir.resolve("a").toString()), docs::add, problems::add);

        assertThat(problems).isEmpty();
        assertThat(docs).extracting(RawDocument::source).containsExactly("b/one.txt", "three.txt.gz", "two.html");
        assertThat(new String(docs.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("Gz headline\nGz body.");
    }

    @Test
    void eachBadInputIsOneProblemAndTheRestIsRead() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[2048]);
        Path badGz = dir.resolve("bad.txt.gz");
        Files.writeString(badGz, "this is not gzip");
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Headline\nBody.");

        new InputReader(1024).readAll(List.of(dir.resolve("missing").toString(), empty.toString(), big.toString(),
                badGz.toString(), good.toString()), docs::add, problems::add);

        assertThat(docs).extracting(RawDocument::source).containsExactly(good.toString());
        assertThat(problems).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).endsWith("missing: no such file or directory"),
                p -> assertThat(p).endsWith("empty.txt: empty file"),
                p -> assertThat(p).contains("big.txt: too large (0.0 MB, limit 0.0 MB"),
                p -> assertThat(p).contains("bad.txt.gz: not valid gzip data"));
        assertThat(problems).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n"));
    }

    @Test
    void gzipBombsAreRefusedByTheirDecompressedSize() throws IOException {
        Path bomb = dir.resolve("bomb.html.gz");
        Files.write(bomb, gzip("x".repeat(10_000)));
        new InputReader(1000).readAll(List.of(bomb.toString()), docs::add, problems::add);
        assertThat(docs).isEmpty();
        assertThat(problems).singleElement().extracting(Problem::message).asString()
                .startsWith("too large once decompressed");
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }
}
