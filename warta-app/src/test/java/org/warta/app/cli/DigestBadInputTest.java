package org.warta.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation issue's bad-input acceptance: one clear line each, the rest processed, exit 0 or 2. */
class DigestBadInputTest {

    @TempDir
    Path dir;

    @Test
    void eachBadInputGetsOneLineAndTheRestIsProcessed() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = dir.resolve("binary.html");
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Files.write(binary, junk);
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Path cp1252 = dir.resolve("cp1252.txt");
        Files.write(cp1252, ("Café owners in Jakarta protest new levy\n"
                + "Jakarta \u2013 Owners of small caf\u00e9s said on Monday that the \u201cnew levy\u201d would close "
                + "dozens of businesses before the end of the year.\n").getBytes(Charset.forName("windows-1252")));

        CliRun run = CliRun.of("digest", "--format", "json", dir.resolve("missing.txt").toString(),
                empty.toString(), binary.toString(), huge.toString(), cp1252.toString());

        assertThat(run.status()).isZero();
        List<String> lines = run.err().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("missing.txt").contains("no such file"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("empty.txt").contains("empty"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("binary.html").containsIgnoringCase("binary"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("huge.txt").contains("too large"));
        assertThat(lines).hasSize(4).noneMatch(l -> l.contains("Exception") || l.startsWith("\tat "));
        assertThat(run.out()).contains("\"title\" : \"Café owners in Jakarta protest new levy\"")
                .contains("caf\u00e9s").contains("\u201cnew levy\u201d");
    }

    @Test
    void nothingUsableExitsWithTwo() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        CliRun run = CliRun.of("digest", empty.toString(), dir.resolve("nope").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(3).last().asString().contains("nothing could be processed");
    }

    @Test
    void unknownOptionIsAUsageErrorNotAStackTrace() {
        CliRun run = CliRun.of("digest", "--no-such-option", "x");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option").doesNotContain("Exception");
        assertThat(new String(run.err().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isNotBlank();
    }
}
