package org.warta.model;

import java.io.Serializable;
import java.util.List;

/**
 * An entity across a story.
 *
 * @param name     canonical name (fullest form used across the story)
 * @param type     its type
 * @param aliases  other forms used by the articles ("Korut", "DPRK")
 * @param articles ids of the articles that mention it
 */
public record StoryEntity(String name, EntityType type, List<String> aliases, List<String> articles)
        implements Serializable {
    public StoryEntity {
        aliases = List.copyOf(aliases);
        articles = List.copyOf(articles);
    }
}
