package org.warta.store;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.warta.lang.LanguagePack;
import org.warta.lang.LanguagePacks;

/**
 * A cheap sentence {@link BreakIterator} for search snippets: it looks at the text only around the offsets it is
 * asked about (the unified highlighter asks for the sentence around each match), instead of running the full
 * Unicode sentence rules (UAX #29) over the text as the JDK's and ICU's sentence iterators do.
 *
 * <p>A boundary is the start of a non-blank character that follows blanks, where those blanks contain a line break,
 * or follow a sentence terminator ({@code . ! ? …}, possibly followed by closing quotes or brackets). A full stop
 * does not end a sentence when the next word starts with a lower-case letter, when the word it ends is a single
 * letter (an initial: "H. Mahmud"), or when that word is an abbreviation listed in a language pack's
 * {@code abbreviations} file ("Jl.", "Dr.", "Mr."; the same lists the pipeline's sentence splitter uses). The text
 * start and end are boundaries. These are the rules of Kiss and Strunk's baseline period classifier without the
 * unsupervised abbreviation learning (Kiss &amp; Strunk, "Unsupervised Multilingual Sentence Boundary Detection",
 * Computational Linguistics 32(4), 2006), enough for choosing a snippet.
 *
 * <p>Stateful like every BreakIterator: one instance per thread (the highlighter asks for a fresh one per field).
 */
final class SentenceBreaks extends BreakIterator {

    /** Lower-cased abbreviations (with their final full stop) of all language packs. */
    private static final Set<String> ABBREVIATIONS = abbreviations();

    /** The longest abbreviation, in characters: words scanned back from a full stop stop here. */
    private static final int MAX_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(1);

    private String text = "";
    private int current;

    private static Set<String> abbreviations() {
        Set<String> out = new HashSet<>();
        for (LanguagePack p : LanguagePacks.all()) {
            for (String a : p.lines("abbreviations")) {
                out.add(a.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(out);
    }

    /** Whether {@code i} (0 < i < length) starts a sentence. */
    private boolean startsSentence(int i) {
        String t = text;
        char before = t.charAt(i - 1);
        if (before > ' ' && before < 0x80) {
            return false; // the common case: inside a word, ASCII
        }
        char c = t.charAt(i);
        if (Character.isWhitespace(c) || !Character.isWhitespace(before)) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(t.charAt(j))) {
            if (t.charAt(j) == '\n' || t.charAt(j) == '\r' || t.charAt(j) == '\u2029') {
                return true;
            }
            j--;
        }
        if (j < 0) {
            return false;
        }
        // closing quotes and brackets after the terminator
        int k = j;
        while (k >= 0 && j - k < 3 && isCloser(t.charAt(k))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char term = t.charAt(k);
        if (term == '!' || term == '?' || term == '\u2026') {
            return true;
        }
        if (term != '.') {
            return false;
        }
        if (Character.isLowerCase(c)) {
            return false;
        }
        // the word the full stop ends
        int w = k;
        while (w > 0 && !Character.isWhitespace(t.charAt(w - 1)) && k - w <= MAX_ABBREVIATION) {
            w--;
        }
        while (w < k && isOpener(t.charAt(w))) {
            w++;
        }
        int letters = k - w;
        if (letters == 1 && Character.isLetter(t.charAt(w))) {
            return false;
        }
        return letters + 1 > MAX_ABBREVIATION
                || !ABBREVIATIONS.contains(t.substring(w, k + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019' || c == '\u00bb';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '(' || c == '[' || c == '\u201c' || c == '\u2018' || c == '\u00ab';
    }

    @Override
    public int first() {
        current = 0;
        return 0;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int r = current;
        for (int i = 0; i < n && r != DONE; i++) {
            r = next();
        }
        for (int i = 0; i > n && r != DONE; i--) {
            r = previous();
        }
        return r;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        return following(current);
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        return preceding(current);
    }

    @Override
    public int following(int offset) {
        check(offset);
        int n = text.length();
        if (offset >= n) {
            current = n;
            return DONE;
        }
        for (int i = offset + 1; i < n; i++) {
            if (startsSentence(i)) {
                current = i;
                return i;
            }
        }
        current = n;
        return n;
    }

    @Override
    public int preceding(int offset) {
        check(offset);
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        for (int i = offset - 1; i > 0; i--) {
            if (startsSentence(i)) {
                current = i;
                return i;
            }
        }
        current = 0;
        return 0;
    }

    @Override
    public boolean isBoundary(int offset) {
        check(offset);
        return offset == 0 || offset == text.length() || startsSentence(offset);
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
        }
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator it) {
        StringBuilder sb = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            sb.append(c);
        }
        setText(sb.toString());
    }
}
