package org.warta.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.warta.model.Disagreement;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

/**
 * The same name spelled differently by different outlets ("Kim Il Sung" against "Kim II Sung"): two runs of two to
 * four capitalised words that are equal but for one word, where the two differing words are one edit apart
 * (Damerau 1964: insertion, deletion, substitution or transposition of one character) in the way of a misspelling
 * ({@link #misspelling}), and some article uses each spelling without the other. Case and hyphens are ignored ("Kim Jong-un" is "Kim Jong Un"). Only the longest
 * differing run of a pair of spellings is reported.
 */
final class NameDisagreements {

    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 4;

    /** One window of a capitalised run: its lower-cased words and the same words as written. */
    private record Window(List<String> words, List<String> original, String written, int article, String sentence) {
    }

    /** A window as one sentence holds it: lower-cased words, the words as written, the span as written. */
    private record Run(List<String> words, List<String> original, String written) {
    }

    /**
     * Sentences scanned before: a growing story is synthesised again and again, and its sentences are the same
     * each time (bounded: {@link SynthesisMemory#SENTENCES_PER_GENERATION}).
     */
    private static final org.warta.memo.Memo<String, List<Run>> RUNS =
            SynthesisMemory.memo(NameDisagreements::runs, SynthesisMemory.SENTENCES_PER_GENERATION);

    List<Disagreement> find(StoryText text) {
        Map<String, List<Window>> buckets = new HashMap<>();
        for (StorySentence s : text.sentences()) {
            for (Run r : RUNS.get(s.text())) {
                Window win = new Window(r.words(), r.original(), r.written(), s.article(), s.text());
                int len = r.words().size();
                for (int p = 0; p < len; p++) {
                    List<String> key = new ArrayList<>(r.words());
                    key.set(p, "\u0000");
                    buckets.computeIfAbsent(String.join(" ", key), x -> new ArrayList<>()).add(win);
                }
            }
        }
        // (word a, word b) -> the longest windows that differ there
        Map<String, List<Window>> pairs = new LinkedHashMap<>();
        for (List<Window> bucket : buckets.values()) {
            for (int i = 0; i < bucket.size(); i++) {
                for (int j = i + 1; j < bucket.size(); j++) {
                    Window a = bucket.get(i);
                    Window b = bucket.get(j);
                    if (a.article() == b.article() || a.words().equals(b.words())) {
                        continue;
                    }
                    int p = differing(a.words(), b.words());
                    String x = a.words().get(p);
                    String y = b.words().get(p);
                    if (!misspelling(a.original().get(p), b.original().get(p))) {
                        continue;
                    }
                    String key = x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
                    List<Window> best = pairs.get(key);
                    if (best == null || best.get(0).words().size() < a.words().size()) {
                        pairs.put(key, new ArrayList<>(List.of(a, b)));
                    } else if (best.get(0).words().size() == a.words().size()) {
                        best.add(a);
                        best.add(b);
                    }
                }
            }
        }
        List<Disagreement> out = new ArrayList<>();
        for (List<Window> windows : pairs.values()) {
            Map<String, Set<Integer>> articles = new LinkedHashMap<>();
            Map<String, Window> example = new HashMap<>();
            for (Window w : windows) {
                String form = String.join(" ", w.words());
                articles.computeIfAbsent(form, f -> new TreeSet<>()).add(w.article());
                example.putIfAbsent(form, w);
            }
            if (articles.size() != 2) {
                continue;
            }
            List<String> forms = new ArrayList<>(articles.keySet());
            Set<Integer> a = articles.get(forms.get(0));
            Set<Integer> b = articles.get(forms.get(1));
            if (a.stream().allMatch(b::contains) || b.stream().allMatch(a::contains)) {
                continue;
            }
            forms.sort((f, g) -> articles.get(g).size() - articles.get(f).size());
            List<Disagreement.Variant> variants = new ArrayList<>();
            for (String f : forms) {
                variants.add(new Disagreement.Variant(example.get(f).written(), example.get(f).sentence(),
                        articles.get(f).stream().map(i -> text.members().get(i).id()).toList()));
            }
            out.add(new Disagreement("name", variants.get(0).value(), variants));
        }
        return out;
    }

    /**
     * Two written words that look like one name spelled two ways: one edit apart but not in the first letter
     * (a different first letter usually makes a different word: "Mapolda", "Kapolda"), not two acronyms
     * ("DPR", "DPW"), and, for words shorter than four letters, only a typographic confusion that changes the
     * case pattern ("II" for "Il").
     */
    static boolean misspelling(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.isEmpty() || y.isEmpty() || x.charAt(0) != y.charAt(0) || !oneEdit(x, y)) {
            return false;
        }
        boolean capsA = a.equals(a.toUpperCase(Locale.ROOT));
        boolean capsB = b.equals(b.toUpperCase(Locale.ROOT));
        if (capsA && capsB) {
            return false;
        }
        if (Math.min(x.length(), y.length()) < 4) {
            return capsA != capsB && x.length() == y.length();
        }
        return true;
    }

    /** Every window of two to four words of each capitalised run after a sentence's first word. */
    private static List<Run> runs(String sentence) {
        List<Span> toks = Tokenizer.tokens(sentence);
        List<Run> out = new ArrayList<>();
        int k = 1;
        while (k < toks.size()) {
            if (!Character.isUpperCase(toks.get(k).text().codePointAt(0))) {
                k++;
                continue;
            }
            int end = k + 1;
            while (end < toks.size() && Character.isUpperCase(toks.get(end).text().codePointAt(0))
                    && sentence.substring(toks.get(end - 1).end(), toks.get(end).start()).equals(" ")) {
                end++;
            }
            List<String> words = new ArrayList<>();
            List<String> original = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            for (int i = k; i < end; i++) {
                for (String part : toks.get(i).text().split("-")) {
                    if (!part.isEmpty()) {
                        words.add(part.toLowerCase(Locale.ROOT));
                        original.add(part);
                        spans.add(new int[] {toks.get(i).start(), toks.get(i).end()});
                    }
                }
            }
            for (int len = MIN_WORDS; len <= Math.min(MAX_WORDS, words.size()); len++) {
                for (int from = 0; from + len <= words.size(); from++) {
                    String written = sentence.substring(spans.get(from)[0], spans.get(from + len - 1)[1]);
                    out.add(new Run(List.copyOf(words.subList(from, from + len)),
                            List.copyOf(original.subList(from, from + len)), written));
                }
            }
            k = end;
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    private static int differing(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** True when the words are one insertion, deletion, substitution or adjacent transposition apart. */
    static boolean oneEdit(String x, String y) {
        if (x.equals(y) || Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        if (x.length() == y.length()) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < x.length(); i++) {
                if (x.charAt(i) != y.charAt(i)) {
                    if (diffs++ == 0) {
                        first = i;
                    }
                }
            }
            return diffs == 1 || diffs == 2 && first + 1 < x.length() && x.charAt(first) == y.charAt(first + 1)
                    && x.charAt(first + 1) == y.charAt(first) && x.substring(first + 2).equals(y.substring(first + 2));
        }
        String s = x.length() < y.length() ? x : y;
        String l = x.length() < y.length() ? y : x;
        int i = 0;
        while (i < s.length() && s.charAt(i) == l.charAt(i)) {
            i++;
        }
        return s.substring(i).equals(l.substring(i + 1));
    }
}
