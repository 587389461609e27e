package org.warta.nlp.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.warta.model.DateMention;

/**
 * Years and year ranges: "1950-1953" / "1950–1953" (an ISO interval {@code 1950/1953}), and single years between
 * 1000 and 2199 after a cue word ("pada 1945", "tahun 1961", "sejak 2000", "in 2001") or continuing a list of
 * years ("1961, 2000 dan 2001"). A bare four-digit number without a cue is not taken for a year.
 */
public final class YearDates implements DatePattern {

    private static final Pattern RANGE = Pattern.compile("(?<![\\d/.,-])(1\\d{3}|2[01]\\d{2})\\s*[-\u2013\u2014]\\s*(1\\d{3}|2[01]\\d{2})(?![\\d/-])");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.,:-])(1\\d{3}|2[01]\\d{2})(?![\\d/.,:-]\\d|\\d|\\s*[-\u2013]\\s*\\d)");
    private static final Pattern CUE = Pattern.compile("(?i)(?:pada|tahun|sejak|hingga|sampai|akhir|awal|pertengahan|"
            + "in|since|until|by|during|early|late|mid|of)\\s+(?:tahun\\s+)?$");
    private static final Pattern LIST = Pattern.compile("(?i)(1\\d{3}|2[01]\\d{2})\\s*(?:,|dan|and|atau|or)\\s*$");

    @Override
    public void find(DateText dt, Optional<LocalDate> anchor, List<DateMention> out) {
        String text = dt.text();
        for (MatchResult r : dt.aroundNumbers(RANGE, 1, 12)) {
            int a = Integer.parseInt(r.group(1));
            int b = Integer.parseInt(r.group(2));
            if (a < b && b - a < 300) {
                out.add(new DateMention(r.group(), a + "/" + b, r.start(), r.end()));
            }
        }
        for (MatchResult y : dt.aroundNumbers(YEAR, 1, 5)) {
            String before = text.substring(Math.max(0, y.start() - 24), y.start());
            if (CUE.matcher(before).find() || LIST.matcher(before).find()) {
                out.add(new DateMention(y.group(1), y.group(1), y.start(), y.end()));
            }
        }
    }
}
