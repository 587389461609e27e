package org.warta.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.StoryEntity;
import org.warta.nlp.alias.AliasResolver;
import org.warta.nlp.alias.NameForm;
import org.warta.nlp.ner.Gazetteer;

/**
 * Merges the entities of a story's analysed articles into story entities with the same alias rules as within an
 * article ({@link AliasResolver}): every article's canonical names and mention forms join one resolver, fullest
 * forms first so that short forms ("Kim", "Putin") attach to the fullest names across the story. The story
 * entity's name is the group's canonical name (the alias list's canonical name, else the fullest form used in the
 * story); {@code aliases} are the other forms; {@code articles} the ids of the articles that mention it, in the
 * articles' order. Entities are ordered by the number of articles mentioning them, then by name. Every form is worked
 * out once per merge ({@link NameForm}), or through a function the caller gives, which may remember forms across
 * merges (a story is merged again each time it grows). Stateless and thread-safe (the function given must be).
 */
public final class StoryEntities {

    private final Gazetteer gazetteer;
    private final Function<String, NameForm> forms;

    public StoryEntities() {
        this(Gazetteer.standard());
    }

    public StoryEntities(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.forms = null;
    }

    /**
     * @param gazetteer the gazetteer
     * @param forms     works a form out against that gazetteer: must equal {@code f -> NameForm.of(f, gazetteer)}
     *                  (it may remember what it worked out; it must be thread-safe)
     */
    public StoryEntities(Gazetteer gazetteer, Function<String, NameForm> forms) {
        this.gazetteer = gazetteer;
        this.forms = java.util.Objects.requireNonNull(forms, "forms");
    }

    /** The story's entities. Articles should have been analysed ({@link WartaAnalyzer}). */
    public List<StoryEntity> merge(List<Article> articles) {
        record Form(NameForm form, EntityType type, int article) {
        }
        Function<String, NameForm> workOut = forms != null ? forms : local();
        List<Form> all = new ArrayList<>();
        Map<String, Integer> firstWithId = new HashMap<>();
        for (int ai = 0; ai < articles.size(); ai++) {
            // an article is counted at the first article with its id (ids name articles)
            firstWithId.putIfAbsent(articles.get(ai).id(), ai);
            int first = firstWithId.get(articles.get(ai).id());
            for (Entity e : articles.get(ai).entities()) {
                all.add(new Form(workOut.apply(e.name()), e.type(), first));
                for (Mention m : e.mentions()) {
                    all.add(new Form(workOut.apply(m.text()), e.type(), first));
                }
            }
        }
        // fullest forms first, stable otherwise
        all.sort((x, y) -> Integer.compare(y.form().words().size(), x.form().words().size()));
        AliasResolver resolver = new AliasResolver(gazetteer);
        Map<AliasResolver.Group, BitSet> articlesOf = new IdentityHashMap<>();
        Map<AliasResolver.Group, Set<String>> formsOf = new IdentityHashMap<>();
        for (Form f : all) {
            AliasResolver.Group g = resolver.add(f.form(), f.type());
            articlesOf.computeIfAbsent(g, k -> new BitSet()).set(f.article());
            formsOf.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(f.form().form());
        }
        List<StoryEntity> out = new ArrayList<>();
        for (AliasResolver.Group g : resolver.groups()) {
            String name = g.canonical();
            List<String> aliases = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            seen.add(name.toLowerCase(Locale.ROOT));
            for (String f : formsOf.get(g)) {
                if (seen.add(f.toLowerCase(Locale.ROOT))) {
                    aliases.add(f);
                }
            }
            // the ids of the articles mentioning it, in the articles' order, each once
            Set<String> ids = new LinkedHashSet<>();
            BitSet mentioning = articlesOf.get(g);
            for (int ai = mentioning.nextSetBit(0); ai >= 0; ai = mentioning.nextSetBit(ai + 1)) {
                ids.add(articles.get(ai).id());
            }
            out.add(new StoryEntity(name, g.type(), aliases, List.copyOf(ids)));
        }
        out.sort((x, y) -> x.articles().size() != y.articles().size()
                ? Integer.compare(y.articles().size(), x.articles().size()) : x.name().compareTo(y.name()));
        return out;
    }

    /** Works forms out for one merge, each distinct form once. */
    private Function<String, NameForm> local() {
        Map<String, NameForm> seen = new HashMap<>();
        return f -> seen.computeIfAbsent(f, k -> NameForm.of(k, gazetteer));
    }
}
