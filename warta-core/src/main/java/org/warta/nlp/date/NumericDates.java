package org.warta.nlp.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.warta.model.DateMention;

/**
 * Day/month numerals: "(19/6)", "(13/9/2023)", "19/06/2024", "19-6-2024". Without a year, parenthesised only (the
 * Indonesian news convention), taking the anchor's year — or the year before when that would put the date more
 * than a month after the anchor.
 */
public final class NumericDates implements DatePattern {

    private static final Pattern FULL = Pattern.compile("(?<![\\d/.,-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d/])");
    private static final Pattern SHORT = Pattern.compile("\\((\\d{1,2})/(\\d{1,2})\\)");

    @Override
    public void find(DateText dt, Optional<LocalDate> anchor, List<DateMention> out) {
        for (MatchResult m : dt.aroundNumbers(FULL, 1, 12)) {
            date(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)))
                    .ifPresent(d -> out.add(new DateMention(m.group(), d.toString(), m.start(), m.end())));
        }
        if (anchor.isEmpty()) {
            return;
        }
        for (MatchResult s : dt.aroundNumbers(SHORT, 2, 6)) {
            int day = Integer.parseInt(s.group(1));
            int month = Integer.parseInt(s.group(2));
            LocalDate a = anchor.get();
            Optional<LocalDate> d = date(a.getYear(), month, day);
            if (d.isPresent() && d.get().isAfter(a.plusMonths(1))) {
                d = date(a.getYear() - 1, month, day);
            }
            d.ifPresent(v -> out.add(new DateMention(s.group(), v.toString(), s.start(), s.end())));
        }
    }

    static Optional<LocalDate> date(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
