package org.warta.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warta.model.Article;
import org.warta.model.OnlyInFact;
import org.warta.model.Quote;
import org.warta.model.StoryQuote;
import org.warta.nlp.StoryQuotes;

/**
 * Facts that a single outlet reports: sentences of one outlet's articles that no sentence of any other outlet
 * states ({@link FactMatcher} score at least {@code onlyInElsewhereScore}, lower than the bar for merging two
 * sentences: saying that a fact is one outlet's alone needs more certainty; a syndicated copy under another
 * outlet's name counts as that outlet reporting it).
 * Precision first: only sentences that stand on their own (candidates) and are about the story (they share a name
 * or number with other outlets' coverage) count, and per outlet the most specific come first — specificity being
 * the weight of the features (names, numbers, words) that no other outlet uses — up to
 * {@code maxOnlyInPerOutlet}. Not facts of one outlet either: a sentence carrying a quote that another outlet's
 * article also carries (the same statement, translated or paraphrased: {@link StoryQuotes}), a photo caption
 * (a sentence that opens a member's caption) and a line that does not end as a sentence (a headline or link
 * text). A story covered by one outlet only has no only-in facts: everything would be.
 */
public final class OnlyInFinder {

    private final SynthesisSettings settings;

    public OnlyInFinder(SynthesisSettings settings) {
        this.settings = settings;
    }

    public List<OnlyInFact> find(StoryText text) {
        List<Article> members = text.members();
        String[] outletOf = new String[members.size()];
        Map<String, List<Integer>> byOutlet = new LinkedHashMap<>();
        for (int a = 0; a < members.size(); a++) {
            outletOf[a] = members.get(a).outletOrSource().strip().toLowerCase(Locale.ROOT);
            byOutlet.computeIfAbsent(outletOf[a], k -> new ArrayList<>()).add(a);
        }
        if (byOutlet.size() < 2) {
            return List.of();
        }
        // For every term: how many outlets use it, and which one when only one does.
        Map<Integer, String> soleOutlet = new HashMap<>();
        Set<Integer> shared = new HashSet<>();
        for (StorySentence s : text.sentences()) {
            String outlet = outletOf[s.article()];
            for (int t : s.terms()) {
                if (!shared.contains(t)) {
                    String prev = soleOutlet.putIfAbsent(t, outlet);
                    if (prev != null && !prev.equals(outlet)) {
                        shared.add(t);
                    }
                }
            }
        }
        Set<String> captions = new HashSet<>();
        String[] sentenceKeys = null;
        for (Article a : members) {
            for (String c : a.captions()) {
                if (sentenceKeys == null) {
                    sentenceKeys = text.sentences().stream().map(x -> key(x.text())).toArray(String[]::new);
                }
                String captionKey = key(c);
                for (String sk : sentenceKeys) {
                    if (captionKey.startsWith(sk)) {
                        captions.add(sk);
                    }
                }
            }
        }
        List<OnlyInFact> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byOutlet.entrySet()) {
            String outlet = e.getKey();
            record Scored(StorySentence s, double specificity) {
            }
            List<Scored> found = new ArrayList<>();
            Set<String> seenTexts = new HashSet<>();
            for (int a : e.getValue()) {
                for (StorySentence s : text.sentencesOf(a)) {
                    if (!s.candidate() || !seenTexts.add(s.text()) || !complete(s.text())
                            || (!captions.isEmpty() && captions.contains(key(s.text())))) {
                        continue;
                    }
                    boolean elsewhere = false;
                    for (int j : text.neighbours(s.id())) {
                        if (!outletOf[text.sentences().get(j).article()].equals(outlet) && text.factScore(s.id(), j) >= settings.onlyInElsewhereScore()) {
                            elsewhere = true;
                            break;
                        }
                    }
                    if (elsewhere || quotedElsewhere(s, outlet, outletOf, members)) {
                        continue;
                    }
                    double novel = 0;
                    boolean sharesAnchor = false;
                    for (int t : s.terms()) {
                        boolean others = shared.contains(t);
                        if (!others) {
                            novel += text.weight(t);
                        } else if (!text.feature(t).startsWith("~")) {
                            sharesAnchor = true;
                        }
                    }
                    if (sharesAnchor && novel > 0) {
                        found.add(new Scored(s, novel));
                    }
                }
            }
            found.sort(Comparator.comparingDouble(Scored::specificity).reversed()
                    .thenComparingInt(x -> x.s().id()));
            List<Scored> kept = new ArrayList<>(found.subList(0, Math.min(settings.maxOnlyInPerOutlet(),
                    found.size())));
            kept.sort(Comparator.comparingInt(x -> x.s().id()));
            for (Scored k : kept) {
                Article art = members.get(k.s().article());
                out.add(new OnlyInFact(k.s().text(), art.id(), art.outletOrSource()));
            }
        }
        return out;
    }

    /** A sentence that ends as a sentence does: a headline or link text left in the body is no reported fact. */
    private static boolean complete(String sentence) {
        String t = sentence.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?\"”’)".indexOf(last) >= 0;
    }

    private static String key(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * True when the sentence carries a quote that an article of another outlet also carries — the same statement
     * in the same words, translated or paraphrased, as {@link StoryQuotes} groups statements.
     */
    private static boolean quotedElsewhere(StorySentence s, String outlet, String[] outletOf, List<Article> members) {
        Article a = members.get(s.article());
        List<Quote> mine = a.quotes().stream().filter(q -> q.start() < s.end() && q.end() > s.start()).toList();
        if (mine.isEmpty()) {
            return false;
        }
        Article only = a.withAnalysis(a.entities(), mine, a.dates());
        for (int b = 0; b < members.size(); b++) {
            if (outletOf[b].equals(outlet) || members.get(b).quotes().isEmpty()) {
                continue;
            }
            for (StoryQuote q : GROUPING.group(List.of(only, members.get(b)))) {
                if (q.articles().size() > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final StoryQuotes GROUPING = new StoryQuotes(StoryQuotes.DEFAULT_THRESHOLD,
            StoryQuotes.DEFAULT_CONTAINMENT, QuoteRollup::terms);
}
