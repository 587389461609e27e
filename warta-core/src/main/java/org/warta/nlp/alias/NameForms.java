package org.warta.nlp.alias;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.warta.nlp.ner.Gazetteer;

/**
 * Forms of a name: its comparison key (case, hyphens and spaces folded: "Kim Jong-un" = "Kim Jong Un"), its
 * tokens, its initials (for acronym matching), and stripping of leading person titles ("Presiden Putin" → "Putin").
 */
public final class NameForms {

    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s-]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameForms() {
    }

    /** The comparison key: lower case, hyphens as spaces, spaces collapsed. */
    public static String key(String name) {
        return Gazetteer.key(name);
    }

    /** The key's words. */
    public static List<String> words(String name) {
        String k = key(name);
        return k.isEmpty() ? List.of() : List.of(k.split(" "));
    }

    /** Initials of the capitalised words ("Democratic People's Republic of Korea" → "DPRK"). */
    public static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : WORD_BREAKS.split(name)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /** Whether a form is an acronym: two to six letters, all capitals. */
    public static boolean isAcronym(String name) {
        return name.length() >= 2 && name.length() <= 6 && name.chars().allMatch(Character::isUpperCase);
    }

    /** Number of leading words of {@code words} that form person titles. */
    public static int leadingTitleWords(List<String> words, Gazetteer gazetteer) {
        int i = 0;
        outer:
        while (i < words.size() - 1) {
            for (int len = Math.min(3, words.size() - 1 - i); len >= 1; len--) {
                String phrase = String.join(" ", words.subList(i, i + len)).toLowerCase(Locale.ROOT);
                if (gazetteer.isTitle(phrase) || gazetteer.isTitle(phrase + ".")) {
                    i += len;
                    continue outer;
                }
            }
            break;
        }
        return i;
    }

    /** Splits on spaces, keeping the words as written. */
    public static List<String> rawWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : SPACES.split(name.strip())) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
