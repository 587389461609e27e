package org.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile inputs: no crash, a clear result, bounded time (generous bounds: this is a safety net, not a benchmark). */
class RobustnessTest {
    private static final WartaExtractor EXTRACTOR = new WartaExtractor();

    private static Extraction run(String name, byte[] bytes) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> EXTRACTOR.extract(RawDocument.of(name, bytes)));
    }

    @Test
    void emptyInputIsRejected() {
        assertThat(run("empty.html", new byte[0])).isEqualTo(new Extraction.Rejected("empty.html", "empty file"));
        assertThat(run("blank.txt", "  \n\n ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Extraction.Rejected.class);
    }

    @Test
    void binaryJunkIsRejected() {
        byte[] junk = new byte[100_000];
        new Random(42).nextBytes(junk);
        Extraction x = run("junk.html", junk);
        assertThat(x).isInstanceOf(Extraction.Rejected.class);
        assertThat(((Extraction.Rejected) x).reason()).contains("binary");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThat(run("image.txt", png)).isInstanceOf(Extraction.Rejected.class);
    }

    @Test
    void scriptOnlyPageIsRejectedWithAReason() {
        String html = "<html><head><script>var a = 1;</script></head><body><script>document.write('x')</script>"
                + "<noscript>Please enable JavaScript</noscript></body></html>";
        Extraction x = run("app.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(x).isInstanceOf(Extraction.Rejected.class);
        assertThat(((Extraction.Rejected) x).reason()).contains("no article text");
    }

    @Test
    void malformedHtmlStillGivesText() {
        String html = "<html><body><div><p>Unclosed paragraph with enough words to count as the article body here"
                + " and it keeps going, with commas, clauses, and more words than a menu ever has.<div><p>Second <b>"
                + "<i>bold italic paragraph that also goes on for long enough to be content, surely, yes.</div></table>"
                + "</td><<>>&&&#x110000;&bogus;";
        Extraction x = run("broken.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(x).isInstanceOf(Extraction.Accepted.class);
        assertThat(((Extraction.Accepted) x).article().text()).contains("Unclosed paragraph", "Second");
    }

    @Test
    void deeplyNestedDomDoesNotOverflowTheStack() {
        int depth = 100_000;
        StringBuilder b = new StringBuilder("<html><body>");
        b.append("<div>".repeat(depth));
        b.append("<p>Deep inside the nesting there is still a paragraph, long enough, with commas, to be text.</p>");
        b.append("</div>".repeat(depth)).append("</body></html>");
        Extraction x = run("deep.html", b.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(text(x)).isEqualTo(
                "Deep inside the nesting there is still a paragraph, long enough, with commas, to be text.");
    }

    @Test
    void tenMegabytePageInBoundedTime() {
        StringBuilder b = new StringBuilder("<html><head><title>Big page</title></head><body><div class=\"content\">");
        Random r = new Random(7);
        int i = 0;
        while (b.length() < 10_000_000) {
            b.append("<p>Paragraph ").append(i++).append(" of a very long page, with words ");
            for (int k = 0; k < 20; k++) {
                b.append((char) ('a' + r.nextInt(26))).append("lorem ");
            }
            b.append(".</p>\n");
            if (i % 50 == 0) {
                b.append("<ul class=\"related\"><li><a href=\"/x\">link one</a></li><li><a href=\"/y\">link two</a></li></ul>");
            }
        }
        b.append("</div></body></html>");
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        Extraction x = run("big.html", bytes);
        assertThat(x).isInstanceOf(Extraction.Accepted.class);
        assertThat(((Extraction.Accepted) x).article().text()).contains("Paragraph 0 of a very long page")
                .doesNotContain("link one");
    }

    @Test
    void tooLargeIsRejected() {
        WartaExtractor small = new WartaExtractor(ExtractionSettings.DEFAULTS.withMaxBytes(1000));
        Extraction x = small.extract(RawDocument.of("huge.html", new byte[2000]));
        assertThat(x).isInstanceOf(Extraction.Rejected.class);
        assertThat(((Extraction.Rejected) x).reason()).startsWith("too large");
    }

    @Test
    void wrongDeclarationAndBomAreHandled() {
        String body = "<p>Überraschung in München: die Bürger feierten das Fest, trotz Regen, bis spät in die Nacht.</p>";
        byte[] utf8WithLatin1Declaration = ("<html><head><meta charset=\"iso-8859-1\"></head><body>" + body
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertThat(text(run("a.html", utf8WithLatin1Declaration))).contains("Überraschung in München");
        byte[] latin1WithUtf8Declaration = ("<html><head><meta charset=\"utf-8\"></head><body>" + body
                + "</body></html>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(text(run("b.html", latin1WithUtf8Declaration))).contains("Überraschung in München");
        byte[] bom = ("\uFEFF<html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[bom.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        assertThat(text(run("c.html", withBom))).contains("Überraschung in München");
    }

    private static String text(Extraction x) {
        assertThat(x).isInstanceOf(Extraction.Accepted.class);
        return ((Extraction.Accepted) x).article().text();
    }
}
