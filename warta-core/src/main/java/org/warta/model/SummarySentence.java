package org.warta.model;

import java.io.Serializable;
import java.util.List;

/**
 * One sentence of a story's summary and every article that reports the same fact.
 *
 * @param text     the sentence as one of its articles wrote it
 * @param articles ids of the articles that state this fact (at least the one it was taken from)
 */
public record SummarySentence(String text, List<String> articles) implements Serializable {
    public SummarySentence {
        articles = List.copyOf(articles);
    }
}
