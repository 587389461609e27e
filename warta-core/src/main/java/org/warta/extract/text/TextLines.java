package org.warta.extract.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small shared predicates on lines of text. */
public final class TextLines {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TextLines() {
    }

    /** Unicode NFC, whitespace (including no-break and zero-width spaces) collapsed to one space, stripped. */
    public static String clean(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x300;
        }
        String n = ascii || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s
                : Normalizer.normalize(s, Normalizer.Form.NFC);
        if (isClean(n)) {
            return n; // already clean (lines cleaned before): no copy
        }
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                    || c == '\uFEFF') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether {@link #clean} would leave the (NFC) string as it is: single plain spaces between words only. */
    private static boolean isClean(String n) {
        boolean space = true; // a space at the start is not clean
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                    || c == '\uFEFF') {
                if (c != ' ' || space) {
                    return false;
                }
                space = true;
            } else {
                space = false;
            }
        }
        return !space || n.isEmpty();
    }

    /** The string without trailing characters from {@code chars} (and white space), stripped. */
    public static String stripTrailing(String s, String chars) {
        int end = s.length();
        while (end > 0 && (chars.indexOf(s.charAt(end - 1)) >= 0 || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(0, end).strip();
    }

    /** The length {@link #stripTrailing(String, String)} gives, without building the string. */
    public static int strippedLength(String s, String chars) {
        int end = s.length();
        while (end > 0 && (chars.indexOf(s.charAt(end - 1)) >= 0 || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        int start = 0;
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        return end - start;
    }

    /** A comparison key: lower case, letters and digits only. */
    public static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /**
     * Whether {@code key(s)} equals {@code key}, without building {@code key(s)}: the comparison stops at the first
     * letter or digit that differs (most lines differ from a headline at once).
     */
    public static boolean hasKey(String s, String key) {
        int k = 0;
        int kn = key.length();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                int lower = Character.toLowerCase(cp);
                if (k >= kn || key.codePointAt(k) != lower) {
                    return false;
                }
                k += Character.charCount(lower);
            }
        }
        return k == kn;
    }

    /** Number of words. */
    public static int words(String s) {
        int n = 0;
        var m = WORD.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Ends like a sentence: a full stop, question or exclamation mark, or a closing quote after one. */
    public static boolean endsSentence(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "\"'”’)»".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".!?…:;".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Share of words that start with a capital letter. */
    public static double titleCaseRatio(String s) {
        int words = 0;
        int caps = 0;
        for (String w : s.split("\\s+")) {
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            words++;
            if (Character.isUpperCase(w.codePointAt(0))) {
                caps++;
            }
        }
        return words == 0 ? 0 : (double) caps / words;
    }
}
