package org.warta.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens: maximal runs of letters and digits, keeping inner hyphens, apostrophes and the dots and commas of
 * numbers ("Kim Jong-un", "1,72", "2023-2024" stays one token only when written without spaces). Offsets are
 * UTF-16. Stateless and thread-safe.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Span> tokens(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        for (int start = tokenStart(text, 0); start < n; start = tokenStart(text, start)) {
            int end = tokenEnd(text, start);
            out.add(new Span(text.substring(start, end), start, end));
            start = end;
        }
        return out;
    }

    /** Where the first token at or after {@code from} starts (its first letter or digit); the text's length if none. */
    public static int tokenStart(String text, int from) {
        int n = text.length();
        int i = from;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /**
     * The end (exclusive) of the token that starts at {@code start}, where {@code text} has a letter or digit: the
     * token rule of {@link #tokens}, for callers that walk tokens without building them.
     */
    public static int tokenEnd(String text, int start) {
        int n = text.length();
        int i = start + Character.charCount(text.codePointAt(start));
        while (i < n) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i += Character.charCount(c);
            } else if ((c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == ',') && i + 1 < n
                    && Character.isLetterOrDigit(text.codePointAt(i + 1))
                    && (c == '-' || c == '\'' || c == '\u2019' || Character.isDigit(text.codePointAt(i - 1)))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
