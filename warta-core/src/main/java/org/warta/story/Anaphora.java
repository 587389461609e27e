package org.warta.story;

import java.util.List;
import java.util.Locale;
import org.warta.lang.LanguagePack;

/** Whether a sentence opens with one of the pack's {@code story-anaphora} phrases (whole words). */
final class Anaphora {

    private Anaphora() {
    }

    static boolean opens(String sentence, LanguagePack pack) {
        List<String> phrases = pack.lines("story-anaphora");
        if (phrases.isEmpty()) {
            return false;
        }
        String s = sentence.stripLeading().replaceFirst("^[\"“'`(]+", "").toLowerCase(Locale.ROOT);
        for (String p : phrases) {
            if (s.startsWith(p) && (s.length() == p.length() || !Character.isLetterOrDigit(s.charAt(p.length())))) {
                return true;
            }
        }
        return false;
    }
}
