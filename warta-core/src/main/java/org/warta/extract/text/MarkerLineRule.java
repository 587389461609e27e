package org.warta.extract.text;

import java.util.Locale;
import java.util.Set;

/** Drops lines that are only a widget word: "Bagikan", "Iklan", "Notification", "×" ({@code marker} entries). */
final class MarkerLineRule implements TextRule {
    private final Set<String> markers;
    /** The longest marker: a longer line is none (most lines are). */
    private final int maxLength;

    MarkerLineRule(Set<String> markers) {
        this.markers = markers;
        this.maxLength = markers.stream().mapToInt(String::length).max().orElse(0);
    }

    @Override
    public void apply(ScrapedPage page) {
        for (Line l : page.lines) {
            if (l.isBody() && isLowerMarker(l.lower())) {
                l.drop("marker");
            }
        }
    }

    boolean isMarker(String text) {
        return isLowerMarker(text.toLowerCase(Locale.ROOT));
    }

    private boolean isLowerMarker(String lower) {
        if (TextLines.strippedLength(lower, " :.|»›>") > Math.max(2, maxLength)) {
            return false;
        }
        String t = TextLines.stripTrailing(lower, " :.|»›>");
        return markers.contains(t) || (t.length() <= 2 && !t.chars().anyMatch(Character::isLetterOrDigit));
    }
}
