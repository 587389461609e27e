package org.warta.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.model.Article;
import org.warta.model.DateMention;
import org.warta.model.Moment;

/**
 * A story's event date by consensus of its articles: every analysed article votes once for each distinct
 * day-precise date it mentions that is not after its own publication day (a report cannot describe a later
 * event as done); the date with most votes wins; ties go to the latest date not after the story's anchor (the
 * median publication date), since news reports the most recent event. Stateless and thread-safe.
 */
public final class EventDates {

    private EventDates() {
    }

    /** The consensus event date (ISO {@code yyyy-MM-dd}), empty when no article mentions a day. */
    public static Optional<String> consensus(List<Article> articles) {
        Map<LocalDate, Integer> votes = new HashMap<>();
        for (Article a : articles) {
            Set<LocalDate> mine = new LinkedHashSet<>();
            for (DateMention d : a.dates()) {
                if (d.value().length() != 10) {
                    continue;
                }
                LocalDate v;
                try {
                    v = LocalDate.parse(d.value());
                } catch (java.time.format.DateTimeParseException e) {
                    continue;
                }
                if (a.published().isEmpty() || !v.isAfter(a.published().get().date())) {
                    mine.add(v);
                }
            }
            mine.forEach(v -> votes.merge(v, 1, Integer::sum));
        }
        Optional<LocalDate> anchor = anchor(articles).map(Moment::date);
        LocalDate best = null;
        for (var e : votes.entrySet()) {
            if (best == null || e.getValue() > votes.get(best)
                    || e.getValue().equals(votes.get(best)) && better(e.getKey(), best, anchor)) {
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best).map(LocalDate::toString);
    }

    private static boolean better(LocalDate a, LocalDate b, Optional<LocalDate> anchor) {
        boolean aOk = anchor.isEmpty() || !a.isAfter(anchor.get());
        boolean bOk = anchor.isEmpty() || !b.isAfter(anchor.get());
        if (aOk != bOk) {
            return aOk;
        }
        return a.isAfter(b);
    }

    /**
     * The date an undated article of the story counts its relative dates from: the median publication moment of
     * the story's dated articles, empty when none is dated. Pass it to {@link WartaAnalyzer#analyze(Article,
     * Optional)}.
     */
    public static Optional<Moment> anchor(List<Article> articles) {
        List<Moment> ms = new ArrayList<>();
        for (Article a : articles) {
            a.published().ifPresent(ms::add);
        }
        if (ms.isEmpty()) {
            return Optional.empty();
        }
        ms.sort(null);
        return Optional.of(Moment.ofDate(ms.get((ms.size() - 1) / 2).date()));
    }
}
