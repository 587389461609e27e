package org.warta.pipeline;

import org.warta.model.Article;

/**
 * Where the online stages put one article.
 *
 * @param article the article with language, {@code duplicate_of} and analysis filled
 * @param storyId the story it joined (or opened)
 * @param opened  true when it opened a new story
 */
public record Placement(Article article, String storyId, boolean opened) {
}
