package org.warta.story;

/**
 * Whether a sentence's quotation marks are balanced. A sentence that opens a quotation it does not close (or
 * closes one it did not open) is a fragment of a longer quotation: out of context it loses its speaker.
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    static boolean balanced(String s) {
        int straight = 0;
        int open = 0;
        int close = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '\u201C') {
                open++;
            } else if (c == '\u201D') {
                close++;
            }
        }
        int latexOpen = count(s, "``");
        int latexClose = count(s, "''");
        return straight % 2 == 0 && open == close && latexOpen == latexClose;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
