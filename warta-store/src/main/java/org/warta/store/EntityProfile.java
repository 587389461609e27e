package org.warta.store;

import java.util.List;
import java.util.Optional;
import org.warta.model.EntityType;
import org.warta.model.Story;

/**
 * An entity across the stored stories.
 *
 * @param name         canonical name (as the most recent story names it)
 * @param type         its type, the one most stories give it
 * @param aliases      other forms the articles use
 * @param storyCount   number of stories that mention it
 * @param articleCount number of stored articles that mention it
 * @param stories      the stories that mention it, oldest first (at most the number asked for, the newest)
 */
public record EntityProfile(String name, Optional<EntityType> type, List<String> aliases, long storyCount,
                            long articleCount, List<Story> stories) {
    public EntityProfile {
        aliases = List.copyOf(aliases);
        stories = List.copyOf(stories);
    }
}
