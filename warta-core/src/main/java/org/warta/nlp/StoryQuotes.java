package org.warta.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.warta.lang.LanguagePack;
import org.warta.lang.LanguagePacks;
import org.warta.model.Article;
import org.warta.model.Quote;
import org.warta.model.StoryQuote;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

/**
 * Groups the quotes of a story's articles into story quotes: the same statement carried by several outlets — in
 * the same words, in different translations, or paraphrased — becomes one quote with the list of articles that
 * carry it. Each quote becomes a set of terms: stems of its content words (the article language's stemmer, words
 * of up to two letters and listed function words dropped), numbers as written, and English words mapped onto
 * Indonesian stems with a small bilingual lexicon ({@code org/warta/nlp/quote-lexicon.txt}) so an English and an
 * Indonesian rendering of a wire quote share terms. Two quotes are the same statement when their speakers do not
 * conflict and the Dice coefficient of their term sets (Dice 1945) reaches {@link #DEFAULT_THRESHOLD}, or their
 * overlap coefficient reaches {@link #DEFAULT_CONTAINMENT} (one quotes a part of the other). Grouping is greedy in
 * article order, each quote joining the most similar existing group (average link). Stateless and thread-safe.
 */
public final class StoryQuotes {

    /** Minimum Dice similarity of term sets for the same statement (default 0.4). */
    public static final double DEFAULT_THRESHOLD = 0.4;
    /** Minimum overlap coefficient |A∩B|/min(|A|,|B|) with at least 4 shared terms (default 0.75). */
    public static final double DEFAULT_CONTAINMENT = 0.75;

    private static final Map<String, String> LEXICON = loadLexicon();

    private final double threshold;
    private final double containment;
    private final BiFunction<String, String, Set<String>> termsOf;

    public StoryQuotes() {
        this(DEFAULT_THRESHOLD, DEFAULT_CONTAINMENT);
    }

    /**
     * @param threshold   minimum Dice similarity
     * @param containment minimum overlap coefficient
     */
    public StoryQuotes(double threshold, double containment) {
        this(threshold, containment, StoryQuotes::terms);
    }

    /**
     * @param threshold   minimum Dice similarity
     * @param containment minimum overlap coefficient
     * @param termsOf     a quote's terms from its text and its article's language: must equal
     *                    {@link #terms(String, String)} (it may remember them: a story's quotes are compared again
     *                    each time it grows; it must be thread-safe)
     */
    public StoryQuotes(double threshold, double containment, BiFunction<String, String, Set<String>> termsOf) {
        this.threshold = threshold;
        this.containment = containment;
        this.termsOf = java.util.Objects.requireNonNull(termsOf, "termsOf");
    }

    private record Item(Quote quote, String article, Set<String> terms) {
    }

    /** The story's quotes, in order of first appearance. Articles should have been analysed. */
    public List<StoryQuote> group(List<Article> articles) {
        List<List<Item>> groups = new ArrayList<>();
        for (Article a : articles) {
            for (Quote q : a.quotes()) {
                Item it = new Item(q, a.id(), termsOf.apply(q.text(), a.language()));
                if (it.terms().isEmpty()) {
                    continue;
                }
                List<Item> best = null;
                double bestScore = 0;
                for (List<Item> g : groups) {
                    double s = score(it, g);
                    if (s > bestScore) {
                        bestScore = s;
                        best = g;
                    }
                }
                if (best != null) {
                    best.add(it);
                } else {
                    List<Item> g = new ArrayList<>();
                    g.add(it);
                    groups.add(g);
                }
            }
        }
        List<StoryQuote> out = new ArrayList<>();
        for (List<Item> g : groups) {
            out.add(toStoryQuote(g));
        }
        return out;
    }

    /** Average similarity of an item to a group's members, 0 when any member's speaker conflicts or one fails. */
    private double score(Item it, List<Item> g) {
        double sum = 0;
        for (Item o : g) {
            if (it.quote().speaker().isPresent() && o.quote().speaker().isPresent()
                    && !sameSpeaker(it.quote().speaker().get(), o.quote().speaker().get())) {
                return 0;
            }
            double s = similarity(it.terms(), o.terms());
            if (s <= 0) {
                return 0;
            }
            sum += s;
        }
        return sum / g.size();
    }

    /** Same person: equal keys, or one name's words inside the other's ("Kim" and "Kim Jong Un"). */
    static boolean sameSpeaker(String a, String b) {
        List<String> wa = org.warta.nlp.alias.NameForms.words(a);
        List<String> wb = org.warta.nlp.alias.NameForms.words(b);
        return java.util.Collections.indexOfSubList(wa, wb) >= 0 || java.util.Collections.indexOfSubList(wb, wa) >= 0;
    }

    /** Dice, or the overlap coefficient when that passes its own bar; 0 below both bars. */
    double similarity(Set<String> a, Set<String> b) {
        int inter = 0;
        for (String t : a) {
            if (b.contains(t)) {
                inter++;
            }
        }
        double dice = 2.0 * inter / (a.size() + b.size());
        double overlap = (double) inter / Math.min(a.size(), b.size());
        if (dice >= threshold) {
            return dice;
        }
        if (inter >= 4 && overlap >= containment) {
            return threshold;
        }
        return 0;
    }

    private static StoryQuote toStoryQuote(List<Item> g) {
        Map<String, Integer> speakers = new LinkedHashMap<>();
        List<String> arts = new ArrayList<>();
        Item fullest = g.get(0);
        boolean allPartial = true;
        for (Item it : g) {
            it.quote().speaker().ifPresent(s -> speakers.merge(s, 1, Integer::sum));
            if (!arts.contains(it.article())) {
                arts.add(it.article());
            }
            allPartial &= it.quote().partial();
            boolean better = fullest.quote().partial() && !it.quote().partial()
                    || fullest.quote().partial() == it.quote().partial()
                    && it.quote().text().length() > fullest.quote().text().length();
            if (better) {
                fullest = it;
            }
        }
        Optional<String> speaker = speakers.keySet().stream()
                .max(java.util.Comparator.comparingInt((String n) -> org.warta.nlp.alias.NameForms.words(n).size())
                        .thenComparingInt(speakers::get));
        return new StoryQuote(speaker, fullest.quote().text(), arts, allPartial);
    }

    /**
     * Terms of a quote in a language (an article's language code: its language pack, else the generic one), as
     * {@link #group} compares quotes: content stems, numbers, English words mapped to Indonesian stems. Unmodifiable.
     */
    public static Set<String> terms(String text, String language) {
        return Collections.unmodifiableSet(terms(text, LanguagePacks.forCodeOrGeneric(language)));
    }

    /** Terms of a quote: content stems, numbers, English words mapped to Indonesian stems. */
    static Set<String> terms(String text, LanguagePack pack) {
        Set<String> out = new HashSet<>();
        for (Span t : Tokenizer.tokens(text)) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (Character.isDigit(w.charAt(0))) {
                out.add(w);
                continue;
            }
            if (w.length() <= 2 || STOP.contains(w)) {
                continue;
            }
            String mapped = LEXICON.get(w);
            if (mapped != null) {
                out.add(mapped);
                continue;
            }
            String stem = pack.stem(w);
            String viaLexicon = pack.code().equals("id") ? null : LEXICON.get(stem);
            if (viaLexicon != null) {
                stem = viaLexicon;
            }
            if (stem.length() > 2 && !STOP.contains(stem)) {
                out.add(stem);
            }
        }
        return out;
    }

    private static final Set<String> STOP = Set.of("yang", "dan", "ini", "itu", "dari", "untuk", "dengan", "dalam",
            "pada", "akan", "telah", "juga", "atau", "tidak", "kami", "kita", "saya", "mereka", "adalah", "bahwa",
            "the", "and", "this", "that", "for", "with", "from", "will", "has", "have", "had", "was", "were", "are",
            "its", "our", "their", "not", "but", "which", "who", "all", "any");

    private static Map<String, String> loadLexicon() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = StoryQuotes.class.getResourceAsStream("/org/warta/nlp/quote-lexicon.txt")) {
            if (in == null) {
                return Map.of();
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] p = s.split("\\|");
                if (p.length == 2) {
                    for (String en : p[0].split(",")) {
                        m.put(en.strip(), p[1].strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
