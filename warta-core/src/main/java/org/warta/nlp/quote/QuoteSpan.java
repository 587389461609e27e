package org.warta.nlp.quote;

/**
 * A quotation found in a text, before attribution.
 *
 * @param start    offset of the first quoted character (after the opening mark)
 * @param end      offset after the last quoted character (before the closing mark)
 * @param open     offset of the opening mark
 * @param close    offset after the closing mark (the paragraph end when the quote is never closed)
 * @param partial  whether it is embedded in running text (a partial or scare quote)
 */
public record QuoteSpan(int start, int end, int open, int close, boolean partial) {
}
