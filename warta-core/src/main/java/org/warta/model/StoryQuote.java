package org.warta.model;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * One statement quoted across a story: the same words in several outlets (and translations) count once.
 *
 * @param speaker  canonical speaker name, when attributed
 * @param text     the fullest wording
 * @param articles ids of the articles that carry it
 * @param partial  true when every carrying article quotes it only partially
 */
public record StoryQuote(Optional<String> speaker, String text, List<String> articles, boolean partial)
        implements Serializable {
    public StoryQuote {
        articles = List.copyOf(articles);
    }
}
