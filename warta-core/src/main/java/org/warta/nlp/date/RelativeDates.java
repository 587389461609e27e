package org.warta.nlp.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.warta.model.DateMention;

/**
 * Relative expressions counted from the anchor: "kemarin"/"yesterday"/"last night", "hari ini"/"today", "besok"/"tomorrow",
 * "lusa", "tahun lalu"/"last year", "tahun ini"/"this year", "tahun depan"/"next year", "bulan lalu"/"last month",
 * "bulan ini", "bulan depan", and "3 hari lalu"/"three days ago" style counts (digits or number words).
 * Values are as precise as the expression: a day, a month ({@code 2024-05}) or a year ({@code 2023}).
 */
public final class RelativeDates implements DatePattern {

    private static final Pattern FIXED = Pattern.compile("(?i)(?<![\\p{L}\\d])(kemarin lusa|kemarin|hari ini|besok|lusa|"
            + "tahun lalu|tahun ini|tahun depan|bulan lalu|bulan ini|bulan depan|yesterday|today|tomorrow|"
            + "last year|this year|next year|last month|this month|next month|last night)(?![\\p{L}\\d])");
    private static final Pattern COUNT = Pattern.compile("(?i)(?<![\\p{L}\\d])(\\d{1,3}|satu|dua|tiga|empat|lima|enam|"
            + "tujuh|delapan|sembilan|sepuluh|one|two|three|four|five|six|seven|eight|nine|ten)\\s+"
            + "(hari|pekan|minggu|bulan|tahun|days?|weeks?|months?|years?)\\s+(?:yang\\s+)?(lalu|silam|ago)"
            + "(?![\\p{L}\\d])");
    private static final Set<String> FIXED_TRIGGERS = Set.of("kemarin", "hari", "besok", "lusa", "tahun", "bulan",
            "yesterday", "today", "tomorrow", "year", "month", "night");
    private static final Set<String> COUNT_TRIGGERS = Set.of("lalu", "silam", "ago");
    private static final List<String> NUMBER_WORDS = List.of("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
            "delapan", "sembilan", "sepuluh");
    private static final List<String> EN_NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    @Override
    public void find(DateText dt, Optional<LocalDate> anchor, List<DateMention> out) {
        if (anchor.isEmpty()) {
            return;
        }
        LocalDate a = anchor.get();
        for (MatchResult m : dt.around(FIXED, FIXED_TRIGGERS, 8, 12)) {
            String v = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "kemarin", "yesterday", "last night" -> a.minusDays(1).toString();
                case "kemarin lusa" -> a.minusDays(2).toString();
                case "hari ini", "today" -> a.toString();
                case "besok", "tomorrow" -> a.plusDays(1).toString();
                case "lusa" -> a.plusDays(2).toString();
                case "tahun lalu", "last year" -> Integer.toString(a.getYear() - 1);
                case "tahun ini", "this year" -> Integer.toString(a.getYear());
                case "tahun depan", "next year" -> Integer.toString(a.getYear() + 1);
                case "bulan lalu", "last month" -> month(a.minusMonths(1));
                case "bulan ini", "this month" -> month(a);
                case "bulan depan", "next month" -> month(a.plusMonths(1));
                default -> null;
            };
            if (v != null) {
                out.add(new DateMention(m.group(), v, m.start(), m.end()));
            }
        }
        for (MatchResult c : dt.around(COUNT, COUNT_TRIGGERS, 40, 1)) {
            int n = number(c.group(1).toLowerCase(Locale.ROOT));
            String unit = c.group(2).toLowerCase(Locale.ROOT);
            String v;
            if (unit.startsWith("hari") || unit.startsWith("day")) {
                v = a.minusDays(n).toString();
            } else if (unit.startsWith("pekan") || unit.startsWith("minggu") || unit.startsWith("week")) {
                v = a.minusWeeks(n).toString();
            } else if (unit.startsWith("bulan") || unit.startsWith("month")) {
                v = month(a.minusMonths(n));
            } else {
                v = Integer.toString(a.getYear() - n);
            }
            out.add(new DateMention(c.group(), v, c.start(), c.end()));
        }
    }

    private static int number(String s) {
        int i = NUMBER_WORDS.indexOf(s);
        if (i >= 0) {
            return i + 1;
        }
        i = EN_NUMBER_WORDS.indexOf(s);
        return i >= 0 ? i + 1 : Integer.parseInt(s);
    }

    private static String month(LocalDate d) {
        return String.format(Locale.ROOT, "%d-%02d", d.getYear(), d.getMonthValue());
    }
}
