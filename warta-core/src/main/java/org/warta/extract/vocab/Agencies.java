package org.warta.extract.vocab;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Known news agencies and outlets with their spellings ({@code agencies.txt}: canonical name first, aliases after
 * a {@code |}). Normalises a credited name ("Anadolu Agency", "antara") to its canonical form ("Anadolu",
 * "ANTARA").
 */
public final class Agencies {

    private final Map<String, String> canonical = new HashMap<>();
    private final int maxWords;
    /** The first word of every known spelling, lower case: most words of a text are not, and are skipped at once. */
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    /**
     * The {@link String#hashCode()} of every first word, sorted: an ASCII word whose lower-case form hashes to none
     * of them is not a first word, and is skipped without building a string (the phrases given are often whole
     * paragraphs).
     */
    private final int[] firstWordHashes;
    /** The {@link String#hashCode()} of every known spelling, sorted, for the same purpose. */
    private final int[] keyHashes;

    Agencies(List<String> lines) {
        int words = 1;
        for (String line : lines) {
            String[] names = line.split("\\|");
            String name = names[0].strip();
            for (String alias : names) {
                String key = key(alias);
                if (!key.isEmpty()) {
                    canonical.putIfAbsent(key, name);
                    firstWords.add(key.split(" ")[0]);
                    words = Math.max(words, key.split(" ").length);
                }
            }
        }
        this.maxWords = words;
        this.firstWordHashes = firstWords.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
        this.keyHashes = canonical.keySet().stream().mapToInt(String::hashCode).sorted().distinct().toArray();
    }

    /** Lower case, runs of white space as one space, stripped; no regular expressions (this runs per word). */
    private static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** The canonical name of exactly this name (any known spelling). */
    public Optional<String> normalise(String name) {
        return Optional.ofNullable(canonical.get(key(name)));
    }

    /**
     * The known agencies named in a short phrase: the longest known name starting at each word, left to right
     * ("Reuters and AFP" gives Reuters, AFP; "ANTARA/KCNA/tm" gives ANTARA, KCNA; "HO-Kremlin" splits at the
     * hyphen before a capital).
     */
    public List<String> find(String phrase) {
        if (!mayName(phrase)) {
            return List.of();
        }
        int[] bounds = bounds(phrase);
        int count = bounds[0];
        Set<String> out = null;
        for (int i = 0; i < count; i++) {
            if (!mayStart(phrase, bounds[1 + 2 * i], bounds[2 + 2 * i])
                    || !firstWords.contains(joined(phrase, bounds, i, 1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int n = Math.min(maxWords, count - i); n >= 1; n--) {
                if (!mayBeKey(phrase, bounds, i, n)) {
                    continue;
                }
                String joined = joined(phrase, bounds, i, n);
                String name = canonical.get(joined.toLowerCase(Locale.ROOT));
                if (name != null && !isAmbiguousLowerCase(joined, name)) {
                    if (out == null) {
                        out = new LinkedHashSet<>();
                    }
                    out.add(name);
                    i += n - 1;
                    break;
                }
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }

    /**
     * Whether words {@code i .. i+n-1}, joined and lower-cased, may be a known spelling: false only when they are
     * ASCII and their hash code (computed as {@link String#hashCode()} would) is no spelling's.
     */
    private boolean mayBeKey(String phrase, int[] bounds, int i, int n) {
        int h = 0;
        for (int k = i; k < i + n; k++) {
            if (k > i) {
                h = 31 * h + ' ';
            }
            for (int j = bounds[1 + 2 * k]; j < bounds[2 + 2 * k]; j++) {
                char c = phrase.charAt(j);
                if (c >= 128) {
                    return true;
                }
                h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
        }
        return java.util.Arrays.binarySearch(keyHashes, h) >= 0;
    }

    /** Words {@code i .. i+n-1} of the phrase joined by single spaces. */
    private static String joined(String phrase, int[] bounds, int i, int n) {
        if (n == 1) {
            return phrase.substring(bounds[1 + 2 * i], bounds[2 + 2 * i]);
        }
        StringBuilder b = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            if (k > i) {
                b.append(' ');
            }
            b.append(phrase, bounds[1 + 2 * k], bounds[2 + 2 * k]);
        }
        return b.toString();
    }

    /**
     * Whether position {@code i} of the phrase (its end included) separates words: white space, / , ; ( ) [ ] and
     * quotation marks, and a hyphen before a capital letter.
     */
    private static boolean separatesWords(String phrase, int i) {
        int n = phrase.length();
        if (i >= n) {
            return true;
        }
        char c = phrase.charAt(i);
        return (c < 128 ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F')
                : Character.isWhitespace(c)) || c == '/' || c == ',' || c == ';' || c == '(' || c == ')'
                || c == '[' || c == ']' || c == '"' || c == '“' || c == '”'
                || (c == '-' && i + 1 < n && Character.isUpperCase(phrase.charAt(i + 1)));
    }

    /**
     * Whether any word of the phrase may be a first word ({@link #mayStart} of every word of {@link #bounds}), in one
     * pass that builds nothing: most lines name no agency.
     */
    private boolean mayName(String phrase) {
        for (long w = nextWord(phrase, 0); w >= 0; w = nextWord(phrase, (int) w)) {
            if (mayStart(phrase, (int) (w >>> 32), (int) w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next word of the phrase at or after {@code from}, as {@code start << 32 | end}, or -1: words are split at
     * {@link #separatesWords} and trimmed of edge punctuation; words that trim to nothing are skipped.
     */
    private static long nextWord(String phrase, int from) {
        int n = phrase.length();
        int start = -1;
        for (int i = from; i <= n; i++) {
            if (separatesWords(phrase, i)) {
                if (start >= 0) {
                    int a = start;
                    int b = i;
                    while (a < b && isEdgePunctuation(phrase.charAt(a))) {
                        a++;
                    }
                    while (b > a && isEdgePunctuation(phrase.charAt(b - 1))) {
                        b--;
                    }
                    if (a < b) {
                        return (long) a << 32 | b;
                    }
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return -1;
    }

    /**
     * Whether the word {@code phrase[from, to)} may be a first word: false only for an ASCII word whose lower-case
     * form (ASCII lower-casing, as {@code toLowerCase} does it for ASCII) has the hash code of no first word;
     * anything else is looked up.
     */
    private boolean mayStart(String phrase, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = phrase.charAt(i);
            if (c >= 128) {
                return true;
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return java.util.Arrays.binarySearch(firstWordHashes, h) >= 0;
    }

    /**
     * Words of a phrase, as {@code [count, start0, end0, start1, end1, ...]}: split at white space and / , ; ( ) [ ],
     * and at a hyphen before a capital letter; edge punctuation trimmed; empty words left out.
     */
    private static int[] bounds(String phrase) {
        int[] out = new int[17];
        int count = 0;
        for (long w = nextWord(phrase, 0); w >= 0; w = nextWord(phrase, (int) w)) {
            if (2 * count + 3 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[1 + 2 * count] = (int) (w >>> 32);
            out[2 + 2 * count] = (int) w;
            count++;
        }
        out[0] = count;
        return out;
    }

    private static boolean isEdgePunctuation(char c) {
        return c == '.' || c == ':' || c == '\'' || c == '’' || c == '-' || c == '!' || c == '?' || c == '*';
    }

    /** "ap" or "ft" in lower case in running text is a word, not an agency: short names must match their case. */
    private static boolean isAmbiguousLowerCase(String joined, String name) {
        return joined.length() <= 3 && !joined.equals(name) && !joined.equals(name.toUpperCase(Locale.ROOT));
    }
}
