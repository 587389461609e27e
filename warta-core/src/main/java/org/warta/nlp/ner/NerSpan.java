package org.warta.nlp.ner;

import org.warta.model.EntityType;

/**
 * An entity found in a token sequence.
 *
 * @param start first token index
 * @param end   index after the last token
 * @param type  entity type
 */
public record NerSpan(int start, int end, EntityType type) {
    public NerSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span " + start + ".." + end);
        }
    }
}
