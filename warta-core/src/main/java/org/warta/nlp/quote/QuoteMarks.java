package org.warta.nlp.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks within each paragraph: curly “…”, low-high „…“, guillemets «…», TeX-style ``…'', straight
 * "…" (alternating open/close), and single ‘…’ / '…' only around a few words (scare quotes, never apostrophes:
 * the opening one must follow a space or bracket, the closing one precede a non-letter). A quote left open at the
 * paragraph's end runs to it. A quote is <em>partial</em> when the opening mark follows a letter or digit of
 * running text, i.e. it does not start a sentence or follow a colon or comma; or when it holds fewer than four words
 * and no sentence punctuation. Stateless and thread-safe.
 */
public final class QuoteMarks {

    /** Quotes shorter than this many characters are ignored (default 2). */
    public static final int MIN_CHARS = 2;

    private QuoteMarks() {
    }

    /** The quotes of {@code text}, in order. */
    public static List<QuoteSpan> find(String text) {
        List<QuoteSpan> out = new ArrayList<>();
        int p = 0;
        int n = text.length();
        while (p < n) {
            int e = text.indexOf("\n\n", p);
            if (e < 0) {
                e = n;
            }
            paragraph(text, p, e, out);
            p = e + 2;
        }
        return out;
    }

    private static void paragraph(String t, int from, int to, List<QuoteSpan> out) {
        int i = from;
        while (i < to) {
            char c = t.charAt(i);
            int markLen = 1;
            String closers;
            if (c == '\u201C' || c == '\u201E') {
                closers = "\u201D\u201C\"";
            } else if (c == '\u00AB') {
                closers = "\u00BB";
            } else if (c == '"') {
                closers = "\"\u201D";
            } else if (c == '`' && i + 1 < to && t.charAt(i + 1) == '`') {
                markLen = 2;
                closers = "''";
            } else if ((c == '\u2018' || c == '\'') && singleOpen(t, i, from)) {
                closers = c == '\u2018' ? "\u2019" : "'";
            } else {
                i++;
                continue;
            }
            int start = i + markLen;
            int close = -1;
            int closeLen = 1;
            if (closers.equals("''")) {
                close = t.indexOf("''", start);
                closeLen = 2;
                if (close >= to) {
                    close = -1;
                }
            } else if (closers.length() == 1 && (closers.charAt(0) == '\u2019' || closers.charAt(0) == '\'')) {
                for (int k = start; k < to && k < start + 80; k++) {
                    if (t.charAt(k) == closers.charAt(0) && (k + 1 >= to || !Character.isLetter(t.charAt(k + 1)))) {
                        close = k;
                        break;
                    }
                }
                if (close < 0) {
                    i++;
                    continue;
                }
            } else {
                for (int k = start; k < to; k++) {
                    if (closers.indexOf(t.charAt(k)) >= 0) {
                        close = k;
                        break;
                    }
                }
            }
            int end = close < 0 ? to : close;
            int after = close < 0 ? to : close + closeLen;
            int s = start;
            while (s < end && Character.isWhitespace(t.charAt(s))) {
                s++;
            }
            int e = end;
            while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
                e--;
            }
            if (e - s >= MIN_CHARS) {
                out.add(new QuoteSpan(s, e, i, after, partial(t, from, i, s, e)));
            }
            i = after;
        }
    }

    private static boolean singleOpen(String t, int i, int from) {
        return (i == from || Character.isWhitespace(t.charAt(i - 1)) || t.charAt(i - 1) == '(')
                && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1));
    }

    private static boolean partial(String t, int paraStart, int open, int s, int e) {
        int k = open - 1;
        while (k >= paraStart && Character.isWhitespace(t.charAt(k))) {
            k--;
        }
        boolean embedded = k >= paraStart && ".!?:,;\u2014(".indexOf(t.charAt(k)) < 0;
        if (embedded) {
            return true;
        }
        String q = t.substring(s, e);
        int words = q.split("\\s+").length;
        boolean sentencePunct = q.matches("(?s).*[.,!?;:]\\s*$") || q.matches("(?s).*[.!?].*");
        return words < 4 && !sentencePunct;
    }
}
