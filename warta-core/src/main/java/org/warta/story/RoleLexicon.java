package org.warta.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.warta.lang.LanguagePack;

/**
 * A language's titles and roles written before names, from the pack's {@code story-roles} file
 * ({@code role<TAB>kind}); longest role first so "wakil presiden" wins over "presiden".
 */
final class RoleLexicon {

    /** What a role says about its holder. */
    enum Kind {
        /** heads a state or body: "presiden" */
        HEAD,
        /** another office: "menteri" */
        OFFICE,
        /** a descriptive word compatible with any specific title: "pemimpin" */
        GENERIC
    }

    /** A role: its words (lower case) and kind. */
    record Role(String name, List<String> words, Kind kind) {
        /**
         * True when this role, said instead of {@code consensus}, does not contradict it: it is a generic word, or
         * one role's words contain the other's ("ketua" and "ketua umum").
         */
        boolean compatibleWith(Role consensus) {
            return kind == Kind.GENERIC || words.containsAll(consensus.words) || consensus.words.containsAll(words);
        }
    }

    private static final Map<String, RoleLexicon> CACHE = new ConcurrentHashMap<>();

    private final List<Role> roles;
    private final Map<String, List<Role>> byFirstWord;

    private RoleLexicon(List<Role> roles) {
        this.roles = roles;
        Map<String, List<Role>> m = new java.util.HashMap<>();
        for (Role r : roles) {
            m.computeIfAbsent(r.words().get(0), w -> new ArrayList<>()).add(r);
        }
        this.byFirstWord = Map.copyOf(m);
    }

    static RoleLexicon of(LanguagePack pack) {
        return CACHE.computeIfAbsent(pack.code(), c -> {
            List<Role> out = new ArrayList<>();
            for (String line : pack.lines("story-roles")) {
                String[] f = line.split("\t");
                if (f.length != 2) {
                    continue;
                }
                String name = f[0].strip().toLowerCase(Locale.ROOT);
                out.add(new Role(name, Arrays.asList(name.split("\\s+")),
                        Kind.valueOf(f[1].strip().toUpperCase(Locale.ROOT))));
            }
            out.sort(Comparator.comparingInt((Role r) -> -r.words().size()));
            return new RoleLexicon(List.copyOf(out));
        });
    }

    /** The longest role whose words start at {@code from} in the lower-cased tokens. */
    Optional<Role> match(List<String> lowerTokens, int from) {
        if (from >= lowerTokens.size()) {
            return Optional.empty();
        }
        for (Role r : byFirstWord.getOrDefault(lowerTokens.get(from), List.of())) {
            int n = r.words().size();
            if (from + n <= lowerTokens.size() && lowerTokens.subList(from, from + n).equals(r.words())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    boolean isEmpty() {
        return roles.isEmpty();
    }
}
