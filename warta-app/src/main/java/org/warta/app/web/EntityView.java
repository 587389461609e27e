package org.warta.app.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.warta.model.Story;
import org.warta.store.EntityProfile;

/** The entity page: name, type, aliases, and its stories over time (a bar chart per month or day, and a list). */
public final class EntityView {

    private EntityView() {
    }

    public static String body(EntityProfile p, Messages msg) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<h1>").append(Html.text(p.name())).append("</h1>\n<p class=\"meta\">");
        p.type().ifPresent(t -> sb.append(Html.text(msg.get("entity.type." + t.name()))).append(" · "));
        sb.append(Html.text(msg.format("entity.counts", p.storyCount(), p.articleCount()))).append("</p>\n");
        if (!p.aliases().isEmpty()) {
            sb.append("<p class=\"aliases\">").append(Html.text(msg.get("entity.aliases"))).append(": ")
                    .append(Html.text(String.join(", ", p.aliases()))).append("</p>\n");
        }
        chart(p, msg).ifPresent(sb::append);
        sb.append("<ol class=\"entity-stories\">");
        for (Story s : p.stories()) {
            sb.append("<li>");
            s.lastUpdate().or(s::firstReport).ifPresent(t -> sb.append(Layout.time(t, msg)).append(" · "));
            sb.append("<a href=\"/stories/").append(Html.attr(Html.segment(s.id()))).append("\">")
                    .append(Html.text(s.headline())).append("</a> <small>")
                    .append(Html.text(msg.format("story.articles", s.articles().size()))).append("</small></li>");
        }
        sb.append("</ol>");
        return sb.toString();
    }

    private static Optional<LocalDate> day(Story s) {
        return s.lastUpdate().or(s::firstReport).map(m -> m.approximateInstant().atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** Stories per day (per month when they span more than 62 days) as an SVG bar chart. */
    static Optional<String> chart(EntityProfile p, Messages msg) {
        TreeMap<LocalDate, Integer> days = new TreeMap<>();
        p.stories().forEach(s -> day(s).ifPresent(d -> days.merge(d, 1, Integer::sum)));
        if (days.isEmpty()) {
            return Optional.empty();
        }
        boolean monthly = ChronoUnit.DAYS.between(days.firstKey(), days.lastKey()) > 62;
        TreeMap<String, Integer> buckets = new TreeMap<>();
        if (monthly) {
            for (YearMonth m = YearMonth.from(days.firstKey()); !m.isAfter(YearMonth.from(days.lastKey()));
                 m = m.plusMonths(1)) {
                buckets.put(m.toString(), 0);
            }
            days.forEach((d, n) -> buckets.merge(YearMonth.from(d).toString(), n, Integer::sum));
        } else {
            for (LocalDate d = days.firstKey(); !d.isAfter(days.lastKey()); d = d.plusDays(1)) {
                buckets.put(d.toString(), 0);
            }
            days.forEach((d, n) -> buckets.merge(d.toString(), n, Integer::sum));
        }
        int w = 720;
        int h = 140;
        int max = buckets.values().stream().max(Integer::compare).orElse(1);
        double bw = (w - 40.0) / buckets.size();
        StringBuilder sb = new StringBuilder("<svg class=\"entity-chart\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 " + w + " " + h + "\" role=\"img\" aria-label=\""
                + Html.attr(msg.get("entity.over_time")) + "\">");
        int i = 0;
        for (Map.Entry<String, Integer> e : buckets.entrySet()) {
            double bh = (h - 40.0) * e.getValue() / max;
            sb.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                    + "height=\"%.1f\"><title>", 20 + i * bw, h - 20 - bh, Math.max(1, bw - 2), bh))
                    .append(Html.text(e.getKey() + ": " + e.getValue())).append("</title></rect>");
            i++;
        }
        sb.append("<text class=\"tick\" x=\"20\" y=\"").append(h - 4).append("\">")
                .append(Html.text(buckets.firstKey())).append("</text><text class=\"tick\" text-anchor=\"end\" x=\"")
                .append(w - 20).append("\" y=\"").append(h - 4).append("\">").append(Html.text(buckets.lastKey()))
                .append("</text></svg>");
        return Optional.of(sb.toString());
    }
}
