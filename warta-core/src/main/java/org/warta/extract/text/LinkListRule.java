package org.warta.extract.text;

import java.util.Locale;
import java.util.Set;

/**
 * Lists of links: a {@code heading} line ("Berita Trending", "Berita Terkait", "Baca juga:") and the headline-like
 * lines after it (no sentence punctuation, or short and title-cased, or numbered "- 1 ..."), up to the first
 * line that reads like a paragraph.
 */
final class LinkListRule implements TextRule {
    /** A line with this many words or fewer and mostly capitalised words reads like a headline. */
    private static final int HEADLINE_WORDS = 14;

    /** A line longer than this is a paragraph even without a full stop. */
    private static final int MAX_ITEM_WORDS = 30;

    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("[-•*·]\\s*\\d{0,2}\\b");
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("\\d{1,2}[.)]?\\s");

    private final Set<String> headings;
    /** The longest heading: a longer line is none (most lines are). */
    private final int maxLength;

    LinkListRule(Set<String> headings) {
        this.headings = headings;
        this.maxLength = headings.stream().mapToInt(String::length).max().orElse(0);
    }

    @Override
    public void apply(ScrapedPage page) {
        for (int i = 0; i < page.lines.size(); i++) {
            Line l = page.lines.get(i);
            if (!l.isBody() || !isLowerHeading(l.lower())) {
                continue;
            }
            l.drop("list-heading");
            if (page.titleGiven) {
                continue; // in HTML the links themselves are told by link density, not guessed from their form
            }
            for (int j = i + 1; j < page.lines.size(); j++) {
                Line next = page.lines.get(j);
                if (next.role == Line.Role.DROPPED) {
                    continue;
                }
                if (!next.isBody() || !isListItem(next.text)) {
                    break;
                }
                next.drop("list-item");
            }
        }
    }

    boolean isHeading(String text) {
        return isLowerHeading(text.toLowerCase(Locale.ROOT));
    }

    private boolean isLowerHeading(String lower) {
        if (TextLines.strippedLength(lower, " :.|»›>") > maxLength) {
            return false;
        }
        String t = TextLines.stripTrailing(lower, " :.|»›>");
        return headings.contains(t) || headings.contains(t + ":");
    }

    static boolean isListItem(String text) {
        if (BULLET.matcher(text).lookingAt() || NUMBERED.matcher(text).lookingAt()) {
            return true;
        }
        if (!TextLines.endsSentence(text)) {
            return TextLines.words(text) <= MAX_ITEM_WORDS;
        }
        return TextLines.words(text) <= HEADLINE_WORDS && TextLines.titleCaseRatio(text) > 0.6;
    }
}
