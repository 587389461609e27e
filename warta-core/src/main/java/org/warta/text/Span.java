package org.warta.text;

/**
 * A piece of a text with its UTF-16 offsets (end exclusive).
 *
 * @param text  the covered characters
 * @param start first offset
 * @param end   offset after the last char
 */
public record Span(String text, int start, int end) {
}
