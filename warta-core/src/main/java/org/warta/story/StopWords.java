package org.warta.story;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.warta.lang.LanguagePack;

/** A language's stop words for synthesis: the pack's {@code story-stopwords} file, words separated by spaces. */
final class StopWords {

    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

    private StopWords() {
    }

    static Set<String> of(LanguagePack pack) {
        return CACHE.computeIfAbsent(pack.code(), c -> {
            Set<String> out = new HashSet<>();
            for (String line : pack.lines("story-stopwords")) {
                for (String w : line.split("\\s+")) {
                    if (!w.isEmpty()) {
                        out.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return Set.copyOf(out);
        });
    }
}
