package org.warta.extract.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Charset choice on made-up pages: a UTF-8 page with one stray byte stays UTF-8; a Latin-1 page does not. */
class ContentDecoderTest {
    private static final ContentDecoder DECODER = new ContentDecoder(8192);
    private static final String SENTENCE = "Zażółć gęślą jaźń, powiedział rzecznik fundacji. ";

    @Test
    void aUtf8PageWithOneStrayByteIsStillUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("<html><head><meta charset=\"utf-8\"></head><body><p>" + SENTENCE.repeat(20))
                .getBytes(StandardCharsets.UTF_8));
        out.write(0xC3); // a lead byte without its continuation
        out.writeBytes((" " + SENTENCE.repeat(20) + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        DecodedText d = DECODER.decode(out.toByteArray(), "page.html");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains("powiedział rzecznik").doesNotContain("Å‚");
    }

    @Test
    void aLatin1PageIsNotTakenForUtf8() {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + "Müller grüßt die Bürger in Köln. ".repeat(40) + "</p></body></html>";
        DecodedText d = DECODER.decode(page.getBytes(StandardCharsets.ISO_8859_1), "page.html");
        assertThat(d.charset()).isNotEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains("Müller grüßt die Bürger");
    }

    @Test
    void manyInvalidBytesAmongFewValidSequencesAreNotUtf8() {
        // 0xE9 ("é" in Windows-1252) is never valid UTF-8 on its own; one accidental valid pair must not win
        byte[] latin = ("<html><head><meta charset=\"windows-1252\"></head><body><p>" + "Le café est fermé. ".repeat(30)).getBytes(Charset.forName("windows-1252"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(latin);
        out.writeBytes("Ã©</p></body></html>".getBytes(Charset.forName("windows-1252")));
        DecodedText d = DECODER.decode(out.toByteArray(), "page.html");
        assertThat(d.text()).contains("Le café est fermé.");
    }
}
