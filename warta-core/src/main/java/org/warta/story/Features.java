package org.warta.story;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.warta.lang.LanguagePack;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

/**
 * The features {@link FactMatcher} compares: {@code ~stem} for a content word (stop words dropped, stemmed by the
 * language pack), {@code @name} for each part of a capitalised word (a name survives translation; "i" and "l"
 * folded, {@link #skeleton}), {@code #number}
 * for a token with a digit (decimal commas read as points).
 */
final class Features {

    private Features() {
    }

    /** Features of a text; see {@link #of(List, LanguagePack, Set, Set, boolean)}. */
    static Set<String> of(String text, LanguagePack pack, Set<String> stop, Set<String> knownNames,
                          boolean titleCase) {
        return of(Tokenizer.tokens(text), pack, stop, knownNames, titleCase);
    }

    /**
     * @param tokens     the text's tokens
     * @param knownNames lower-cased words seen capitalised inside sentences of the story: a capitalised first word
     *                   (or, in a title-case headline, any word) is a name only when it is one of these
     * @param titleCase  true for headlines, where every word may be capitalised
     */
    static Set<String> of(List<Span> tokens, LanguagePack pack, Set<String> stop, Set<String> knownNames,
                          boolean titleCase) {
        Set<String> out = new LinkedHashSet<>();
        for (int k = 0; k < tokens.size(); k++) {
            add(out, tokens.get(k).text(), k, pack, stop, knownNames, titleCase);
        }
        return out;
    }

    /**
     * The features of the tokens after the first of a sentence (not a title), in order, each once: they do not
     * depend on the story's known names (inside a sentence a capitalised word is always a name), so they can be
     * computed once per sentence; {@link #of} equals {@link #add} of the first token followed by these.
     */
    static List<String> afterFirst(List<Span> tokens, LanguagePack pack, Set<String> stop) {
        Set<String> out = new LinkedHashSet<>();
        for (int k = 1; k < tokens.size(); k++) {
            add(out, tokens.get(k).text(), k, pack, stop, Set.of(), false);
        }
        return List.copyOf(out);
    }

    /** Adds the features of token {@code t}, the {@code k}-th of its text (see {@link #of}). */
    static void add(Set<String> out, String t, int k, LanguagePack pack, Set<String> stop, Set<String> knownNames,
                    boolean titleCase) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (hasDigit(lower)) {
            out.add("#" + lower.replace(',', '.'));
        } else if (stop.contains(lower)) {
            return;
        } else if (Character.isUpperCase(t.codePointAt(0))
                && ((k > 0 && !titleCase) || knownNames.contains(lower)
                || knownNames.contains(skeleton(lower)))) {
            int from = 0;
            for (int i = 0; i <= lower.length(); i++) {
                if (i == lower.length() || lower.charAt(i) == '-' || lower.charAt(i) == '\'' || lower.charAt(i) == '’') {
                    if (i > from) {
                        out.add("@" + skeleton(lower.substring(from, i)));
                    }
                    from = i + 1;
                }
            }
        } else if (lower.length() >= 2) {
            out.add(StemCache.feature(pack, lower));
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name part with the confusable letters "i" and "l" folded into one (capital I and small l look alike, so
     * "Kim II Sung" is a common misspelling of "Kim Il Sung"): the idea of the confusable skeletons of Unicode
     * Technical Standard #39 (Security Mechanisms), reduced to the one pair that survives lower-casing.
     */
    static String skeleton(String lowerName) {
        return lowerName.replace('l', 'i');
    }
}
