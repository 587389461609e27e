package org.warta.story;

import java.util.List;
import org.warta.model.Article;
import org.warta.model.Story;

/** Stage: the articles of one story (publication order) become a {@link Story}. Stateless and thread-safe. */
public interface StorySynthesizer {
    Story synthesize(String storyId, List<Article> members);
}
