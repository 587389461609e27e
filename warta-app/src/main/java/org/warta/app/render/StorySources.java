package org.warta.app.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.warta.model.Article;
import org.warta.model.Story;

/**
 * The numbered source list of one story: its articles in the story's order, numbered from 1, so that citations
 * read "[1,3]". Articles the digest does not carry still get a number (shown by id).
 */
final class StorySources {

    private final List<String> ids;
    private final Map<String, Integer> number = new HashMap<>();
    private final Map<String, Article> byId;

    StorySources(Story story, Map<String, Article> byId) {
        this.ids = story.articles();
        this.byId = byId;
        for (int i = 0; i < ids.size(); i++) {
            number.putIfAbsent(ids.get(i), i + 1);
        }
    }

    static Map<String, Article> index(List<Article> articles) {
        Map<String, Article> m = new HashMap<>();
        for (Article a : articles) {
            m.putIfAbsent(a.id(), a);
        }
        return m;
    }

    List<String> ids() {
        return ids;
    }

    /** The number of an article; articles outside the story are appended. */
    int number(String id) {
        return number.computeIfAbsent(id, k -> number.size() + 1);
    }

    Optional<Article> article(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** "1,3,4" for a list of article ids, ascending. */
    String cite(List<String> articleIds) {
        return articleIds.stream().map(this::number).distinct().sorted().map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    /** The outlet of an article, else its source, else its id. */
    String outlet(String id) {
        return article(id).map(Article::outletOrSource).orElse(id);
    }

    /** Outlet names in order of the story's articles, each once. */
    List<String> outletsInOrder() {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            String o = outlet(id);
            if (!out.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }
}
