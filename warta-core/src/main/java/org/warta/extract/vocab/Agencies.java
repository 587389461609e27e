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

    Agencies(List<String> lines) {
        int words = 1;
        for (String line : lines) {
            String[] names = line.split("\\|");
            String name = names[0].strip();
            for (String alias : names) {
                String key = key(alias);
                if (!key.isEmpty()) {
                    canonical.putIfAbsent(key, name);
                    words = Math.max(words, key.split(" ").length);
                }
            }
        }
        this.maxWords = words;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The canonical name of exactly this name (any known spelling). */
    public Optional<String> normalise(String name) {
        return Optional.ofNullable(canonical.get(key(name)));
    }

    /**
     * The known agencies named in a short phrase: the longest known name starting at each word, left to right
     * ("Reuters and AFP" gives Reuters, AFP; "ANTARA/KCNA/tm" gives ANTARA, KCNA).
     */
    public List<String> find(String phrase) {
        List<String> tokens = new ArrayList<>();
        for (String t : phrase.split("[\\s/,;()\\[\\]]+|(?<=\\w)-(?=\\p{Lu})|^-")) {
            String s = t.replaceAll("^[\\p{Punct}“”\"']+|[\\p{Punct}“”\"']+$", "");
            if (!s.isEmpty()) {
                tokens.add(s);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = Math.min(maxWords, tokens.size() - i); n >= 1; n--) {
                String name = canonical.get(key(String.join(" ", tokens.subList(i, i + n))));
                if (name != null && !isAmbiguousLowerCase(tokens.subList(i, i + n), name)) {
                    out.add(name);
                    i += n - 1;
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /** "ap" or "ft" in lower case in running text is a word, not an agency: short names must match their case. */
    private static boolean isAmbiguousLowerCase(List<String> tokens, String name) {
        String joined = String.join(" ", tokens);
        return joined.length() <= 3 && !joined.equals(name) && !joined.equals(name.toUpperCase(Locale.ROOT));
    }
}
