package org.warta.nlp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.Mention;
import org.warta.model.StoryEntity;
import org.warta.nlp.alias.AliasResolver;
import org.warta.nlp.alias.NameForms;
import org.warta.nlp.ner.Gazetteer;

/**
 * Merges the entities of a story's analysed articles into story entities with the same alias rules as within an
 * article ({@link AliasResolver}): every article's canonical names and mention forms join one resolver, fullest
 * forms first so that short forms ("Kim", "Putin") attach to the fullest names across the story. The story
 * entity's name is the group's canonical name (the alias list's canonical name, else the fullest form used in the
 * story); {@code aliases} are the other forms; {@code articles} the ids of the articles that mention it, in the
 * articles' order. Entities are ordered by the number of articles mentioning them, then by name. Stateless and
 * thread-safe.
 */
public final class StoryEntities {

    private final Gazetteer gazetteer;

    public StoryEntities() {
        this(Gazetteer.standard());
    }

    public StoryEntities(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The story's entities. Articles should have been analysed ({@link WartaAnalyzer}). */
    public List<StoryEntity> merge(List<Article> articles) {
        record Form(String form, Entity entity, String article) {
        }
        List<Form> forms = new ArrayList<>();
        for (Article a : articles) {
            for (Entity e : a.entities()) {
                forms.add(new Form(e.name(), e, a.id()));
                for (Mention m : e.mentions()) {
                    forms.add(new Form(m.text(), e, a.id()));
                }
            }
        }
        // fullest forms first, stable otherwise
        forms.sort((x, y) -> Integer.compare(NameForms.words(y.form()).size(), NameForms.words(x.form()).size()));
        AliasResolver resolver = new AliasResolver(gazetteer);
        Map<AliasResolver.Group, Set<String>> articlesOf = new IdentityHashMap<>();
        Map<AliasResolver.Group, Set<String>> formsOf = new IdentityHashMap<>();
        for (Form f : forms) {
            AliasResolver.Group g = resolver.add(f.form(), f.entity().type());
            articlesOf.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(f.article());
            formsOf.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(f.form());
        }
        List<StoryEntity> out = new ArrayList<>();
        for (AliasResolver.Group g : resolver.groups()) {
            String name = g.canonical();
            List<String> aliases = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            seen.add(name.toLowerCase(java.util.Locale.ROOT));
            for (String f : formsOf.get(g)) {
                if (seen.add(f.toLowerCase(java.util.Locale.ROOT))) {
                    aliases.add(f);
                }
            }
            List<String> ids = new ArrayList<>();
            for (Article a : articles) {
                if (articlesOf.get(g).contains(a.id()) && !ids.contains(a.id())) {
                    ids.add(a.id());
                }
            }
            out.add(new StoryEntity(name, g.type(), aliases, ids));
        }
        out.sort((x, y) -> x.articles().size() != y.articles().size()
                ? Integer.compare(y.articles().size(), x.articles().size()) : x.name().compareTo(y.name()));
        return out;
    }
}
