package org.warta.app.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.warta.store.ArticleSummary;
import org.warta.model.TimelineEvent;

/**
 * A story's timeline as an inline SVG: the dated events its articles mention (a dot for a day, a bar for a month,
 * a year or an interval) above a lane of the articles' publication dates. Every label is escaped; the SVG has no
 * script and no external references.
 */
public final class TimelineSvg {

    static final int WIDTH = 720;
    private static final int MARGIN = 24;
    private static final int ROW = 16;

    private TimelineSvg() {
    }

    /** A parsed ISO value: {@code 2024-06-19}, {@code 2024-06}, {@code 2023}, {@code 1950/1953}. */
    record Range(LocalDate start, LocalDate end) {
    }

    static Optional<Range> parse(String iso) {
        String v = iso.strip();
        try {
            if (v.contains("/")) {
                String[] p = v.split("/", 2);
                Optional<Range> a = parse(p[0]);
                Optional<Range> b = parse(p[1]);
                return a.isPresent() && b.isPresent() && !b.get().end().isBefore(a.get().start())
                        ? Optional.of(new Range(a.get().start(), b.get().end())) : Optional.empty();
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(v);
                return Optional.of(new Range(d, d));
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(v);
                return Optional.of(new Range(m.atDay(1), m.atEndOfMonth()));
            }
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return Optional.of(new Range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The SVG, or empty when nothing is dated. */
    public static Optional<String> render(List<TimelineEvent> events, List<ArticleSummary> articles, Messages msg) {
        record Item(Range range, String label, boolean article) {
        }
        List<Item> items = new ArrayList<>();
        for (TimelineEvent e : events) {
            parse(e.date()).ifPresent(r -> items.add(new Item(r, e.date() + " — " + e.text(), false)));
        }
        for (ArticleSummary a : articles) {
            a.published().ifPresent(p -> items.add(new Item(new Range(p.date(), p.date()),
                    p + " — " + a.outletOrSource() + ": " + a.title(), true)));
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        LocalDate min = items.stream().map(i -> i.range().start()).min(LocalDate::compareTo).orElseThrow();
        LocalDate max = items.stream().map(i -> i.range().end()).max(LocalDate::compareTo).orElseThrow();
        long span = Math.max(1, ChronoUnit.DAYS.between(min, max) + 1);
        double perDay = (WIDTH - 2.0 * MARGIN) / span;
        long eventRows = Math.max(1, items.stream().filter(i -> !i.article()).count());
        int height = (int) (MARGIN * 2 + ROW * (eventRows + 2));
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(Html.attr(msg.get("story.timeline"))).append("\">");
        int axisY = height - MARGIN;
        sb.append("<line x1=\"").append(MARGIN).append("\" y1=\"").append(axisY).append("\" x2=\"")
                .append(WIDTH - MARGIN).append("\" y2=\"").append(axisY).append("\" class=\"axis\"/>");
        sb.append("<text x=\"").append(MARGIN).append("\" y=\"").append(height - 6).append("\" class=\"tick\">")
                .append(Html.text(min.toString())).append("</text>");
        sb.append("<text x=\"").append(WIDTH - MARGIN).append("\" y=\"").append(height - 6)
                .append("\" class=\"tick\" text-anchor=\"end\">").append(Html.text(max.toString())).append("</text>");
        int row = 0;
        for (Item i : items) {
            double x1 = MARGIN + ChronoUnit.DAYS.between(min, i.range().start()) * perDay;
            double x2 = MARGIN + (ChronoUnit.DAYS.between(min, i.range().end()) + 1) * perDay;
            if (i.article()) {
                sb.append("<circle class=\"pub\" cx=\"").append(fmt((x1 + x2) / 2)).append("\" cy=\"")
                        .append(axisY).append("\" r=\"4\"><title>").append(Html.text(i.label()))
                        .append("</title></circle>");
                continue;
            }
            int y = MARGIN + ROW * row++;
            if (x2 - x1 < 6) {
                sb.append("<circle class=\"event\" cx=\"").append(fmt((x1 + x2) / 2)).append("\" cy=\"").append(y)
                        .append("\" r=\"5\"><title>").append(Html.text(i.label())).append("</title></circle>");
            } else {
                sb.append("<rect class=\"event\" x=\"").append(fmt(x1)).append("\" y=\"").append(y - 4)
                        .append("\" width=\"").append(fmt(x2 - x1)).append("\" height=\"8\" rx=\"3\"><title>")
                        .append(Html.text(i.label())).append("</title></rect>");
            }
        }
        sb.append("</svg>");
        return Optional.of(sb.toString());
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
