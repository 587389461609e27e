package org.warta.model;

import java.io.Serializable;

/**
 * A date expression in an article's text, normalised.
 *
 * @param text  the expression as written ("Rabu (19/6)", "tahun lalu", "1950-1953")
 * @param value ISO-8601 value: a date {@code 2024-06-19}, a month {@code 2024-06}, a year {@code 2023},
 *              or an interval {@code 1950/1953}
 * @param start offset in the article text
 * @param end   end offset (exclusive)
 */
public record DateMention(String text, String value, int start, int end) implements Serializable {
}
