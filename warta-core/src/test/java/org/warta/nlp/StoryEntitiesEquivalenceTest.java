package org.warta.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.StoryEntity;
import org.warta.nlp.alias.AliasResolver;
import org.warta.nlp.alias.NameForm;
import org.warta.nlp.alias.NameForms;
import org.warta.nlp.ner.Gazetteer;

/**
 * The indexed {@link AliasResolver} and the memoised {@link StoryEntities} give what the plain rules give: a
 * from-scratch reference (the scan over every group and form, each form worked out where it is needed, as the rules
 * read) against the fast path, on the analysed seed articles and on random stories of name forms (reproducible
 * seeds).
 */
class StoryEntitiesEquivalenceTest {

    private static final Gazetteer GAZ = Gazetteer.standard();

    @Test
    void seedStoriesMergeAsFromScratch() throws Exception {
        List<Article> arts = Seeds.load(LocalDate.of(2024, 6, 20)).stream().map(new WartaAnalyzer()::analyze)
                .toList();
        assertThat(arts.stream().mapToInt(a -> a.entities().size()).sum()).isGreaterThan(20);
        AtomicInteger workedOut = new AtomicInteger();
        Map<String, NameForm> memo = new ConcurrentHashMap<>();
        StoryEntities memoised = new StoryEntities(GAZ, f -> memo.computeIfAbsent(f, k -> {
            workedOut.incrementAndGet();
            return NameForm.of(k, GAZ);
        }));
        // a story growing article by article, merged each time, as an ingest does
        for (int n = 1; n <= arts.size(); n++) {
            List<Article> members = arts.subList(0, n);
            List<StoryEntity> reference = Reference.merge(members);
            assertThat(new StoryEntities().merge(members)).isEqualTo(reference);
            assertThat(memoised.merge(members)).isEqualTo(reference);
        }
        int once = workedOut.get();
        memoised.merge(arts);
        assertThat(workedOut.get()).isEqualTo(once); // all remembered
    }

    @Test
    void randomStoriesMergeAsFromScratch() {
        Random random = new Random(20261125);
        List<String> pool = namePool();
        for (int trial = 0; trial < 300; trial++) {
            List<Article> arts = new ArrayList<>();
            int articles = 1 + random.nextInt(8);
            for (int a = 0; a < articles; a++) {
                List<Entity> entities = new ArrayList<>();
                int n = random.nextInt(12);
                for (int e = 0; e < n; e++) {
                    List<Mention> ms = new ArrayList<>();
                    int m = random.nextInt(4);
                    for (int k = 0; k < m; k++) {
                        ms.add(new Mention(pick(pool, random), 0, 1));
                    }
                    entities.add(new Entity(pick(pool, random), EntityType.values()[random.nextInt(
                            EntityType.values().length)], ms));
                }
                // ids may repeat: the reference counts an id at its first article
                String id = "a" + random.nextInt(articles + 2);
                arts.add(new Article(id, id, "t", "x", "id", Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                        Optional.empty(), entities, List.of(), List.of()));
            }
            assertThat(new StoryEntities().merge(arts)).as("trial %d", trial).isEqualTo(Reference.merge(arts));
        }
    }

    @Test
    void randomFormSequencesResolveAsFromScratch() {
        Random random = new Random(7);
        List<String> pool = namePool();
        for (int trial = 0; trial < 500; trial++) {
            AliasResolver fast = new AliasResolver(GAZ);
            Reference.Resolver slow = new Reference.Resolver();
            Map<AliasResolver.Group, Integer> fastIds = new IdentityHashMap<>();
            Map<Reference.Group, Integer> slowIds = new IdentityHashMap<>();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                String form = pick(pool, random);
                EntityType type = random.nextInt(3) == 0 ? EntityType.values()[random.nextInt(
                        EntityType.values().length)] : EntityType.PERSON;
                AliasResolver.Group f = fast.add(form, type);
                Reference.Group s = slow.add(form, type);
                int fi = fastIds.computeIfAbsent(f, k -> fastIds.size());
                int si = slowIds.computeIfAbsent(s, k -> slowIds.size());
                assertThat(fi).as("trial %d form %d %s", trial, i, form).isEqualTo(si);
                assertThat(f.canonical()).isEqualTo(s.canonical());
                assertThat(f.type()).isEqualTo(s.type());
            }
            assertThat(fast.groups().stream().map(AliasResolver.Group::forms).toList())
                    .isEqualTo(slow.groups.stream().map(Reference.Group::distinctForms).toList());
            assertThat(fast.groups().stream().map(AliasResolver.Group::members).toList())
                    .isEqualTo(slow.groups.stream().map(g -> g.members).toList());
        }
    }

    private static String pick(List<String> pool, Random random) {
        return pool.get(random.nextInt(pool.size()));
    }

    /**
     * Names that exercise every rule: known alias groups, spellings, acronyms and their full names, persons' parts
     * and fuller forms, lone words, repeated forms in different case, a form without words.
     */
    private static List<String> namePool() {
        return List.of("Korut", "Korea Utara", "DPRK", "Republik Demokratik Rakyat Korea", "Korea Selatan",
                "Kim Jong-un", "Kim Jong Un", "Kim", "KIM", "Jong Un", "Kim Yo Jong", "Yo Jong",
                "Vladimir Putin", "Putin", "Vladimir", "Vladimir Vladimirovich Putin", "putin",
                "Badan Riset Nasional Kelautan", "BRNK", "Komisi Pemilihan Umum", "KPU", "Komisi", "Umum",
                "Rusia", "Moskow", "Pyongyang", "Sergei Lavrov", "Lavrov", "Sergei", "Choe Son Hui", "Choe",
                "Joko Widodo", "Jokowi", "Widodo", "Joko", "Prabowo Subianto", "Prabowo", "Amerika Serikat", "AS",
                "Hendra Gunawan Prasetyo", "Hendra", "Gunawan", "Gunawan Prasetyo", "Zelensky", "Ukraina", "PBB",
                "Perserikatan Bangsa-Bangsa", "NATO", "Uni Eropa", "-", "Xi Jinping", "Xi", "Jinping");
    }

    /** The rules as they read, with nothing worked out ahead and every group scanned (the code before the indexes). */
    static final class Reference {

        static final class Group {
            final List<String> forms = new ArrayList<>();
            final Map<EntityType, Integer> typeVotes = new EnumMap<>(EntityType.class);
            final List<Integer> members = new ArrayList<>();
            Optional<String> known = Optional.empty();
            int lastSeen;

            String canonical() {
                if (known.isPresent()) {
                    return known.get();
                }
                Map<String, Integer> freq = new java.util.HashMap<>();
                for (String f : forms) {
                    freq.merge(f, 1, Integer::sum);
                }
                String best = forms.get(0);
                for (String f : forms) {
                    int wf = NameForms.words(f).size();
                    int wb = NameForms.words(best).size();
                    if (wf > wb || wf == wb && freq.get(f) > freq.get(best)) {
                        best = f;
                    }
                }
                return best;
            }

            EntityType type() {
                EntityType best = EntityType.OTHER;
                int bestVotes = -1;
                for (var e : typeVotes.entrySet()) {
                    if (e.getValue() > bestVotes || e.getValue() == bestVotes && e.getKey() == EntityType.PERSON) {
                        best = e.getKey();
                        bestVotes = e.getValue();
                    }
                }
                return best;
            }

            List<String> distinctForms() {
                List<String> out = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                for (String f : forms) {
                    if (seen.add(NameForms.key(f))) {
                        out.add(f);
                    }
                }
                return out;
            }
        }

        static final class Resolver {
            final List<Group> groups = new ArrayList<>();
            final Map<String, Group> byKey = new LinkedHashMap<>();
            int added;

            Group add(String form, EntityType type) {
                int index = added++;
                Group g = find(form, type);
                if (g == null) {
                    g = new Group();
                    groups.add(g);
                    List<String> known = GAZ.group(form);
                    boolean person = GAZ.lookup(form).map(e -> e.type() == EntityType.PERSON).orElse(false);
                    if (!known.isEmpty()) {
                        if (!person) {
                            g.known = Optional.of(known.get(0));
                        }
                        for (String k : known) {
                            byKey.putIfAbsent(NameForms.key(k), g);
                        }
                    }
                }
                g.forms.add(form);
                g.members.add(index);
                g.typeVotes.merge(type, 1, Integer::sum);
                g.lastSeen = index;
                byKey.putIfAbsent(NameForms.key(form), g);
                return g;
            }

            Group find(String form, EntityType type) {
                Group g = byKey.get(NameForms.key(form));
                if (g != null) {
                    return g;
                }
                for (String k : GAZ.group(form)) {
                    g = byKey.get(NameForms.key(k));
                    if (g != null) {
                        return g;
                    }
                }
                if (NameForms.isAcronym(form)) {
                    for (Group c : groups) {
                        for (String f : c.forms) {
                            if (!NameForms.isAcronym(f) && NameForms.initials(f).equals(form)) {
                                return c;
                            }
                        }
                    }
                }
                boolean loneWord = NameForms.words(form).size() == 1 && GAZ.lookup(form).isEmpty();
                if (type == EntityType.PERSON || loneWord) {
                    List<String> words = NameForms.words(form);
                    Group best = null;
                    for (Group c : groups) {
                        List<String> cw = NameForms.words(c.canonical());
                        boolean lone = cw.size() == 1 && GAZ.lookup(c.canonical()).isEmpty();
                        if (c.type() != EntityType.PERSON && !lone || c.known.isPresent()) {
                            continue;
                        }
                        boolean part = cw.size() > words.size() && java.util.Collections.indexOfSubList(cw, words) >= 0;
                        boolean whole = words.size() > cw.size()
                                && java.util.Collections.indexOfSubList(words, cw) >= 0;
                        if ((part || whole) && (best == null || c.lastSeen > best.lastSeen)) {
                            best = c;
                        }
                    }
                    return best;
                }
                return null;
            }
        }

        static List<StoryEntity> merge(List<Article> articles) {
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
            forms.sort((x, y) -> Integer.compare(NameForms.words(y.form()).size(),
                    NameForms.words(x.form()).size()));
            Resolver resolver = new Resolver();
            Map<Group, Set<String>> articlesOf = new IdentityHashMap<>();
            Map<Group, Set<String>> formsOf = new IdentityHashMap<>();
            for (Form f : forms) {
                Group g = resolver.add(f.form(), f.entity().type());
                articlesOf.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(f.article());
                formsOf.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(f.form());
            }
            List<StoryEntity> out = new ArrayList<>();
            for (Group g : resolver.groups) {
                String name = g.canonical();
                List<String> aliases = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                seen.add(name.toLowerCase(Locale.ROOT));
                for (String f : formsOf.get(g)) {
                    if (seen.add(f.toLowerCase(Locale.ROOT))) {
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
}
