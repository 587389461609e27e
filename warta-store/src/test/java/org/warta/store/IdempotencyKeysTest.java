package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    @Test
    void canonicalUrlDropsSchemeWwwFragmentTrackingAndTrailingSlash() {
        assertThat(IdempotencyKeys.canonicalUrl("https://www.Detik.com/news/a-b/?utm_source=x&id=3#top"))
                .contains("detik.com/news/a-b?id=3");
        assertThat(IdempotencyKeys.canonicalUrl("http://detik.com:80/news/a-b?id=3&fbclid=zz"))
                .contains("detik.com/news/a-b?id=3");
        assertThat(IdempotencyKeys.canonicalUrl("https://detik.com:8443/x")).contains("detik.com:8443/x");
    }

    @Test
    void nonHttpUrlsHaveNoCanonicalForm() {
        assertThat(IdempotencyKeys.canonicalUrl("javascript:alert(1)")).isEmpty();
        assertThat(IdempotencyKeys.canonicalUrl("not a url at all")).isEmpty();
        assertThat(IdempotencyKeys.canonicalUrl("file:///etc/passwd")).isEmpty();
    }

    @Test
    void textKeyIgnoresCaseSpacingAndPunctuationButNotWords() {
        String a = "Rusia dan Korea Utara sepakat saling membantu, kata Putin. ".repeat(5);
        String b = "  rusia DAN korea utara — sepakat saling membantu kata putin ".repeat(5);
        String c = "Rusia dan Korea Selatan sepakat saling membantu, kata Putin. ".repeat(5);
        assertThat(IdempotencyKeys.textKey("x", a)).isEqualTo(IdempotencyKeys.textKey("y", b));
        assertThat(IdempotencyKeys.textKey("x", a)).isNotEqualTo(IdempotencyKeys.textKey("x", c));
    }

    @Test
    void shortTextsAreKeyedWithTheirTitle() {
        assertThat(IdempotencyKeys.textKey("Foto satu", "Foto: ANTARA"))
                .isNotEqualTo(IdempotencyKeys.textKey("Foto dua", "Foto: ANTARA"));
        assertThat(IdempotencyKeys.textKey("", "")).isEmpty();
    }

    /** The hand-written normaliser equals its definition (NFKC, lower case, non-word runs → one space), seed fixed. */
    @Test
    void normaliseEqualsTheRegexDefinitionOnRandomText() {
        java.util.regex.Pattern nonWord = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
        String alphabet = "aZé ß\u00A0\t\n.,;-–—“”\"'()0123456789²½Ⅻİıﬁ\uD83D\uDE00\u0663ك日本\u200B/\\";
        java.util.Random random = new java.util.Random(20241124L);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(40);
            for (int k = 0; k < len; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            String n = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                    .toLowerCase(java.util.Locale.ROOT);
            assertThat(IdempotencyKeys.normalise(text)).as("seed 20241124, case %d: %s", i, text)
                    .isEqualTo(nonWord.matcher(n).replaceAll(" ").strip());
        }
    }
}
