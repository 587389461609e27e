package org.warta.model;

import java.io.Serializable;
import java.util.List;

/**
 * A named entity of one article with all its mentions; {@code name} is canonical (the fullest form used, no title).
 *
 * @param name     canonical name, e.g. "Kim Jong Un"
 * @param type     its type
 * @param mentions every mention in the article's text
 */
public record Entity(String name, EntityType type, List<Mention> mentions) implements Serializable {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
