package org.warta.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

/**
 * Tokens for the tagger: the words of {@link Tokenizer} plus every other non-space character as a token of its own,
 * as the CoNLL training data is tokenised (punctuation carries context: ", kata", "(kiri)"), and words a scraper glued
 * after a listed name split in two. UTF-16 offsets.
 */
public final class TokenSpans {

    private TokenSpans() {
    }

    /** Tokens of {@code text[from, to)}, offsets into {@code text}. */
    public static List<Span> tokens(String text, int from, int to) {
        String piece = text.substring(from, to);
        List<Span> words = Tokenizer.tokens(piece);
        List<Span> out = new ArrayList<>(words.size() + words.size() / 4);
        int pos = 0;
        for (Span w : words) {
            punctuation(piece, pos, w.start(), from, out);
            int glue = glued(w.text());
            if (glue > 0) {
                out.add(new Span(w.text().substring(0, glue), from + w.start(), from + w.start() + glue));
                out.add(new Span(w.text().substring(glue), from + w.start() + glue, from + w.end()));
            } else {
                out.add(new Span(w.text(), from + w.start(), from + w.end()));
            }
            pos = w.end();
        }
        punctuation(piece, pos, piece.length(), from, out);
        return out;
    }

    /**
     * The text with a space where a scraper glued two words after a listed name ("Presiden RusiaVladimir Putin" →
     * "Presiden Rusia Vladimir Putin"), for display; the same text when nothing is glued.
     */
    public static String unglued(String text) {
        if (!mayBeGlued(text)) {
            return text; // most sentences: no lower-case letter right before an upper-case one inside a word
        }
        StringBuilder b = null;
        int copied = 0;
        for (Span w : Tokenizer.tokens(text)) {
            int glue = glued(w.text());
            if (glue > 0) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 8);
                }
                int at = w.start() + glue;
                b.append(text, copied, at).append(' ');
                copied = at;
            }
        }
        return b == null ? text : b.append(text, copied, text.length()).toString();
    }

    /** Whether the text has a lower-case letter, then an upper-case one, then a lower-case one: a glue's shape. */
    private static boolean mayBeGlued(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))
                    && Character.isLowerCase(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a word glued by a scraper splits ("RusiaVladimir", "KremlinMoskow": a listed name, then a capitalised
     * word with no space), or 0. Only a listed prefix of three or more letters splits, so "McDonald" and "YouTube"
     * stay whole.
     */
    static int glued(String w) {
        if (w.length() < 6 || !Character.isUpperCase(w.charAt(0))) {
            return 0;
        }
        for (int i = 3; i < w.length() - 2; i++) {
            if (Character.isLowerCase(w.charAt(i - 1)) && Character.isUpperCase(w.charAt(i))
                    && Character.isLowerCase(w.charAt(i + 1))) {
                return Gazetteer.standard().lookup(w.substring(0, i)).isPresent() ? i : 0;
            }
        }
        return 0;
    }

    private static void punctuation(String piece, int s, int e, int base, List<Span> out) {
        for (int i = s; i < e; i++) {
            char c = piece.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isISOControl(c)) {
                out.add(new Span(String.valueOf(c), base + i, base + i + 1));
            }
        }
    }
}
