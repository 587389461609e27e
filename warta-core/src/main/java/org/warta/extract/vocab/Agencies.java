package org.warta.extract.vocab;

import java.util.ArrayList;
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
        List<String> tokens = tokens(phrase);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!firstWords.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int n = Math.min(maxWords, tokens.size() - i); n >= 1; n--) {
                String joined = n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n));
                String name = canonical.get(joined.toLowerCase(Locale.ROOT));
                if (name != null && !isAmbiguousLowerCase(joined, name)) {
                    out.add(name);
                    i += n - 1;
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /** Words of a phrase: split at white space and / , ; ( ) [ ], and at a hyphen before a capital letter. */
    private static List<String> tokens(String phrase) {
        List<String> tokens = new ArrayList<>();
        int n = phrase.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? phrase.charAt(i) : ' ';
            boolean sep = Character.isWhitespace(c) || c == '/' || c == ',' || c == ';' || c == '(' || c == ')'
                    || c == '[' || c == ']' || c == '"' || c == '“' || c == '”'
                    || (c == '-' && i + 1 < n && Character.isUpperCase(phrase.charAt(i + 1)));
            if (sep) {
                if (start >= 0) {
                    String t = trimPunctuation(phrase.substring(start, i));
                    if (!t.isEmpty()) {
                        tokens.add(t);
                    }
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    private static String trimPunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isEdgePunctuation(s.charAt(a))) {
            a++;
        }
        while (b > a && isEdgePunctuation(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isEdgePunctuation(char c) {
        return c == '.' || c == ':' || c == '\'' || c == '’' || c == '-' || c == '!' || c == '?' || c == '*';
    }

    /** "ap" or "ft" in lower case in running text is a word, not an agency: short names must match their case. */
    private static boolean isAmbiguousLowerCase(String joined, String name) {
        return joined.length() <= 3 && !joined.equals(name) && !joined.equals(name.toUpperCase(Locale.ROOT));
    }
}
