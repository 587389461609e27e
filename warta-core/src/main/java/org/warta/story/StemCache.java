package org.warta.story;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.warta.lang.LanguagePack;

/**
 * A process-wide memo of a language pack's stems. Stemming (Sastrawi's dictionary-and-rules lemmatiser for
 * Indonesian) costs tens of microseconds a word, and news vocabulary repeats from story to story, so a running
 * Warta stems each word once. Bounded: when a language's memo reaches {@link #MAX_ENTRIES} it starts afresh.
 * Thread-safe.
 */
final class StemCache {

    /** Most stems kept per language. */
    static final int MAX_ENTRIES = 200_000;

    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private StemCache() {
    }

    static String stem(LanguagePack pack, String lowerWord) {
        Map<String, String> m = BY_LANGUAGE.computeIfAbsent(pack.code(), c -> new ConcurrentHashMap<>());
        String s = m.get(lowerWord);
        if (s == null) {
            s = pack.stem(lowerWord);
            if (m.size() >= MAX_ENTRIES) {
                m.clear();
            }
            m.put(lowerWord, s);
        }
        return s;
    }

    private static final Map<String, Map<String, String>> FEATURES_BY_LANGUAGE = new ConcurrentHashMap<>();

    /**
     * The content-word feature of a word ({@code "~" + stem}), one shared string per word: the features synthesis
     * remembers between batches then share their strings instead of each holding a copy.
     */
    static String feature(LanguagePack pack, String lowerWord) {
        Map<String, String> m = FEATURES_BY_LANGUAGE.computeIfAbsent(pack.code(), c -> new ConcurrentHashMap<>());
        String f = m.get(lowerWord);
        if (f == null) {
            f = "~" + stem(pack, lowerWord);
            if (m.size() >= MAX_ENTRIES) {
                m.clear();
            }
            m.put(lowerWord, f);
        }
        return f;
    }

    /** Forgets every stem (for measuring a cold start). */
    static void clear() {
        BY_LANGUAGE.clear();
        FEATURES_BY_LANGUAGE.clear();
    }
}
