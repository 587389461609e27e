package org.warta.model;

import java.io.Serializable;

/**
 * A span of an article's {@code text}: UTF-16 offsets, end exclusive.
 *
 * @param text  the covered text, exactly {@code article.text().substring(start, end)}
 * @param start first char offset
 * @param end   offset after the last char
 */
public record Mention(String text, int start, int end) implements Serializable {
    public Mention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
