package org.warta.nlp.date;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.warta.lang.LanguagePacks;

/**
 * The month and weekday names of Indonesian and English ({@code nlp-months}, {@code nlp-weekdays} of the language
 * packs), and the regular-expression alternations built from them. Immutable, shared.
 */
public final class DateRules {

    private static final DateRules STANDARD = new DateRules(List.of("id", "en"));

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final String monthAlternation;
    private final String weekdayAlternation;

    private DateRules(List<String> codes) {
        for (String code : codes) {
            var pack = LanguagePacks.forCodeOrGeneric(code);
            read(pack.lines("nlp-months"), months);
            read(pack.lines("nlp-weekdays"), weekdays);
        }
        this.monthAlternation = alternation(months);
        this.weekdayAlternation = alternation(weekdays);
    }

    /** Months and weekdays of Indonesian and English. */
    public static DateRules standard() {
        return STANDARD;
    }

    private static void read(List<String> lines, Map<String, Integer> into) {
        for (String l : lines) {
            String[] p = l.split("\\|");
            int n = Integer.parseInt(p[0].strip());
            for (int i = 1; i < p.length; i++) {
                into.putIfAbsent(p[i].strip().toLowerCase(Locale.ROOT), n);
            }
        }
    }

    private static String alternation(Map<String, Integer> names) {
        // longest first so "juni" is not cut to "jun"
        return names.keySet().stream().sorted((a, b) -> b.length() - a.length() != 0 ? b.length() - a.length()
                : a.compareTo(b)).map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
    }

    /** All month names and abbreviations, lower case. */
    public java.util.Set<String> monthNames() {
        return months.keySet();
    }

    /** All day names, lower case. */
    public java.util.Set<String> weekdayNames() {
        return weekdays.keySet();
    }

    /** Month number (1–12) of a name or abbreviation, 0 when unknown. */
    public int month(String name) {
        return months.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    /** ISO weekday (1 = Monday) of a day name, 0 when unknown. */
    public int weekday(String name) {
        return weekdays.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    /** Regex alternation of all month names (case-sensitive use needs {@code (?i)}). */
    public String months() {
        return monthAlternation;
    }

    /** Regex alternation of all weekday names. */
    public String weekdays() {
        return weekdayAlternation;
    }
}
