package org.warta.model;

import java.io.Serializable;
import java.util.Optional;

/**
 * A direct quotation in an article.
 *
 * @param text    the quoted words, without the quotation marks
 * @param speaker canonical name of who said it, when attributed
 * @param start   offset of the quoted words in the article text
 * @param end     end offset (exclusive)
 * @param partial true for a partial or scare quote embedded in reported speech
 */
public record Quote(String text, Optional<String> speaker, int start, int end, boolean partial) implements Serializable {
}
