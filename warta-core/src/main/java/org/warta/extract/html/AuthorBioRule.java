package org.warta.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author box after an article ("Jane Example is a reporter covering..."): among the last
 * {@link #DEFAULT_TAIL_PARAGRAPHS} paragraphs, one of at most {@link #DEFAULT_MAX_CHARS} characters that names a
 * word of the page's byline (a capitalised name word of at least three letters, not an acronym such as an outlet's "CNN") within its first
 * {@link #DEFAULT_HEAD_CHARS} characters is the author's bio, not the article, and is dropped. Nothing is dropped
 * without a byline, from an article of fewer than {@link #DEFAULT_MIN_PARAGRAPHS} paragraphs, or from the first
 * paragraph.
 */
final class AuthorBioRule {
    /** How many paragraphs at the end are looked at. */
    static final int DEFAULT_TAIL_PARAGRAPHS = 2;
    /** Longer paragraphs are article text. */
    static final int DEFAULT_MAX_CHARS = 700;
    /** The author's name must come this early in the paragraph. */
    static final int DEFAULT_HEAD_CHARS = 60;
    /** Shorter articles are left alone. */
    static final int DEFAULT_MIN_PARAGRAPHS = 4;

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’-]+");

    /** Paragraphs without the author's bio. */
    List<String> apply(List<String> paragraphs, String byline) {
        int n = paragraphs.size();
        if (n < DEFAULT_MIN_PARAGRAPHS || byline.isBlank()) {
            return paragraphs;
        }
        Set<String> names = new TreeSet<>();
        Matcher m = NAME_WORD.matcher(byline);
        while (m.find()) {
            names.add(m.group().toLowerCase(Locale.ROOT));
        }
        if (names.isEmpty()) {
            return paragraphs;
        }
        List<String> out = new ArrayList<>(paragraphs);
        for (int i = n - 1; i >= Math.max(1, n - DEFAULT_TAIL_PARAGRAPHS); i--) {
            String p = out.get(i);
            if (p.length() <= DEFAULT_MAX_CHARS && namesIn(p.substring(0, Math.min(DEFAULT_HEAD_CHARS, p.length())), names)) {
                out.remove(i);
            }
        }
        return out;
    }

    private static boolean namesIn(String head, Set<String> names) {
        Matcher m = NAME_WORD.matcher(head);
        while (m.find()) {
            if (names.contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
