package org.warta.store;

import java.util.List;

/**
 * A passage of a field with the matched terms marked. Plain text: whoever displays it escapes it.
 *
 * @param field      {@code title} or {@code text}
 * @param text       the passage
 * @param highlights the matched ranges within {@code text}, in order, not overlapping
 */
public record Snippet(String field, String text, List<Range> highlights) {
    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /** A half-open range [start, end) of UTF-16 offsets. */
    public record Range(int start, int end) {
        public Range {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad range " + start + ".." + end);
            }
        }
    }
}
