package org.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer (bounded time): HTML and text inputs are cut, spliced, byte-flipped, tag-duplicated and
 * nested; every mutant must give an Accepted article or a Rejected reason, never an exception. The seed is printed
 * with any failure, so a failure reproduces.
 */
class MutationFuzzTest {
    /** Wall-clock budget of the whole fuzz run. */
    private static final long BUDGET_MILLIS = Long.getLong("warta.fuzz.millis", 20_000);
    private static final long SEED = Long.getLong("warta.fuzz.seed", 20240620L);

    private static final List<String> CORPUS = List.of(
            "<html><head><title>T</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                    + "\"datePublished\":\"2024-06-20T11:33:00+07:00\",\"author\":[{\"name\":\"A\"}]}</script></head>"
                    + "<body><article><h1>Judul</h1><p>Jakarta (ANTARA) - Paragraf pertama, cukup panjang, dengan "
                    + "koma.</p><p>Baca juga: <a href=x>tautan</a></p><figure><figcaption>Foto: ANTARA/X</figcaption>"
                    + "</figure><p>Kamis, 20 Juni 2024 11:33 WIB</p></article><div class=comments><p>komentar</p></div>"
                    + "</body></html>",
            "Judul Berita\n\nFoto: ANTARA/HO-KremlinMoskow - Isi berita pertama.\nBaca juga:\nBerita Trending\n- 1 A\n"
                    + "Sumber: Anadolu\nThursday, 20 June 2024 | 11:33 WIB Last Updated 2024-06-20T04:33:29Z\n",
            "<table><tr><td><div><span><a href=#>menu</a></span></div></td><td><p>Text cell, long enough, with "
                    + "commas, to be content in a layout table page of old.</p></td></tr></table>");

    @Test
    void mutantsNeverThrow() {
        WartaExtractor extractor = new WartaExtractor();
        Random r = new Random(SEED);
        long end = System.currentTimeMillis() + BUDGET_MILLIS;
        int runs = 0;
        while (System.currentTimeMillis() < end) {
            long caseSeed = r.nextLong();
            byte[] input = mutate(new Random(caseSeed));
            String name = (caseSeed & 1) == 0 ? "fuzz.html" : "fuzz.txt";
            try {
                Extraction x = extractor.extract(RawDocument.of(name, input));
                assertThat(x).isNotNull();
                if (x instanceof Extraction.Rejected rej) {
                    assertThat(rej.reason()).isNotBlank().doesNotContain("\n");
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("fuzz case seed " + caseSeed + " threw", e);
            }
            runs++;
        }
        assertThat(runs).isPositive();
    }

    private static byte[] mutate(Random r) {
        String base = CORPUS.get(r.nextInt(CORPUS.size()));
        StringBuilder s = new StringBuilder(base);
        int ops = 1 + r.nextInt(8);
        for (int i = 0; i < ops; i++) {
            int pos = s.isEmpty() ? 0 : r.nextInt(s.length());
            switch (r.nextInt(7)) {
                case 0 -> s.delete(pos, Math.min(s.length(), pos + r.nextInt(40)));
                case 1 -> s.insert(pos, CORPUS.get(r.nextInt(CORPUS.size())), 0, r.nextInt(60));
                case 2 -> s.insert(pos, "<div>".repeat(r.nextInt(2000)));
                case 3 -> s.insert(pos, (char) r.nextInt(0x3000));
                case 4 -> s.insert(pos, List.of("<", ">", "&", "\"", "<!--", "]]>", "</p>", "<p>", "\u0000", "\n\n",
                        "(Foto: ", "Baca juga:", " - ", "2 jam lalu").get(r.nextInt(14)));
                case 5 -> {
                    int a = r.nextInt(s.length() + 1);
                    s.insert(pos, s.substring(Math.min(a, pos), Math.max(a, pos)));
                }
                default -> s.setLength(pos);
            }
        }
        byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(10) == 0 && bytes.length > 0) {
            bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
        }
        return bytes;
    }
}
