package org.warta.model;

import java.util.List;

/**
 * The result of a whole pipeline run: the JSON contract's top level, plus the problems met on the way (which are
 * reported to the user, not part of the JSON).
 *
 * @param articles accepted articles, in publication order
 * @param stories  stories, largest coverage first
 * @param problems one line per input that could not be used, naming the input and the problem
 */
public record Digest(List<Article> articles, List<Story> stories, List<Problem> problems) {
    public Digest {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
        problems = List.copyOf(problems);
    }
}
