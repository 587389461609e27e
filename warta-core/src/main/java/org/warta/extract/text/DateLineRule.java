package org.warta.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.warta.extract.date.DateMatch;
import org.warta.extract.date.DateParser;

/**
 * A short line that is mostly dates ("Thursday, 20 June 2024 | 11:33 WIB Last Updated 2024-06-20T04:33:29Z") is
 * the page's date line: its first date is the publication time, a date after an "updated" word the modification
 * time. The line leaves the body.
 */
final class DateLineRule implements TextRule {
    private static final Pattern UPDATED = Pattern.compile(
            "(?:updated|update|diperbarui|diperbaharui|pembaruan|modified|edited|revised|aktualisiert)\\W*$",
            Pattern.CASE_INSENSITIVE);
    /** Longest line considered a date line. */
    private static final int MAX_CHARS = 160;
    /** Share of the letters and digits that must belong to dates or date words. */
    private static final double MIN_COVERAGE = 0.55;

    private final DateParser dates;

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    DateLineRule(DateParser dates) {
        this.dates = dates;
    }

    @Override
    public void apply(ScrapedPage page) {
        for (Line l : page.lines) {
            if (!l.isBody() || l.text.length() > MAX_CHARS || !hasDigit(l.text)) {
                continue;
            }
            List<DateMatch> found = dates.findAll(l.text, page.reference);
            if (found.isEmpty()) {
                continue;
            }
            int covered = 0;
            for (DateMatch d : found) {
                covered += TextLines.key(l.text.substring(d.start(), d.end())).length();
            }
            String rest = l.text;
            for (int k = found.size() - 1; k >= 0; k--) {
                rest = rest.substring(0, found.get(k).start()) + " " + rest.substring(found.get(k).end());
            }
            int restLen = TextLines.key(rest.toLowerCase(Locale.ROOT)
                    .replaceAll("\\b(?:last|updated?|diperbarui|diperbaharui|published|diterbitkan|dipublikasikan|"
                            + "terbit|posted|modified|on|pada|tanggal|date|wib|wita|wit|veröffentlicht|veröffentlichung|"
                            + "publiziert|aktualisiert|zuletzt|erstellt|stand|am|um|uhr)\\b", "")).length();
            if (covered < MIN_COVERAGE * (covered + restLen)) {
                continue;
            }
            for (DateMatch d : found) {
                boolean updated = UPDATED.matcher(l.text.substring(0, d.start())).find();
                if (updated) {
                    if (page.modified.isEmpty()) {
                        page.modified = java.util.Optional.of(d.moment());
                    }
                } else if (page.published.isEmpty()) {
                    page.published = java.util.Optional.of(d.moment());
                }
            }
            l.drop("date-line");
        }
    }
}
