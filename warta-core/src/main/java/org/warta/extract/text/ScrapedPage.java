package org.warta.extract.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.warta.model.Moment;

/** The working state the text rules share: the lines and the metadata found so far. */
final class ScrapedPage {
    final List<Line> lines = new ArrayList<>();
    final Optional<Moment> reference;
    String title = "";
    Optional<Moment> published = Optional.empty();
    Optional<Moment> modified = Optional.empty();
    Optional<String> outlet = Optional.empty();
    Optional<String> dateline = Optional.empty();
    Optional<String> byline = Optional.empty();
    final Set<String> credits = new LinkedHashSet<>();
    final List<String> captions = new ArrayList<>();

    /** True when the headline was given, so no line is taken as the headline. */
    final boolean titleGiven;

    ScrapedPage(List<String> rawLines, Optional<Moment> reference, Optional<String> title) {
        this.reference = reference;
        this.title = TextLines.clean(title.orElse(""));
        this.titleGiven = title.isPresent();
        for (String raw : rawLines) {
            String s = TextLines.clean(raw);
            if (!s.isEmpty()) {
                lines.add(new Line(s));
            }
        }
    }

    /** Index of the first body line at or after {@code from}, or -1. */
    int nextBody(int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (lines.get(i).isBody()) {
                return i;
            }
        }
        return -1;
    }
}
