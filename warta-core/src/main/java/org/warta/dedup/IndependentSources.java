package org.warta.dedup;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.warta.model.Article;

/**
 * A story's {@code independent_sources}: its articles with copies of one (wire) text counted once. An article counts
 * unless its {@code duplicate_of} names another member of the same story (a copy of a text outside the story is
 * still the story's only instance of that text, so it counts).
 */
public final class IndependentSources {

    private IndependentSources() {
    }

    public static int count(Collection<Article> members) {
        Set<String> ids = new HashSet<>();
        for (Article a : members) {
            ids.add(a.id());
        }
        Set<String> texts = new HashSet<>();
        for (Article a : members) {
            String root = a.duplicateOf().filter(ids::contains).orElse(a.id());
            texts.add(root);
        }
        return texts.size();
    }
}
