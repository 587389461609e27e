package org.warta.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.warta.lang.LanguagePack;

/**
 * Splits text into sentences with ICU4J's sentence BreakIterator (Unicode UAX #29), never across a paragraph break
 * (a blank line), and re-joins breaks that follow an abbreviation listed in the pack's {@code abbreviations} file
 * ("Jl.", "Dr.", "Mr.", ...). Thread-safe: each call uses its own iterator.
 */
public final class SentenceSplitter {

    private final ULocale locale;
    private final Set<String> abbreviations;

    public SentenceSplitter(LanguagePack pack) {
        this.locale = new ULocale(pack.code());
        Set<String> abbr = new HashSet<>();
        for (String a : pack.lines("abbreviations")) {
            abbr.add(a.toLowerCase(Locale.ROOT));
        }
        this.abbreviations = Set.copyOf(abbr);
    }

    /** The sentences of {@code text}, trimmed, with offsets into {@code text}. */
    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int paraStart = 0;
        int n = text.length();
        while (paraStart < n) {
            int paraEnd = text.indexOf("\n\n", paraStart);
            if (paraEnd < 0) {
                paraEnd = n;
            }
            splitParagraph(text, paraStart, paraEnd, out);
            paraStart = paraEnd + 2;
        }
        return out;
    }

    private void splitParagraph(String text, int from, int to, List<Span> out) {
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        it.setText(text.substring(from, to));
        int start = 0;
        int pendingStart = -1;
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            int s = pendingStart >= 0 ? pendingStart : start;
            String piece = text.substring(from + s, from + end);
            if (end < to - from && endsWithAbbreviation(piece)) {
                pendingStart = s;
            } else {
                add(text, from + s, from + end, out);
                pendingStart = -1;
            }
            start = end;
        }
        if (pendingStart >= 0) {
            add(text, from + pendingStart, to, out);
        }
    }

    private boolean endsWithAbbreviation(String piece) {
        String t = piece.stripTrailing();
        if (!t.endsWith(".")) {
            return false;
        }
        int i = t.length() - 1;
        while (i > 0 && !Character.isWhitespace(t.charAt(i - 1))) {
            i--;
        }
        String word = t.substring(i).toLowerCase(Locale.ROOT);
        return abbreviations.contains(word) || word.matches("\\p{L}\\.");
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(text.substring(start, end), start, end));
        }
    }
}
