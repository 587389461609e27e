package org.warta.extract.date;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.warta.extract.vocab.ExtractionVocabulary;
import org.warta.model.Moment;

/**
 * Finds and normalises publication dates as news pages write them, in every installed language: ISO-8601
 * ("2024-06-20T04:33:29Z"), day-month-year with month names ("Kamis, 20 Juni 2024 11:33 WIB", "Thursday, 20 June
 * 2024 | 11:33 WIB"), month-day-year ("June 20, 2024 at 11:33 am"), numeric day-first dates ("20/06/2024 11:33"),
 * and relative times ("2 jam lalu", "3 hours ago") against a reference time. Time-zone abbreviations come from the
 * packs' {@code timezones.txt} (WIB/WITA/WIT = +07/+08/+09). A date without a time stays a date; a time without a
 * zone stays local: nothing is invented. Each pattern family is one regular expression without nested
 * quantifiers, so matching is linear in the input.
 */
public final class DateParser {

    private static final int MIN_YEAR = 1970;
    private static final int MAX_YEAR = 2100;

    private final ExtractionVocabulary vocabulary;
    private final Pattern iso;
    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    private final Pattern numeric;
    private final Pattern relative;

    public DateParser(ExtractionVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        String months = alternation(vocabulary.monthNames());
        String days = alternation(vocabulary.dayNames());
        String zones = alternation(vocabulary.timeZones().keySet());
        String timePart = "(?:\\s*(?:[,|@]|-|–|pukul|jam|at|um)?\\s*(?<h>\\d{1,2})[:.](?<mi>\\d{2})(?::(?<s>\\d{2}))?"
                + "\\s*(?<ampm>[ap]\\.?m\\.?)?\\s*(?<zone>(?:GMT|UTC)\\s?[+-]\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|"
                + "\\b(?:" + zones + ")\\b)?)?";
        String dayPrefix = days.isEmpty() ? "" : "(?:\\b(?:" + days + ")\\b\\.?,?\\s*)?";
        this.iso = Pattern.compile("\\b(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})(?:[T ](?<h>\\d{2}):(?<mi>\\d{2})"
                + "(?::(?<s>\\d{2})(?:[.,]\\d{1,9})?)?\\s*(?<zone>Z|[+-]\\d{2}:?\\d{2})?)?");
        this.dayMonthYear = Pattern.compile(dayPrefix + "\\b(?<d>\\d{1,2})\\.?\\s+(?<mo>" + months
                + ")\\b\\.?,?\\s+(?<y>\\d{4})\\b" + timePart, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.monthDayYear = Pattern.compile(dayPrefix + "\\b(?<mo>" + months
                + ")\\b\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})\\b" + timePart,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.numeric = Pattern.compile(dayPrefix + "\\b(?<d>\\d{1,2})[/.-](?<mo>\\d{1,2})[/.-](?<y>\\d{4})\\b"
                + timePart, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String units = alternation(vocabulary.relativeUnits().keySet());
        String ago = alternation(vocabulary.agoWords());
        this.relative = units.isEmpty() || ago.isEmpty() ? null : Pattern.compile(
                "\\b(?<n>\\d{1,4})\\s+(?<unit>" + units + ")\\s+(?:" + ago + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String alternation(Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** The first date in the text, if any. */
    public Optional<Moment> parse(String text, Optional<Moment> reference) {
        List<DateMatch> all = findAll(text, reference);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).moment());
    }

    /** Every date in the text, in order of position, not overlapping. */
    public List<DateMatch> findAll(String text, Optional<Moment> reference) {
        List<DateMatch> found = new ArrayList<>();
        // these four families all need a four-digit year: most text has none, and is not searched for them
        if (hasFourDigits(text)) {
            collect(iso.matcher(text), found, true);
            collect(dayMonthYear.matcher(text), found, false);
            collect(monthDayYear.matcher(text), found, false);
            collect(numeric.matcher(text), found, false);
        }
        if (relative != null && reference.isPresent()) {
            Matcher m = relative.matcher(text);
            while (m.find()) {
                Long unit = vocabulary.relativeUnits().get(m.group("unit").toLowerCase(Locale.ROOT));
                long n = Long.parseLong(m.group("n"));
                Moment ref = reference.get();
                Moment when = relativeTo(ref, Duration.ofSeconds(n * unit));
                found.add(new DateMatch(when, m.start(), m.end()));
            }
        }
        found.sort(Comparator.comparingInt(DateMatch::start).thenComparing(d -> -(d.end() - d.start())));
        List<DateMatch> out = new ArrayList<>();
        int end = -1;
        for (DateMatch d : found) {
            if (d.start() >= end) {
                out.add(d);
                end = d.end();
            }
        }
        return out;
    }

    /** Whether the text holds four ASCII digits in a row (what {@code \\d{4}} needs). */
    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 4) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    private static Moment relativeTo(Moment ref, Duration back) {
        if (ref.time().isEmpty()) {
            return Moment.ofDate(ref.date().minusDays(back.toDays()));
        }
        LocalDateTime t = ref.date().atTime(ref.time().get()).minus(back);
        boolean coarse = back.toSeconds() >= 86400;
        if (coarse) {
            return Moment.ofDate(t.toLocalDate());
        }
        return ref.offset().map(o -> Moment.of(OffsetDateTime.of(t, o))).orElseGet(() -> Moment.of(t));
    }

    private void collect(Matcher m, List<DateMatch> out, boolean isoForm) {
        while (m.find()) {
            try {
                int y = Integer.parseInt(m.group("y"));
                String mo = m.group("mo");
                int month = Character.isDigit(mo.charAt(0)) ? Integer.parseInt(mo)
                        : vocabulary.month(mo).orElse(0);
                int day = Integer.parseInt(m.group("d"));
                if (!isoForm && Character.isDigit(mo.charAt(0)) && month > 12 && day <= 12) {
                    int t = month;
                    month = day;
                    day = t;
                }
                if (y < MIN_YEAR || y > MAX_YEAR) {
                    continue;
                }
                LocalDate date = LocalDate.of(y, month, day);
                out.add(new DateMatch(withTime(date, m), m.start(), m.end()));
            } catch (DateTimeException | NumberFormatException e) {
                // not a real date ("31/02/2024"): skip it
            }
        }
    }

    private Moment withTime(LocalDate date, Matcher m) {
        String h = m.group("h");
        if (h == null) {
            return Moment.ofDate(date);
        }
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(m.group("mi"));
        int second = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
        String ampm = group(m, "ampm");
        if (ampm != null) {
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            if (hour == 12) {
                hour = pm ? 12 : 0;
            } else if (pm) {
                hour += 12;
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return Moment.ofDate(date);
        }
        LocalTime t = LocalTime.of(hour, minute, second);
        String zone = group(m, "zone");
        Optional<ZoneOffset> offset = zone == null ? Optional.empty() : offset(zone);
        return offset.map(o -> Moment.of(OffsetDateTime.of(date, t, o)))
                .orElseGet(() -> Moment.of(LocalDateTime.of(date, t)));
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Optional<ZoneOffset> offset(String zone) {
        String z = zone.strip();
        if (z.equals("Z")) {
            return Optional.of(ZoneOffset.UTC);
        }
        ZoneOffset named = vocabulary.timeZones().get(z.toUpperCase(Locale.ROOT));
        if (named != null) {
            return Optional.of(named);
        }
        String num = z.replaceFirst("^(?i)(?:GMT|UTC)\\s?", "");
        try {
            if (num.matches("[+-]\\d{1,2}")) {
                return Optional.of(ZoneOffset.ofHours(Integer.parseInt(num)));
            }
            if (num.matches("[+-]\\d{2}:?\\d{2}")) {
                return Optional.of(ZoneOffset.of(num.length() == 5 ? num.substring(0, 3) + ":" + num.substring(3) : num));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
