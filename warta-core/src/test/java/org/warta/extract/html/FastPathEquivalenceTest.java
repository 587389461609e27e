package org.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.warta.extract.text.TextLines;

/**
 * The speed-ups of the HTML extractor give what the plain computations give: statistics kept through removals equal a
 * fresh count, the document-order walk equals {@link Element#getAllElements()}, the one-pass class-name table equals
 * {@link ElementRules#hasWord} for each list, and the key comparison equals comparing keys. Pages: the golden fixtures and,
 * when {@code ../shared} is there, every 25th page of the trafilatura set. Randomized with a fixed seed.
 */
class FastPathEquivalenceTest {
    private static final long SEED = 20261124L;

    @Test
    void statsStayExactThroughRemovals() throws IOException {
        Random random = new Random(SEED);
        for (Document doc : pages()) {
            Element body = doc.body();
            ElementStats stats = new ElementStats(body);
            assertThat(stats.elements()).containsExactlyElementsOf(body.getAllElements());
            List<Element> all = new ArrayList<>(body.getAllElements());
            for (int k = 0; k < 12 && all.size() > 1; k++) {
                Element victim = all.get(1 + random.nextInt(all.size() - 1));
                if (victim.parent() != null) {
                    stats.remove(victim);
                }
            }
            ElementStats fresh = new ElementStats(body);
            for (Element e : body.getAllElements()) {
                ElementStats.Counts a = stats.of(e);
                ElementStats.Counts b = fresh.of(e);
                assertThat(new int[]{a.chars, a.linkChars, a.commas, a.paragraphChars})
                        .as("counts of <%s> after removals", e.normalName())
                        .containsExactly(b.chars, b.linkChars, b.commas, b.paragraphChars);
            }
        }
    }

    @Test
    void documentOrderIsGetAllElements() throws IOException {
        for (Document doc : pages()) {
            assertThat(DocumentOrder.elements(doc)).containsExactlyElementsOf(doc.getAllElements());
            assertThat(DocumentOrder.byTag(doc, "a")).containsExactlyElementsOf(doc.getElementsByTag("a"));
        }
    }

    @Test
    void classNameTableAgreesWithEachList() throws IOException {
        List<String> names = new ArrayList<>(List.of("related-posts", "entry_content", "post-body x", "a-d",
                "c-article-body", "widget-area sidebar", "comment-respond", "x y z", "share--bar_social media",
                "author-box-wrap", "toolbar-top", ""));
        for (Document doc : pages()) {
            for (Element e : doc.getAllElements()) {
                names.add(e.attr("class"));
                names.add(e.attr("id"));
            }
        }
        int matched = 0;
        for (String name : names) {
            String ci = name.toLowerCase(Locale.ROOT);
            int flags = ElementRules.wordFlags(ci);
            assertThat((flags & ElementRules.Memo.BOILER) != 0).as("boilerplate %s", ci)
                    .isEqualTo(ElementRules.hasWord(ci, ElementRules.BOILERPLATE));
            assertThat((flags & ElementRules.Memo.HINT) != 0).as("body hint %s", ci)
                    .isEqualTo(ElementRules.hasWord(ci, ElementRules.BODY_HINT));
            assertThat((flags & ElementRules.Memo.COMMENT) != 0).as("comments %s", ci)
                    .isEqualTo(ElementRules.hasWord(ci, ElementRules.COMMENTS));
            matched += flags != 0 ? 1 : 0;
        }
        assertThat(matched).isGreaterThan(5);
    }

    @Test
    void spaceTestEqualsWhitespaceOrNoBreakSpace() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(ElementStats.isSpace((char) c)).as("U+%04X", c)
                    .isEqualTo(Character.isWhitespace((char) c) || c == '\u00A0');
        }
    }

    @Test
    void keyComparisonEqualsComparingKeys() {
        Random random = new Random(SEED);
        String alphabet = "aAbB 1,.-éÉßİΣς\u00A0\uD835\uDC00";
        for (int i = 0; i < 5000; i++) {
            String a = randomText(random, alphabet);
            String b = random.nextInt(3) == 0 ? a.toUpperCase(Locale.ROOT) : randomText(random, alphabet);
            String key = TextLines.key(b);
            assertThat(TextLines.hasKey(a, key)).as("%s vs %s", a, b).isEqualTo(TextLines.key(a).equals(key));
        }
    }

    private static String randomText(Random random, String alphabet) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(alphabet.length());
            char c = alphabet.charAt(at);
            if (Character.isHighSurrogate(c)) {
                s.append(c).append(alphabet.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static List<Document> pages() throws IOException {
        List<Document> out = new ArrayList<>();
        for (String name : List.of("kabar-contoh-banjir.html.gz", "riverside-market-cp1252.html.gz")) {
            try (InputStream in = new GZIPInputStream(FastPathEquivalenceTest.class
                    .getResourceAsStream("/org/warta/extract/golden/" + name))) {
                out.add(Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        Path html = shared().resolve("eval/extraction/trafilatura/html");
        if (Files.isDirectory(html)) {
            List<Path> files;
            try (var s = Files.list(html)) {
                files = s.sorted().toList();
            }
            for (int i = 0; i < files.size(); i += 25) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(files.get(i)))) {
                    out.add(Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }

    private static Path shared() {
        String p = System.getProperty("warta.shared");
        if (p != null && Files.isDirectory(Path.of(p))) {
            return Path.of(p);
        }
        return Path.of(System.getProperty("warta.root", ".")).resolve("../shared");
    }
}
