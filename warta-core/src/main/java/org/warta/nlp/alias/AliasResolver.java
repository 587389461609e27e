package org.warta.nlp.alias;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * else (and always for persons) the fullest form used (most words, then most frequent, then first). Titles must be stripped before (see {@link NameForms#leadingTitleWords}). Not thread-safe:
 * one resolver per article or story.
 */
public final class AliasResolver {

    /** A group of forms meaning one entity. */
    public static final class Group {
        private final List<String> forms = new ArrayList<>();
        private final Map<EntityType, Integer> typeVotes = new EnumMap<>(EntityType.class);
        private final List<Integer> members = new ArrayList<>();
        private Optional<String> known = Optional.empty();
        private int lastSeen;
        private String canonical;
        private List<String> canonicalWords;

        /** Canonical name. */
        public String canonical() {
            if (canonical == null) {
                canonical = computeCanonical();
                canonicalWords = NameForms.words(canonical);
            }
            return canonical;
        }

        List<String> canonicalWords() {
            canonical();
            return canonicalWords;
        }

        private String computeCanonical() {
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

        /** The type with most votes (PERSON wins ties). */
        public EntityType type() {
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

        /** Distinct forms as first written. */
        public List<String> forms() {
            List<String> out = new ArrayList<>();
            Map<String, Boolean> seen = new LinkedHashMap<>();
            for (String f : forms) {
                if (seen.putIfAbsent(NameForms.key(f), true) == null) {
                    out.add(f);
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
    private final Map<String, Group> byKey = new LinkedHashMap<>();
    private int added;

    public AliasResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Adds a form (title already stripped) with its type; returns its group. */
    public Group add(String form, EntityType type) {
        int index = added++;
        Group g = find(form, type);
        if (g == null) {
            g = new Group();
            groups.add(g);
            List<String> known = gazetteer.group(form);
            boolean person = gazetteer.lookup(form).map(e -> e.type() == EntityType.PERSON).orElse(false);
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
        g.canonical = null;
        g.members.add(index);
        g.typeVotes.merge(type, 1, Integer::sum);
        g.lastSeen = index;
        byKey.putIfAbsent(NameForms.key(form), g);
        return g;
    }

    /** The groups so far, in order of first mention. */
    public List<Group> groups() {
        return List.copyOf(groups);
    }

    private Group find(String form, EntityType type) {
        String key = NameForms.key(form);
        Group g = byKey.get(key);
        if (g != null) {
            return g;
        }
        List<String> known = gazetteer.group(form);
        for (String k : known) {
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
        boolean loneWord = NameForms.words(form).size() == 1 && gazetteer.lookup(form).isEmpty();
        if (type == EntityType.PERSON || loneWord) {
            List<String> words = NameForms.words(form);
            Group best = null;
            for (Group c : groups) {
                boolean lone = c.canonicalWords().size() == 1 && gazetteer.lookup(c.canonical()).isEmpty();
                if (c.type() != EntityType.PERSON && !lone || c.known.isPresent()) {
                    continue;
                }
                List<String> cw = c.canonicalWords();
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
        return java.util.Collections.indexOfSubList(big, small) >= 0;
    }
}
