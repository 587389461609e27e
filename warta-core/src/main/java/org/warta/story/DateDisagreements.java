package org.warta.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.warta.model.Article;
import org.warta.model.DateMention;
import org.warta.model.Disagreement;

/**
 * The same event dated differently: two sentences of different outlets that state the same fact
 * ({@link FactMatcher}) each carry a normalised full date (the NLP stage's {@link DateMention}s, {@code YYYY-MM-DD})
 * and the dates differ with none in common. Without date mentions on the members nothing is reported.
 */
final class DateDisagreements {

    List<Disagreement> find(StoryText text) {
        List<List<String>> dates = new ArrayList<>();
        for (StorySentence s : text.sentences()) {
            Article a = text.members().get(s.article());
            List<String> ds = new ArrayList<>();
            for (DateMention d : a.dates()) {
                if (d.start() >= s.start() && d.end() <= s.end() && d.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    ds.add(d.value());
                }
            }
            dates.add(ds);
        }
        Map<String, Map<String, TreeSet<Integer>>> groups = new LinkedHashMap<>();
        Map<String, Map<String, String>> sentences = new LinkedHashMap<>();
        for (StorySentence a : text.sentences()) {
            if (dates.get(a.id()).isEmpty()) {
                continue;
            }
            for (int j : text.neighbours(a.id())) {
                StorySentence b = text.sentences().get(j);
                if (j < a.id() || b.article() == a.article() || dates.get(j).isEmpty() || !text.sameFact(a.id(), j)
                        || dates.get(a.id()).stream().anyMatch(dates.get(j)::contains)) {
                    continue;
                }
                String key = String.join("|", new TreeSet<>(dates.get(a.id()))) + "~"
                        + String.join("|", new TreeSet<>(dates.get(j)));
                Map<String, TreeSet<Integer>> g = groups.computeIfAbsent(key, k -> new TreeMap<>());
                Map<String, String> st = sentences.computeIfAbsent(key, k -> new LinkedHashMap<>());
                String va = String.join(", ", new TreeSet<>(dates.get(a.id())));
                String vb = String.join(", ", new TreeSet<>(dates.get(j)));
                g.computeIfAbsent(va, v -> new TreeSet<>()).add(a.article());
                g.computeIfAbsent(vb, v -> new TreeSet<>()).add(b.article());
                st.putIfAbsent(va, a.text());
                st.putIfAbsent(vb, b.text());
            }
        }
        List<Disagreement> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, TreeSet<Integer>>> g : groups.entrySet()) {
            List<Disagreement.Variant> variants = new ArrayList<>();
            for (Map.Entry<String, TreeSet<Integer>> v : g.getValue().entrySet()) {
                variants.add(new Disagreement.Variant(v.getKey(), sentences.get(g.getKey()).get(v.getKey()),
                        v.getValue().stream().map(i -> text.members().get(i).id()).toList()));
            }
            out.add(new Disagreement("date", subject(variants.get(0).text()), variants));
        }
        return out;
    }

    /** The subject of a dated sentence: its first words, enough to recognise it. */
    private static String subject(String sentence) {
        String[] w = sentence.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(w, 0, Math.min(8, w.length)))
                + (w.length > 8 ? " …" : "");
    }
}
