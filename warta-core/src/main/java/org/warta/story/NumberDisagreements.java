package org.warta.story;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.warta.lang.LanguagePack;
import org.warta.lang.LanguagePacks;
import org.warta.model.Article;
import org.warta.model.DateMention;
import org.warta.model.Disagreement;

/**
 * The same quantity stated with different values ("12 orang meninggal" against "has risen to 14"). Each sentence's
 * counts are read by {@link Quantities} (digits in the language's notation, number words, multipliers such as
 * "ribu" or "million", the unit after them) and each count is attached to the nearest cue word naming what it
 * measures (the packs' {@code story-quantities} files: death toll, depth, import volume, ...) — the closest-attachment
 * heuristic of quantity extraction (Roy, Vieira and Roth 2015, "Reasoning about Quantities in Natural Language").
 * Cue keys are shared by languages, so an Indonesian and an English report of the same quantity meet. Per quantity
 * and unit, each article votes for the value it states; an article stating several values for one quantity (an
 * update "naik dari 12 menjadi 14", or two different things) does not vote. Two or more values voted for are a
 * disagreement. Counts with no cue nearby ("7 kilometer timur laut Mamasa") say nothing and are ignored: precision
 * first. Headlines count as statements of their article (after its sentences, which give the evidence first).
 */
final class NumberDisagreements {

    private record Vote(String value, String unitForm, String sentence) {
    }

    List<Disagreement> find(StoryText text) {
        List<Article> members = text.members();
        // quantity/unit -> article -> values stated
        Map<String, Map<Integer, Map<String, Vote>>> stated = new LinkedHashMap<>();
        Map<String, String> unitOfSubject = new HashMap<>();
        Map<String, Boolean> unitAmbiguous = new HashMap<>();
        record Pending(String subject, int article, Vote vote) {
        }
        List<Pending> unitless = new ArrayList<>();
        record Statement(int article, String raw, String shown, List<int[]> dateSpans) {
        }
        List<Statement> statements = new ArrayList<>();
        for (StorySentence s : text.sentences()) {
            Article a = members.get(s.article());
            if (s.end() > a.text().length()) {
                continue;
            }
            List<int[]> dateSpans = new ArrayList<>();
            for (DateMention d : a.dates()) {
                if (d.end() > s.start() && d.start() < s.end()) {
                    dateSpans.add(new int[] {d.start() - s.start(), d.end() - s.start()});
                }
            }
            statements.add(new Statement(s.article(), a.text().substring(s.start(), s.end()), s.text(), dateSpans));
        }
        for (int i = 0; i < members.size(); i++) {
            String title = members.get(i).title().strip();
            if (!title.isEmpty()) {
                statements.add(new Statement(i, title, title, List.of()));
            }
        }
        for (Statement st : statements) {
            LanguagePack pack = LanguagePacks.forCodeOrGeneric(members.get(st.article()).language());
            for (Quantities.Measure m : Quantities.of(pack).read(st.raw(), st.dateSpans())) {
                if (m.subject().isEmpty()) {
                    continue;
                }
                Vote v = new Vote(m.value().stripTrailingZeros().toPlainString(), m.unitForm().orElse(""), st.shown());
                if (m.unit().isEmpty()) {
                    unitless.add(new Pending(m.subject().get(), st.article(), v));
                    continue;
                }
                String prev = unitOfSubject.putIfAbsent(m.subject().get(), m.unit().get());
                if (prev != null && !prev.equals(m.unit().get())) {
                    unitAmbiguous.put(m.subject().get(), true);
                }
                put(stated, m.subject().get() + "|" + m.unit().get(), st.article(), v);
            }
        }
        for (Pending p : unitless) {
            String unit = unitOfSubject.get(p.subject());
            if (unit != null && !unitAmbiguous.containsKey(p.subject())) {
                put(stated, p.subject() + "|" + unit, p.article(), p.vote());
            }
        }
        String storyLanguage = WartaStorySynthesizer.dominantLanguage(members).orElse(Article.UNDETERMINED);
        Quantities labels = Quantities.of(LanguagePacks.forCodeOrGeneric(storyLanguage));
        List<Disagreement> out = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Map<String, Vote>>> q : stated.entrySet()) {
            Map<String, Set<Integer>> byValue = new TreeMap<>(Comparator.comparing(BigDecimal::new));
            Map<String, Vote> firstVote = new HashMap<>();
            for (Map.Entry<Integer, Map<String, Vote>> e : q.getValue().entrySet()) {
                if (e.getValue().size() != 1) {
                    continue;
                }
                Vote v = e.getValue().values().iterator().next();
                byValue.computeIfAbsent(v.value(), k -> new java.util.TreeSet<>()).add(e.getKey());
                firstVote.merge(v.value(), v, (x, y) -> x.unitForm().isEmpty() ? y : x);
            }
            if (byValue.size() < 2) {
                continue;
            }
            List<Disagreement.Variant> variants = new ArrayList<>();
            for (Map.Entry<String, Set<Integer>> v : byValue.entrySet()) {
                Vote first = firstVote.get(v.getKey());
                String unitForm = first.unitForm().isEmpty() ? anyUnitForm(firstVote) : first.unitForm();
                variants.add(new Disagreement.Variant((v.getKey() + " " + unitForm).strip(), first.sentence(),
                        v.getValue().stream().map(i -> members.get(i).id()).toList()));
            }
            String subject = q.getKey().substring(0, q.getKey().indexOf('|'));
            out.add(new Disagreement("number", labels.label(subject), variants));
        }
        return out;
    }

    private static String anyUnitForm(Map<String, Vote> votes) {
        return votes.values().stream().map(Vote::unitForm).filter(u -> !u.isEmpty()).findFirst().orElse("");
    }

    private static void put(Map<String, Map<Integer, Map<String, Vote>>> stated, String key, int article, Vote v) {
        stated.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(article, k -> new LinkedHashMap<>())
                .putIfAbsent(v.value(), v);
    }
}
