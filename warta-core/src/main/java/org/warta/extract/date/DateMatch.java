package org.warta.extract.date;

import org.warta.model.Moment;

/**
 * A date expression found in a string.
 *
 * @param moment the normalised value
 * @param start  offset of the expression
 * @param end    offset after it
 */
public record DateMatch(Moment moment, int start, int end) {
}
