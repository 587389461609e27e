package org.warta.nlp.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.warta.model.DateMention;

/**
 * Dates with month names: "19 Juni 2024", "19 June 2024", "June 19, 2024", "19 Juni" (anchor's year), "Juni 2024"
 * and "June 2024" (a month), "akhir Maret" and "the end of March" (a month of the anchor's year, or the nearest).
 */
public final class NamedMonthDates implements DatePattern {

    private final DateRules rules;
    private final Pattern dayMonth;
    private final Pattern monthDay;
    private final Pattern monthYear;
    private final Pattern monthOnly;

    public NamedMonthDates(DateRules rules) {
        this.rules = rules;
        String mo = "(" + rules.months() + ")";
        this.dayMonth = Pattern.compile("(?i)(?<![\\p{L}\\d])(\\d{1,2})\\s+" + mo + "(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])");
        this.monthDay = Pattern.compile("(?i)(?<![\\p{L}\\d])" + mo + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?(?![\\p{L}\\d])");
        this.monthYear = Pattern.compile("(?i)(?<![\\p{L}\\d])" + mo + "\\s+(\\d{4})(?![\\p{L}\\d])");
        this.monthOnly = Pattern.compile("(?<![\\p{L}\\d])(?:(?i:akhir|awal|pertengahan|medio|the end of|the start of"
                + "|the beginning of|the middle of|early|late|mid-?)\\s*)?(?i:" + mo + ")(?![\\p{L}\\d]|\\s+\\d)");
    }

    @Override
    public void find(DateText dt, Optional<LocalDate> anchor, List<DateMention> out) {
        Set<String> names = rules.monthNames();
        for (MatchResult m : dt.around(dayMonth, names, 4, 12)) {
            add(m, Integer.parseInt(m.group(1)), m.group(2), m.group(3), anchor, out);
        }
        for (MatchResult m : dt.around(monthDay, names, 1, 16)) {
            if (!Character.isUpperCase(m.group(1).charAt(0))) {
                continue;
            }
            add(m, Integer.parseInt(m.group(2)), m.group(1), m.group(3), anchor, out);
        }
        for (MatchResult m : dt.around(monthYear, names, 1, 8)) {
            int mon = rules.month(m.group(1));
            if (mon > 0 && Character.isUpperCase(m.group(1).charAt(0))) {
                out.add(new DateMention(m.group(), String.format("%s-%02d", m.group(2), mon), m.start(), m.end()));
            }
        }
        monthOnly(dt, anchor, out);
    }

    /**
     * "akhir Maret", "the end of March", "April": a month without day or year, in the year that puts it nearest the
     * anchor; left out without an anchor.
     */
    private void monthOnly(DateText dt, Optional<LocalDate> anchor, List<DateMention> out) {
        if (anchor.isEmpty()) {
            return;
        }
        for (MatchResult m : dt.around(monthOnly, rules.monthNames(), 24, 12)) {
            String month = m.group(1);
            int mon = rules.month(month);
            if (mon == 0 || month.length() < 3 || !Character.isUpperCase(month.charAt(0))) {
                continue;
            }
            LocalDate a = anchor.get();
            int year = a.getYear();
            int diff = mon - a.getMonthValue();
            if (diff > 6) {
                year--;
            } else if (diff < -6) {
                year++;
            }
            out.add(new DateMention(m.group(), String.format("%d-%02d", year, mon), m.start(), m.end()));
        }
    }

    private void add(MatchResult m, int day, String month, String year, Optional<LocalDate> anchor, List<DateMention> out) {
        int mon = rules.month(month);
        if (mon == 0 || !Character.isUpperCase(month.charAt(0)) && year == null) {
            return;
        }
        Optional<LocalDate> d;
        if (year != null) {
            d = NumericDates.date(Integer.parseInt(year), mon, day);
        } else if (anchor.isPresent()) {
            LocalDate a = anchor.get();
            d = NumericDates.date(a.getYear(), mon, day);
            if (d.isPresent() && d.get().isAfter(a.plusMonths(6))) {
                d = NumericDates.date(a.getYear() - 1, mon, day);
            }
        } else {
            return;
        }
        d.ifPresent(v -> out.add(new DateMention(m.group(), v.toString(), m.start(), m.end())));
    }
}
