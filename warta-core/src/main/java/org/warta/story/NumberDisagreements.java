package org.warta.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.warta.lang.LanguagePacks;
import org.warta.model.Disagreement;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

/**
 * The same count stated with different numbers: two sentences of different outlets that state the same fact
 * ({@link FactMatcher}, at least {@link #MIN_SCORE}) each attach a number to the same noun ("24 tahun", "25 tahun") with different values, and
 * neither sentence has the other's value. Years (four digits from 1000 to 2999) are dates, not counts, and are
 * left to {@link DateDisagreements}.
 */
final class NumberDisagreements {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("[12]\\d{3}");

    /**
     * Least {@link FactMatcher} score of the two sentences: higher than "the same fact", because sentences built on
     * one template ("... dengan 38 poin") can differ in their numbers and still be different facts.
     */
    static final double MIN_SCORE = 0.5;

    /** One "number noun" of a sentence. */
    private record Count(String value, String unitStem, String phrase) {
    }

    List<Disagreement> find(StoryText text) {
        List<List<Count>> counts = new ArrayList<>();
        for (StorySentence s : text.sentences()) {
            counts.add(countsOf(s, text));
        }
        Map<String, Map<String, TreeSet<Integer>>> groups = new LinkedHashMap<>();
        Map<String, Map<String, String>> sentenceOf = new LinkedHashMap<>();
        Map<String, Map<String, String>> phraseOf = new LinkedHashMap<>();
        for (StorySentence a : text.sentences()) {
            if (counts.get(a.id()).isEmpty()) {
                continue;
            }
            for (int j : text.neighbours(a.id())) {
                StorySentence b = text.sentences().get(j);
                if (j < a.id() || b.article() == a.article() || counts.get(j).isEmpty()
                        || text.factScore(a.id(), j) < MIN_SCORE) {
                    continue;
                }
                for (Count x : counts.get(a.id())) {
                    for (Count y : counts.get(j)) {
                        if (!x.unitStem().equals(y.unitStem()) || x.value().equals(y.value())
                                || hasValue(counts.get(j), x.value()) || hasValue(counts.get(a.id()), y.value())) {
                            continue;
                        }
                        String key = x.unitStem();
                        Map<String, TreeSet<Integer>> g = groups.computeIfAbsent(key, k -> new TreeMap<>());
                        g.computeIfAbsent(x.value(), v -> new TreeSet<>()).add(a.article());
                        g.computeIfAbsent(y.value(), v -> new TreeSet<>()).add(b.article());
                        sentenceOf.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(x.value(), a.text());
                        sentenceOf.get(key).putIfAbsent(y.value(), b.text());
                        phraseOf.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(x.value(), x.phrase());
                        phraseOf.get(key).putIfAbsent(y.value(), y.phrase());
                    }
                }
            }
        }
        List<Disagreement> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, TreeSet<Integer>>> g : groups.entrySet()) {
            List<Disagreement.Variant> variants = new ArrayList<>();
            for (Map.Entry<String, TreeSet<Integer>> v : g.getValue().entrySet()) {
                variants.add(new Disagreement.Variant(phraseOf.get(g.getKey()).get(v.getKey()),
                        sentenceOf.get(g.getKey()).get(v.getKey()),
                        v.getValue().stream().map(i -> text.members().get(i).id()).toList()));
            }
            String unit = phraseOf.get(g.getKey()).values().iterator().next().replaceFirst("^\\S+\\s+", "");
            out.add(new Disagreement("number", unit, variants));
        }
        return out;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasValue(List<Count> counts, String value) {
        return counts.stream().anyMatch(c -> c.value().equals(value));
    }

    private static List<Count> countsOf(StorySentence s, StoryText text) {
        var pack = LanguagePacks.forCodeOrGeneric(text.members().get(s.article()).language());
        Set<String> stop = StopWords.of(pack);
        List<Count> out = new ArrayList<>();
        if (!hasDigit(s.text())) {
            return out;
        }
        List<Span> toks = Tokenizer.tokens(s.text());
        for (int k = 0; k + 1 < toks.size(); k++) {
            String v = toks.get(k).text();
            if (!Character.isDigit(v.charAt(0)) || !NUMBER.matcher(v).matches() || YEAR.matcher(v).matches()) {
                continue;
            }
            String unit = toks.get(k + 1).text();
            String lower = unit.toLowerCase(Locale.ROOT);
            if (!unit.chars().allMatch(Character::isLetter) || stop.contains(lower)
                    || !s.text().substring(toks.get(k).end(), toks.get(k + 1).start()).equals(" ")) {
                continue;
            }
            out.add(new Count(v, StemCache.stem(pack, lower), v + " " + unit));
        }
        return out;
    }
}
