package org.warta.nlp.alias;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.model.EntityType;
import org.warta.nlp.ner.Gazetteer;

/**
 * Groups name forms that mean the same entity, in order of appearance, with these rules (first that applies):
 * <ol>
 *   <li>a known alias group of the gazetteers ("Korut" = "Korea Utara" = "DPRK" = "Republik Demokratik Rakyat
 *       Korea"), whose first name is the canonical one;</li>
 *   <li>the same key (case, hyphens and spaces folded: "Kim Jong-un" = "Kim Jong Un");</li>
 *   <li>an acronym equal to the initials of a group's name ("KPU" → "Komisi Pemilihan Umum");</li>
 *   <li>for persons, a form whose words are a contiguous part of a fuller name of a group — the most recently
 *       mentioned one ("Kim" → "Kim Jong Un", "Putin" → "Vladimir Putin") — and the reverse, a fuller form
 *       absorbing a group of shorter ones.</li>
 * </ol>
 * A group's canonical name is, for places and organisations, their alias group's canonical name when they have one;
 * else (and always for persons) the fullest form used (most words, then most frequent, then first). Titles must be
 * stripped before (see {@link NameForms#leadingTitleWords}). Each form is worked out once ({@link NameForm}); a
 * caller that meets the same forms again may pass them worked out. Groups are found through indexes (keys, initials,
 * the words of the canonical names) rather than by scanning every group, with the same result as the scan. Not thread-safe: one resolver per article or story.
 */
public final class AliasResolver {

    /** A group of forms meaning one entity. */
    public static final class Group {
        private final int order;
        private final List<NameForm> forms = new ArrayList<>();
        private final Map<EntityType, Integer> typeVotes = new EnumMap<>(EntityType.class);
        private final List<Integer> members = new ArrayList<>();
        /** Per form as written: {number of times added, index in {@link #forms} of its first addition}. */
        private final Map<String, int[]> counts = new HashMap<>();
        private Optional<String> known = Optional.empty();
        private int lastSeen;
        /** The fullest form (most words, then most frequent, then first written): the canonical name unless known. */
        private NameForm fullest;
        private EntityType type = EntityType.OTHER;

        private Group(int order) {
            this.order = order;
        }

        /** Canonical name. */
        public String canonical() {
            return known.orElse(fullest.form());
        }

        /** The type with most votes (PERSON wins ties). */
        public EntityType type() {
            return type;
        }

        private EntityType votedType() {
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

        /**
         * Adds a form; returns whether the fullest form changed. The fullest is the first written of the forms with
         * the most words and then the most additions, kept up to date as forms come (only the added form's count
         * changes, so it either overtakes the fullest or not).
         */
        private boolean addForm(NameForm f) {
            int[] c = counts.get(f.form());
            if (c == null) {
                c = new int[] {0, forms.size()};
                counts.put(f.form(), c);
            }
            c[0]++;
            forms.add(f);
            if (fullest == null) {
                fullest = f;
                return true;
            }
            if (f.form().equals(fullest.form())) {
                return false;
            }
            int[] b = counts.get(fullest.form());
            int wf = f.words().size();
            int wb = fullest.words().size();
            if (wf > wb || wf == wb && (c[0] > b[0] || c[0] == b[0] && c[1] < b[1])) {
                fullest = f;
                return true;
            }
            return false;
        }

        /** Distinct forms as first written. */
        public List<String> forms() {
            List<String> out = new ArrayList<>();
            Set<String> seenKeys = new HashSet<>();
            for (NameForm f : forms) {
                if (seenKeys.add(f.key())) {
                    out.add(f.form());
                }
            }
            return out;
        }

        /** Indexes (in the order added) of the forms that joined this group. */
        public List<Integer> members() {
            return List.copyOf(members);
        }
    }

    private final Gazetteer gazetteer;
    private final List<Group> groups = new ArrayList<>();
    private final Map<String, Group> byKey = new HashMap<>();
    /** Initials of the non-acronym forms, to the earliest group having a form with them. */
    private final Map<String, Group> byInitials = new HashMap<>();
    /**
     * Words of the canonical names of the groups without a known alias group (the only ones a part or a fuller
     * form of a name can join), to those groups; groups whose canonical name has no words are in {@link #wordless}.
     */
    private final Map<String, Set<Group>> byWord = new HashMap<>();
    private final Set<Group> wordless = Collections.newSetFromMap(new IdentityHashMap<>());
    private int added;

    public AliasResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Adds a form (title already stripped) with its type; returns its group. */
    public Group add(String form, EntityType type) {
        return add(NameForm.of(form, gazetteer), type);
    }

    /**
     * Adds a form worked out before against this resolver's gazetteer ({@link NameForm#of}) with its type; returns
     * its group.
     */
    public Group add(NameForm form, EntityType type) {
        int index = added++;
        Group g = find(form, type);
        if (g == null) {
            g = new Group(groups.size());
            groups.add(g);
            if (!form.knownKeys().isEmpty()) {
                g.known = form.known();
                for (String k : form.knownKeys()) {
                    byKey.putIfAbsent(k, g);
                }
            }
        }
        NameForm before = g.fullest;
        boolean changed = g.addForm(form);
        if (changed && g.known.isEmpty()) {
            if (before != null) {
                unindex(g, before.words());
            }
            index(g, form.words());
        }
        g.members.add(index);
        g.typeVotes.merge(type, 1, Integer::sum);
        g.type = g.votedType();
        g.lastSeen = index;
        byKey.putIfAbsent(form.key(), g);
        if (!form.acronym()) {
            byInitials.merge(form.initials(), g, (x, y) -> x.order <= y.order ? x : y);
        }
        return g;
    }

    /** The groups so far, in order of first mention. */
    public List<Group> groups() {
        return List.copyOf(groups);
    }

    private void index(Group g, List<String> words) {
        if (words.isEmpty()) {
            wordless.add(g);
        }
        for (String w : words) {
            byWord.computeIfAbsent(w, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(g);
        }
    }

    private void unindex(Group g, List<String> words) {
        if (words.isEmpty()) {
            wordless.remove(g);
        }
        for (String w : words) {
            Set<Group> s = byWord.get(w);
            if (s != null) {
                s.remove(g);
            }
        }
    }

    private Group find(NameForm form, EntityType type) {
        Group g = byKey.get(form.key());
        if (g != null) {
            return g;
        }
        for (String k : form.knownKeys()) {
            g = byKey.get(k);
            if (g != null) {
                return g;
            }
        }
        if (form.acronym()) {
            g = byInitials.get(form.form());
            if (g != null) {
                return g;
            }
        }
        List<String> words = form.words();
        boolean loneWord = words.size() == 1 && !form.listed();
        if (type == EntityType.PERSON || loneWord) {
            // A part ("Kim" of "Kim Jong Un") or a fuller form shares a word with the group's canonical name,
            // unless one of them has no words: then every group is a candidate.
            Iterable<Group> candidates;
            if (words.isEmpty()) {
                candidates = groups;
            } else {
                Set<Group> union = Collections.newSetFromMap(new IdentityHashMap<>());
                union.addAll(wordless);
                for (String w : words) {
                    Set<Group> s = byWord.get(w);
                    if (s != null) {
                        union.addAll(s);
                    }
                }
                candidates = union;
            }
            Group best = null;
            for (Group c : candidates) {
                if (c.known.isPresent()) {
                    continue;
                }
                List<String> cw = c.fullest.words();
                boolean lone = cw.size() == 1 && !c.fullest.listed();
                if (c.type != EntityType.PERSON && !lone) {
                    continue;
                }
                boolean part = cw.size() > words.size() && contains(cw, words);
                boolean whole = words.size() > cw.size() && contains(words, cw);
                if ((part || whole) && (best == null || c.lastSeen > best.lastSeen)) {
                    best = c;
                }
            }
            return best;
        }
        return null;
    }

    private static boolean contains(List<String> big, List<String> small) {
        return Collections.indexOfSubList(big, small) >= 0;
    }
}
