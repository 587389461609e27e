package org.warta.nlp.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.warta.model.DateMention;

/**
 * Finds and normalises the date expressions of a text: runs every {@link DatePattern} family, joins a day name with
 * the explicit date that follows it ("Rabu (19/6)", "pada Rabu (19 Juni 2024)": the explicit date wins), then keeps
 * the longest of overlapping mentions. Thread-safe.
 */
public final class DateFinder {

    private static final DateFinder STANDARD = new DateFinder(List.of(new NumericDates(),
            new NamedMonthDates(DateRules.standard()), new WeekdayDates(DateRules.standard()), new RelativeDates(),
            new YearDates()));

    private final List<DatePattern> families;

    public DateFinder(List<DatePattern> families) {
        this.families = List.copyOf(families);
    }

    /** The Indonesian + English finder. */
    public static DateFinder standard() {
        return STANDARD;
    }

    /** Date mentions of {@code text}, in text order, relative ones resolved against {@code anchor}. */
    public List<DateMention> find(String text, Optional<LocalDate> anchor) {
        List<DateMention> all = new ArrayList<>();
        DateText dt = new DateText(text);
        for (DatePattern p : families) {
            p.find(dt, anchor, all);
        }
        all.sort(Comparator.comparingInt(DateMention::start).thenComparingInt(d -> -d.end()));
        List<DateMention> joined = joinDayAndDate(text, all);
        List<DateMention> out = new ArrayList<>();
        joined.sort(Comparator.comparingInt((DateMention d) -> -(d.end() - d.start())).thenComparingInt(DateMention::start));
        for (DateMention d : joined) {
            boolean overlaps = out.stream().anyMatch(o -> o.start() < d.end() && d.start() < o.end());
            if (!overlaps) {
                out.add(d);
            }
        }
        out.sort(Comparator.comparingInt(DateMention::start));
        return out;
    }

    private static List<DateMention> joinDayAndDate(String text, List<DateMention> sorted) {
        List<DateMention> out = new ArrayList<>(sorted);
        for (DateMention a : sorted) {
            for (DateMention b : sorted) {
                if (b.start() <= a.end() || b.start() - a.end() > 3 || !isDay(a) || isDay(b)) {
                    continue;
                }
                String gap = text.substring(a.end(), b.start());
                if (gap.isBlank() || gap.strip().equals("(") || gap.strip().equals(",")) {
                    int end = b.end();
                    if (gap.strip().equals("(") && end < text.length() && text.charAt(end) == ')') {
                        end++;
                    }
                    out.add(new DateMention(text.substring(a.start(), end), b.value(), a.start(), end));
                }
            }
        }
        return out;
    }

    private static boolean isDay(DateMention d) {
        return Character.isUpperCase(d.text().charAt(0)) && !d.text().matches(".*\\d.*");
    }
}
