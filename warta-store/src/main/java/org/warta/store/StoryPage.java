package org.warta.store;

import java.util.List;
import org.warta.model.Story;

/**
 * One page of ranked stories.
 *
 * @param total   number of stories matching the query
 * @param stories this page, best ranked first
 */
public record StoryPage(long total, List<Story> stories) {
    public StoryPage {
        stories = List.copyOf(stories);
    }
}
