package org.warta.model;

import java.io.Serializable;
import java.util.List;

/**
 * A dated event that the articles of a story mention.
 *
 * @param date     ISO value (date, month, year or interval)
 * @param text     the sentence that mentions it
 * @param articles ids of the articles that mention it
 */
public record TimelineEvent(String date, String text, List<String> articles) implements Serializable {
    public TimelineEvent {
        articles = List.copyOf(articles);
    }
}
