package org.warta.nlp.quote;

import org.warta.model.EntityType;

/**
 * An entity mention with its canonical name, as the quote stage sees it.
 *
 * @param start     offset
 * @param end       end offset
 * @param canonical canonical entity name
 * @param type      entity type
 */
public record NamedMention(int start, int end, String canonical, EntityType type) {
}
