package org.warta.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.warta.lang.LanguagePacks;
import org.warta.model.Disagreement;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

/**
 * Titles given to the same person differently by different outlets ("Presiden Korea Utara" in one article,
 * "Pemimpin Korea Utara Kim Jong Un" in the others).
 * <p>
 * A title phrase is a role from the language's {@code story-roles} list followed by a run of capitalised words,
 * e.g. "Presiden Rusia Vladimir Putin". The run is split into place and person: the place is its longest proper
 * prefix that the story also uses on its own (not after a role), the rest is the person. A run that is only a place
 * ("Presiden Korea Utara adalah ...") is resolved to the one person the story titles with that role and place, or
 * else with that place and a heading role. A person's consensus title is the role most articles put directly
 * before the name (at least two articles). A disagreement is reported when some article gives the person another
 * specific role (not a generic word such as "pemimpin", not a longer or shorter form of the consensus) and some
 * article using the consensus never uses that role. Works from the text alone; person names from the NLP stage
 * are not needed.
 */
final class TitleDisagreements {

    private static final Pattern SHORT_PARENTHETICAL = Pattern.compile("\\s*\\([^()]{1,24}\\)");

    /** One title phrase found in an article. */
    private record Use(int article, RoleLexicon.Role role, String place, String person, String phrase,
                       String sentence, boolean formal) {
    }

    /** A role phrase found in one sentence, before it is split into place and person. */
    private record RolePhrase(RoleLexicon.Role role, String run, String phrase) {
    }

    /** What one sentence holds: its role phrases, and its capitalised runs that follow no role. */
    private record SentenceTitles(List<RolePhrase> phrases, List<String> standalone) {
        static final SentenceTitles NONE = new SentenceTitles(List.of(), List.of());
    }

    /** A sentence in a language: what {@link #scan} depends on. */
    private record SentenceKey(String sentence, String language) {
    }

    /**
     * Sentences scanned before: a growing story is synthesised again and again, and its sentences are the same
     * each time (bounded: {@link SynthesisMemory#SENTENCES_PER_GENERATION}).
     */
    private static final org.warta.memo.Memo<SentenceKey, SentenceTitles> SCANS =
            SynthesisMemory.memo(TitleDisagreements::scan, SynthesisMemory.SENTENCES_PER_GENERATION);

    List<Disagreement> find(StoryText text) {
        Set<String> standalone = new HashSet<>();
        List<Use> raw = new ArrayList<>();
        for (StorySentence s : text.sentences()) {
            SentenceTitles titles = SCANS.get(new SentenceKey(s.text(), text.members().get(s.article()).language()));
            for (RolePhrase r : titles.phrases()) {
                raw.add(new Use(s.article(), r.role(), r.run(), "", r.phrase(), s.text(), false));
            }
            standalone.addAll(titles.standalone());
        }
        // Split each role run into place + person.
        Set<String> persons = new HashSet<>();
        List<Use> split = new ArrayList<>();
        for (Use u : raw) {
            String[] words = u.place().split(" ");
            int placeLen = standalone.contains(u.place()) ? words.length : 0;
            for (int p = words.length - 1; p >= 1 && placeLen == 0; p--) {
                if (standalone.contains(String.join(" ", Arrays.copyOfRange(words, 0, p)))) {
                    placeLen = p;
                    break;
                }
            }
            String place = String.join(" ", Arrays.copyOfRange(words, 0, placeLen));
            String person = String.join(" ", Arrays.copyOfRange(words, placeLen, words.length));
            if (!person.isEmpty()) {
                persons.add(person);
                split.add(new Use(u.article(), u.role(), place, person, u.phrase(), u.sentence(), true));
            } else {
                split.add(new Use(u.article(), u.role(), place, "", u.phrase(), u.sentence(), false));
            }
        }
        Map<String, String> canonical = canonicalPersons(persons);
        // A place-only run that is a person's name ("Presiden Putin") is that person.
        List<Use> uses = new ArrayList<>();
        for (Use u : split) {
            if (u.formal()) {
                uses.add(new Use(u.article(), u.role(), u.place(), canonical.get(u.person()), u.phrase(),
                        u.sentence(), true));
            } else if (personFor(u.place(), canonical).isPresent()) {
                uses.add(new Use(u.article(), u.role(), "", personFor(u.place(), canonical).get(), u.phrase(),
                        u.sentence(), true));
            } else {
                uses.add(u);
            }
        }
        // Resolve place-only titles.
        List<Use> resolved = new ArrayList<>();
        for (Use u : uses) {
            if (!u.person().isEmpty()) {
                resolved.add(u);
                continue;
            }
            Set<String> exact = new TreeSet<>();
            Set<String> byPlace = new TreeSet<>();
            for (Use f : uses) {
                if (f.person().isEmpty() || !f.place().equals(u.place())) {
                    continue;
                }
                if (f.role().name().equals(u.role().name())) {
                    exact.add(f.person());
                }
                if (f.role().kind() != RoleLexicon.Kind.OFFICE) {
                    byPlace.add(f.person());
                }
            }
            Set<String> who = !exact.isEmpty() ? exact : byPlace;
            if (who.size() == 1) {
                resolved.add(new Use(u.article(), u.role(), u.place(), who.iterator().next(), u.phrase(),
                        u.sentence(), false));
            }
        }
        Map<String, List<Use>> byPerson = new LinkedHashMap<>();
        for (Use u : resolved) {
            byPerson.computeIfAbsent(u.person(), p -> new ArrayList<>()).add(u);
        }
        List<Disagreement> out = new ArrayList<>();
        for (Map.Entry<String, List<Use>> e : byPerson.entrySet()) {
            disagreement(e.getKey(), e.getValue(), text).ifPresent(out::add);
        }
        return out;
    }

    /** The role phrases and free capitalised runs of one sentence (see the class comment). */
    private static SentenceTitles scan(SentenceKey key) {
        RoleLexicon roles = RoleLexicon.of(LanguagePacks.forCodeOrGeneric(key.language()));
        String sentence = key.sentence();
        String clean = sentence.indexOf('(') < 0 ? sentence : SHORT_PARENTHETICAL.matcher(sentence).replaceAll("");
        List<Span> toks = Tokenizer.tokens(clean);
        List<String> lower = new ArrayList<>(toks.size());
        for (Span t : toks) {
            lower.add(t.text().toLowerCase(Locale.ROOT));
        }
        List<RolePhrase> phrases = new ArrayList<>();
        List<String> standalone = new ArrayList<>();
        int k = 0;
        while (k < toks.size()) {
            var role = roles.isEmpty() ? Optional.<RoleLexicon.Role>empty() : roles.match(lower, k);
            int runStart = k + role.map(r -> r.words().size()).orElse(0);
            int runEnd = runStart;
            while (runEnd < toks.size() && capitalised(toks.get(runEnd).text())
                    && (runEnd == runStart || adjacent(clean, toks.get(runEnd - 1), toks.get(runEnd)))) {
                if (runEnd > runStart && roles.match(lower, runEnd).isPresent()) {
                    break;
                }
                runEnd++;
            }
            if (runEnd == runStart) {
                k = role.isPresent() ? runStart : k + 1;
                continue;
            }
            List<String> run = new ArrayList<>();
            for (int i = runStart; i < runEnd; i++) {
                run.add(normal(toks.get(i).text()));
            }
            if (role.isPresent()) {
                String phrase = clean.substring(toks.get(k).start(), toks.get(runEnd - 1).end());
                phrases.add(new RolePhrase(role.get(), String.join(" ", run), phrase));
            } else {
                standalone.add(String.join(" ", run));
            }
            k = runEnd;
        }
        return phrases.isEmpty() && standalone.isEmpty() ? SentenceTitles.NONE
                : new SentenceTitles(List.copyOf(phrases), List.copyOf(standalone));
    }

    private static Optional<Disagreement> disagreement(String person, List<Use> uses, StoryText text) {
        Map<String, RoleLexicon.Role> roleByName = new HashMap<>();
        Map<String, Set<Integer>> formalArticles = new HashMap<>();
        Map<String, Set<Integer>> allArticles = new HashMap<>();
        for (Use u : uses) {
            roleByName.put(u.role().name(), u.role());
            allArticles.computeIfAbsent(u.role().name(), r -> new TreeSet<>()).add(u.article());
            if (u.formal()) {
                formalArticles.computeIfAbsent(u.role().name(), r -> new TreeSet<>()).add(u.article());
            }
        }
        String consensus = formalArticles.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Set<Integer>> x) -> x.getValue().size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .filter(x -> x.getValue().size() >= 2).map(Map.Entry::getKey).orElse(null);
        if (consensus == null) {
            return Optional.empty();
        }
        RoleLexicon.Role c = roleByName.get(consensus);
        List<String> conflicting = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> r : allArticles.entrySet()) {
            RoleLexicon.Role v = roleByName.get(r.getKey());
            if (v.compatibleWith(c)) {
                continue;
            }
            boolean someoneNever = allArticles.get(consensus).stream().anyMatch(a -> !r.getValue().contains(a));
            if (someoneNever) {
                conflicting.add(r.getKey());
            }
        }
        if (conflicting.isEmpty()) {
            return Optional.empty();
        }
        List<Disagreement.Variant> variants = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        roles.add(consensus);
        conflicting.stream().sorted().forEach(roles::add);
        for (String role : roles) {
            Map<String, Set<Integer>> phraseArticles = new LinkedHashMap<>();
            Map<String, String> phraseSentence = new HashMap<>();
            for (Use u : uses) {
                if (u.role().name().equals(role)) {
                    String value = valueOf(u);
                    phraseArticles.computeIfAbsent(value, x -> new TreeSet<>()).add(u.article());
                    phraseSentence.putIfAbsent(value, u.sentence());
                }
            }
            String value = phraseArticles.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, Set<Integer>> x) -> x.getValue().size()))
                    .orElseThrow().getKey();
            String sentence = phraseSentence.get(value);
            List<String> ids = allArticles.get(role).stream().map(a -> text.members().get(a).id()).toList();
            variants.add(new Disagreement.Variant(value, sentence, ids));
        }
        String subject = display(person, uses);
        return Optional.of(new Disagreement("title", subject, variants));
    }

    /** "Presiden Korea Utara": the role and place as written, first letter capitalised. */
    private static String valueOf(Use u) {
        String roleText = u.phrase().substring(0, Math.min(u.phrase().length(), u.role().name().length()));
        String placeText = "";
        if (!u.place().isEmpty()) {
            int at = u.phrase().toLowerCase(Locale.ROOT).replace('-', ' ').indexOf(u.place(), roleText.length());
            placeText = at >= 0 ? " " + u.phrase().substring(at, at + u.place().length()) : "";
        }
        String v = roleText + placeText;
        return v.isEmpty() ? v : Character.toUpperCase(v.charAt(0)) + v.substring(1);
    }

    /** The person's name as most often written after a title. */
    private static String display(String person, List<Use> uses) {
        Map<String, Integer> forms = new HashMap<>();
        for (Use u : uses) {
            if (!u.formal()) {
                continue;
            }
            String[] words = person.split(" ");
            String p = u.phrase();
            String norm = p.toLowerCase(Locale.ROOT).replace('-', ' ');
            int at = norm.lastIndexOf(person);
            if (at >= 0 && at + person.length() == norm.length() && words.length > 1) {
                forms.merge(p.substring(at), 1, Integer::sum);
            }
        }
        return forms.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseGet(() -> titleCase(person));
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    /**
     * Single-word names resolved to the one longer name containing them ("putin" → "vladimir putin"); every
     * name maps to its canonical form.
     */
    private static Map<String, String> canonicalPersons(Set<String> persons) {
        Map<String, String> out = new HashMap<>();
        for (String p : persons) {
            String target = p;
            if (!p.contains(" ")) {
                List<String> longer = persons.stream()
                        .filter(q -> q.contains(" ") && List.of(q.split(" ")).contains(p)).toList();
                if (longer.size() == 1) {
                    target = longer.get(0);
                }
            }
            out.put(p, target);
        }
        return out;
    }

    /** The canonical person a run names: the person itself, or the one person of whose name it is a word. */
    private static Optional<String> personFor(String run, Map<String, String> canonical) {
        if (canonical.containsKey(run)) {
            return Optional.of(canonical.get(run));
        }
        if (run.contains(" ")) {
            return Optional.empty();
        }
        Set<String> who = new TreeSet<>();
        for (String full : canonical.values()) {
            if (List.of(full.split(" ")).contains(run)) {
                who.add(full);
            }
        }
        return who.size() == 1 ? Optional.of(who.iterator().next()) : Optional.empty();
    }

    private static boolean capitalised(String token) {
        return Character.isUpperCase(token.codePointAt(0));
    }

    /** Two tokens are in one name run when only spaces separate them. */
    private static boolean adjacent(String text, Span a, Span b) {
        return text.substring(a.end(), b.start()).isBlank();
    }

    /** Lower case, hyphens as spaces: "Kim Jong-un" and "Kim Jong Un" are one name. */
    private static String normal(String token) {
        return token.toLowerCase(Locale.ROOT).replace('-', ' ');
    }
}
