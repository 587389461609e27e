package org.warta.lang;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Indonesian/Malay marker-word vote of {@link LanguageIdentifier}: Indonesian marker words minus Malay marker
 * words ({@code markers.txt} of the id and ms packs) among a text's tokens. Tokens are cut exactly as
 * {@link org.warta.text.Tokenizer} cuts them (inner hyphens and apostrophes kept, so "kantor-kantor" is not
 * "kantor") and lower-cased as {@code String.toLowerCase(Locale.ROOT)} does, but read in one pass into a buffer and
 * looked up in a {@link WordTable}, without a string per token. Immutable and thread-safe.
 */
final class MarkerWords {
    private static final long INDONESIAN = 1;
    private static final long MALAY = 2;

    private final WordTable table;

    MarkerWords(Iterable<String> indonesian, Iterable<String> malay) {
        Map<String, Long> words = new LinkedHashMap<>();
        for (String w : indonesian) {
            words.merge(w.strip().toLowerCase(Locale.ROOT), INDONESIAN, (a, b) -> a | b);
        }
        for (String w : malay) {
            words.merge(w.strip().toLowerCase(Locale.ROOT), MALAY, (a, b) -> a | b);
        }
        words.remove("");
        this.table = new WordTable(words);
    }

    static MarkerWords fromPacks() {
        return new MarkerWords(LanguagePacks.forCodeOrGeneric("id").lines("markers"),
                LanguagePacks.forCodeOrGeneric("ms").lines("markers"));
    }

    /** Indonesian marker tokens minus Malay marker tokens: positive favours id, negative ms. */
    int vote(String text) {
        char[] word = new char[table.maxLength() + 2];
        int vote = 0;
        int n = text.length();
        for (int i = org.warta.text.Tokenizer.tokenStart(text, 0); i < n;
                i = org.warta.text.Tokenizer.tokenStart(text, i)) {
            int end = org.warta.text.Tokenizer.tokenEnd(text, i);
            int len = 0;
            boolean fits = true;
            while (fits && i < end) {
                int c = text.codePointAt(i);
                int lc = Character.toLowerCase(c);
                // U+0130 lower-cases to two chars in String.toLowerCase: such a token matches no marker
                if (c != 0x130 && lc < Character.MIN_SUPPLEMENTARY_CODE_POINT && len < word.length) {
                    word[len++] = (char) lc;
                } else {
                    fits = false;
                }
                i += Character.charCount(c);
            }
            i = end;
            int slot = fits ? table.find(word, len) : -1;
            if (slot >= 0) {
                long v = table.value(slot);
                vote += ((v & INDONESIAN) != 0 ? 1 : 0) - ((v & MALAY) != 0 ? 1 : 0);
            }
        }
        return vote;
    }
}
