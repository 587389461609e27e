package org.warta.story;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what precedes the first sentence's words in news copy and means nothing out of its place: a dateline
 * with its agency credit ("Jakarta (ANTARA) -", "Jakarta, CNN Indonesia --", "SPANYOL –", "MerahPutih.com -")
 * and a leading bullet dash. Conservative: the prefix must be at most six short words ending in a dash that is
 * followed by a space, so a hyphenated word or a sentence that merely contains a dash stays intact.
 */
public final class LeadCleaner {

    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[\\p{L}\\p{N}][\\p{L}\\p{N}.'’]*(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}.'’]*){0,3})"   // place or outlet
                    + "(?:\\s*,\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}.]*(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}.]*){0,2})?" // ", CNN Indonesia"
                    + "(?:\\s*\\(\\s*[^()]{1,40}\\))?"                                                  // "(ANTARA)"
                    + "\\s*(?:-\\s*-|[-–—]{1,2})\\s+");
    private static final Pattern BULLET = Pattern.compile("^[-–—•]\\s+");

    private LeadCleaner() {
    }

    /** The sentence without a leading bullet dash. */
    public static String stripBullet(String sentence) {
        return BULLET.matcher(sentence).replaceFirst("");
    }

    /**
     * The sentence without a leading dateline or bullet. Only a prefix whose first word is capitalised (or a
     * digit) counts as a dateline; what remains must still start a sentence (at least three words).
     */
    public static String strip(String sentence) {
        String s = BULLET.matcher(sentence).replaceFirst("");
        Matcher m = DATELINE.matcher(s);
        if (m.find() && !s.isEmpty() && (Character.isUpperCase(s.codePointAt(0)) || Character.isDigit(s.charAt(0)))) {
            String rest = s.substring(m.end());
            if (rest.split("\\s+").length >= 3 && !rest.isEmpty()) {
                return rest;
            }
        }
        return s;
    }
}
