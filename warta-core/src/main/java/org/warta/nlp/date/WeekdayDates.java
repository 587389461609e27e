package org.warta.nlp.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.warta.model.DateMention;

/**
 * Day names relative to the anchor: "pada Rabu", "Rabu", "Senin lalu", "Kamis depan", "on Wednesday",
 * "last Monday". A bare day name is the latest such day on or before the anchor (news reports the past);
 * "lalu"/"kemarin"/"last" forces a day strictly before, "depan"/"mendatang"/"next" the next one after. Only
 * capitalised day names count (Indonesian "minggu" is also "week").
 */
public final class WeekdayDates implements DatePattern {

    private final DateRules rules;
    private final Pattern pattern;

    public WeekdayDates(DateRules rules) {
        this.rules = rules;
        this.pattern = Pattern.compile("(?<![\\p{L}\\d])(?:(?i:last|next|this)\\s+)?(?:(?i:hari)\\s+)?((?i:" + rules.weekdays()
                + "))(?:\\s+(lalu|kemarin|depan|mendatang|ini|(?i:last|next)))?(?![\\p{L}\\d])");
    }

    @Override
    public void find(DateText dt, Optional<LocalDate> anchor, List<DateMention> out) {
        if (anchor.isEmpty()) {
            return;
        }
        for (MatchResult m : dt.around(pattern, rules.weekdayNames(), 10, 12)) {
            String day = m.group(1);
            if (!Character.isUpperCase(day.charAt(0)) || day.length() <= 3) {
                continue;
            }
            int dow = rules.weekday(day);
            if (dow == 0) {
                continue;
            }
            String g = m.group().toLowerCase();
            String after = m.group(2) == null ? "" : m.group(2).toLowerCase();
            boolean past = after.equals("lalu") || after.equals("kemarin") || g.startsWith("last");
            boolean future = after.equals("depan") || after.equals("mendatang") || after.equals("next")
                    || g.startsWith("next");
            LocalDate a = anchor.get();
            int diff = a.getDayOfWeek().getValue() - dow;
            LocalDate d;
            if (future) {
                int ahead = Math.floorMod(dow - a.getDayOfWeek().getValue(), 7);
                d = a.plusDays(ahead == 0 ? 7 : ahead);
            } else {
                int back = Math.floorMod(diff, 7);
                if (back == 0 && past) {
                    back = 7;
                }
                d = a.minusDays(back);
            }
            out.add(new DateMention(m.group(), d.toString(), m.start(), m.end()));
        }
    }
}
