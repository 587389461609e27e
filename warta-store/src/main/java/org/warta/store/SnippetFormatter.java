package org.warta.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the unified highlighter's passages into plain-text {@link Snippet}s with match ranges, leaving escaping to
 * whoever displays them (a JSON client, the HTML pages), so no markup from an article can pass through as markup.
 */
final class SnippetFormatter extends PassageFormatter {

    private final String field;

    SnippetFormatter(String field) {
        this.field = field;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        List<Snippet> out = new ArrayList<>(passages.length);
        for (Passage p : passages) {
            int start = p.getStartOffset();
            int end = Math.min(p.getEndOffset(), content.length());
            if (start < 0 || end <= start) {
                continue;
            }
            List<Snippet.Range> ranges = new ArrayList<>();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int ms = Math.max(p.getMatchStarts()[i], start) - start;
                int me = Math.min(p.getMatchEnds()[i], end) - start;
                if (me <= ms) {
                    continue;
                }
                if (!ranges.isEmpty() && ms <= ranges.getLast().end() + 1
                        && content.substring(start + ranges.getLast().end(), start + Math.max(ms, ranges.getLast().end()))
                        .isBlank()) {
                    // overlapping, or separated by one blank (the words of a matched phrase): one range
                    Snippet.Range prev = ranges.removeLast();
                    ranges.add(new Snippet.Range(prev.start(), Math.max(prev.end(), me)));
                } else {
                    ranges.add(new Snippet.Range(ms, me));
                }
            }
            out.add(new Snippet(field, content.substring(start, end), ranges));
        }
        return out;
    }
}
