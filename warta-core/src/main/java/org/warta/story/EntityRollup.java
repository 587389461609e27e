package org.warta.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.StoryEntity;

/**
 * The story's entities from the members' entities: grouped by canonical name (case and hyphens ignored, so
 * "Kim Jong-un" and "Kim Jong Un" are one), the type most articles give, the other surface forms as aliases, and
 * the articles that mention it; most widely reported first. Members without NLP data contribute nothing.
 */
public final class EntityRollup {

    public List<StoryEntity> build(List<Article> members) {
        record Acc(Map<String, Integer> names, Map<EntityType, Integer> types, Set<String> aliases,
                   Set<String> articles, int[] mentions) {
        }
        Map<String, Acc> groups = new LinkedHashMap<>();
        for (Article a : members) {
            for (Entity e : a.entities()) {
                String key = key(e.name());
                if (key.isEmpty()) {
                    continue;
                }
                Acc acc = groups.computeIfAbsent(key, k -> new Acc(new HashMap<>(), new HashMap<>(),
                        new LinkedHashSet<>(), new LinkedHashSet<>(), new int[1]));
                acc.names().merge(e.name(), 1, Integer::sum);
                if (acc.articles().add(a.id())) {
                    acc.types().merge(e.type(), 1, Integer::sum);
                }
                acc.mentions()[0] += e.mentions().size();
                for (Mention m : e.mentions()) {
                    acc.aliases().add(m.text().strip());
                }
            }
        }
        record Built(StoryEntity entity, int mentions) {
        }
        List<Built> out = new ArrayList<>();
        for (Acc acc : groups.values()) {
            String name = acc.names().entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(x -> x.getKey().length())).orElseThrow().getKey();
            EntityType type = acc.types().entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> seen = new java.util.HashSet<>();
            seen.add(key(name));
            for (String al : acc.aliases()) {
                if (!al.isEmpty() && seen.add(al.toLowerCase(Locale.ROOT))) {
                    aliases.add(al);
                }
            }
            out.add(new Built(new StoryEntity(name, type, List.copyOf(aliases), List.copyOf(acc.articles())),
                    acc.mentions()[0]));
        }
        out.sort(Comparator.comparingInt((Built b) -> -b.entity().articles().size())
                .thenComparingInt(b -> -b.mentions()).thenComparing(b -> b.entity().name()));
        return out.stream().map(Built::entity).toList();
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
    }
}
