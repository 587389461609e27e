package org.warta.story;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.lang.LanguagePack;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

/**
 * The features {@link FactMatcher} compares: {@code ~stem} for a content word (stop words dropped, stemmed by the
 * language pack), {@code @name} for each part of a capitalised word (a name survives translation), {@code #number}
 * for a token with a digit (decimal commas read as points).
 */
final class Features {

    private Features() {
    }

    /**
     * @param knownNames lower-cased words seen capitalised inside sentences of the story: a capitalised first word
     *                   (or, in a title-case headline, any word) is a name only when it is one of these
     * @param titleCase  true for headlines, where every word may be capitalised
     * @param stems      a stem cache for this run
     */
    static Set<String> of(String text, LanguagePack pack, Set<String> stop, Set<String> knownNames, boolean titleCase,
                          Map<String, String> stems) {
        Set<String> out = new LinkedHashSet<>();
        List<Span> toks = Tokenizer.tokens(text);
        for (int k = 0; k < toks.size(); k++) {
            String t = toks.get(k).text();
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.chars().anyMatch(Character::isDigit)) {
                out.add("#" + lower.replace(',', '.'));
            } else if (stop.contains(lower)) {
                continue;
            } else if (Character.isUpperCase(t.codePointAt(0))
                    && ((k > 0 && !titleCase) || knownNames.contains(lower))) {
                for (String part : lower.split("[-'’]")) {
                    if (!part.isEmpty()) {
                        out.add("@" + part);
                    }
                }
            } else if (lower.length() >= 2) {
                out.add("~" + stems.computeIfAbsent(pack.code() + ":" + lower, x -> pack.stem(lower)));
            }
        }
        return out;
    }
}
