package org.warta.extract.text;

import java.util.List;
import java.util.Locale;

/**
 * Tag lines: a line starting with a {@code tagline} phrase ("Tags:"), or a comma-separated list of at least
 * {@value #MIN_ITEMS} short keyword items with no sentence punctuation ("id Berita hari ini, berita riau terbaru,
 * berita riau antara, Rusia").
 */
final class TagLineRule implements TextRule {
    static final int MIN_ITEMS = 3;
    /** Longest tag, in words. */
    private static final int MAX_ITEM_WORDS = 4;

    private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("\\s*[,;|#]\\s*");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
    private static final java.util.regex.Pattern CONJUNCTION =
            java.util.regex.Pattern.compile("\\b(?:dan|and|atau|or|serta)\\b");

    private final List<String> prefixes;

    TagLineRule(List<String> prefixes) {
        this.prefixes = prefixes;
    }

    @Override
    public void apply(ScrapedPage page) {
        for (Line l : page.lines) {
            if (l.isBody() && isTagLine(l.text, l.lower())) {
                l.drop("tag-line");
            }
        }
    }

    boolean isTagLine(String text) {
        return isTagLine(text, text.toLowerCase(Locale.ROOT));
    }

    private boolean isTagLine(String text, String lower) {
        for (String p : prefixes) {
            if (lower.startsWith(p)) {
                return true;
            }
        }
        if (TextLines.endsSentence(text) || text.indexOf('"') >= 0 || text.indexOf('“') >= 0) {
            return false;
        }
        if (text.indexOf(',') < 0 && text.indexOf(';') < 0 && text.indexOf('|') < 0 && text.indexOf('#') < 0) {
            return false;
        }
        String[] items = SEPARATOR.split(text);
        if (items.length < MIN_ITEMS) {
            return false;
        }
        for (String item : items) {
            int w = TextLines.words(item);
            if (w == 0 || w > MAX_ITEM_WORDS || YEAR.matcher(item).find()) {
                return false;
            }
        }
        return !CONJUNCTION.matcher(lower).find();
    }
}
