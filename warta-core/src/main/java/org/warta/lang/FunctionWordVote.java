package org.warta.lang;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A cheap first stage of language identification for long texts: the short-word (function-word) method of
 * Grefenstette (1995, "Comparing two language identification schemes", JADT 1995, 3rd International Conference on
 * Statistical Analysis of Textual Data) after Ingle (1976, "A language identification table", The Incorporated
 * Linguist 15(4)). Each candidate language has a list of its very frequent closed-class words (articles, pronouns,
 * prepositions, conjunctions, auxiliaries: {@code org/warta/lang/<code>/langid-function-words.txt}); one pass over
 * the sample's words counts, per language, the words that are on its list. In running text of a few hundred words
 * such words make up a third to a half of all tokens in their own language and a few percent in any other, so a text
 * with enough tokens where one language's words dominate is decided without a character n-gram model.
 *
 * <p>Each word on the lists of k languages (kin counted once) adds 1/k to each one's score, so that words shared by
 * related languages ("de", "la", "que" in Spanish, French and Portuguese) do not blur them. The best language is the
 * one with the highest score; the vote decides only when (1) the sample has at least {@link Settings#minTokens()}
 * words, (2) the words on the best language's list are at least {@link Settings#minShare()} of them, and (3) its
 * score is at least {@link Settings#margin()} times the score of the best language that is not its kin ({@link Settings#kin()}:
 * languages whose function words are largely the same, Indonesian and Malay, between which this vote cannot tell;
 * the caller separates kin). Otherwise it abstains and the caller asks its full model. Languages without a list never
 * win, so texts in them always reach the full model.
 *
 * <p>Words: maximal runs of letters (with combining marks), lower-cased code point by code point as they are read;
 * anything else separates words, digits are not words. Look-ups go to a {@link WordTable} with the word in a reusable
 * buffer: no regular expression, no string per word. Immutable and thread-safe.
 */
public final class FunctionWordVote {

    /** The data file of each language pack that holds its function words. */
    public static final String DATA_FILE = "langid-function-words";

    /**
     * @param enabled   whether the vote may decide at all (false: always abstain); default true
     * @param minTokens the fewest words a sample needs before the vote decides (headlines and short texts go to
     *                  the full model); default 40
     * @param minShare  the least share of the sample's words the best language's function words must have
     *                  (they are a quarter to a half of running text in their own language; lower in Turkish,
     *                  whose function words are mostly suffixes); default 0.15
     * @param margin    the best language's score must be at least this many times the best non-kin language's;
     *                  default 2.5. Chosen on the texts of {@code warta eval language} (SemEval-2022, IndoSum, ECB+,
     *                  12,000 of the scale stream; whole texts): the vote answers no text against its gold language
     *                  from 0.12 and 2.0 up (0.10 lets an Arabic text with English passages through, 1.5 a mixed
     *                  Indonesian/English one); one step above both for safety, it decides 94% of those texts
     * @param kin       groups of languages this vote does not separate (their lists overlap too much); a best
     *                  language is compared only against languages outside its group; default [[id, ms]]
     */
    public record Settings(boolean enabled, int minTokens, double minShare, double margin, List<Set<String>> kin) {
        public Settings {
            kin = kin.stream().map(Set::copyOf).toList();
            if (minTokens < 1) {
                throw new IllegalArgumentException("minTokens must be >= 1");
            }
            if (!(minShare > 0 && minShare <= 1)) {
                throw new IllegalArgumentException("minShare must be in (0, 1]");
            }
            if (!(margin >= 1)) {
                throw new IllegalArgumentException("margin must be >= 1");
            }
        }

        public static Settings defaults() {
            return new Settings(true, 40, 0.15, 2.5, List.of(Set.of("id", "ms")));
        }

        /** The same settings with the vote switched off (the full model decides everything). */
        public Settings disabled() {
            return new Settings(false, minTokens, minShare, margin, kin);
        }
    }

    private static final int MAX_LANGUAGES = 64;

    private final Settings settings;
    private final String[] languages;
    /** For each language, the bit set of its kin (itself included). */
    private final long[] kinMask;
    /** Each listed word and the bit set of the languages whose list holds it. */
    private final WordTable table;
    /** Per slot: 1 / the number of kin groups whose lists hold the word (a word of one language counts fully). */
    private final double[] weights;

    /**
     * A vote over the given languages' word lists (a language with an empty list takes part but never wins).
     *
     * @param words function words by language code, in the order ties are broken
     */
    public FunctionWordVote(Settings settings, Map<String, ? extends Collection<String>> words) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (words.size() > MAX_LANGUAGES) {
            throw new IllegalArgumentException("at most " + MAX_LANGUAGES + " languages");
        }
        this.languages = words.keySet().toArray(String[]::new);
        this.kinMask = new long[languages.length];
        for (int i = 0; i < languages.length; i++) {
            kinMask[i] = 1L << i;
            for (Set<String> group : settings.kin()) {
                if (group.contains(languages[i])) {
                    for (int j = 0; j < languages.length; j++) {
                        if (group.contains(languages[j])) {
                            kinMask[i] |= 1L << j;
                        }
                    }
                }
            }
        }
        Map<String, Long> byWord = new LinkedHashMap<>();
        for (int i = 0; i < languages.length; i++) {
            for (String w : words.get(languages[i])) {
                String key = lower(w.strip());
                if (!key.isEmpty()) {
                    byWord.merge(key, 1L << i, (a, b) -> a | b);
                }
            }
        }
        this.table = new WordTable(byWord);
        this.weights = new double[table.capacity()];
        for (Map.Entry<String, Long> e : byWord.entrySet()) {
            char[] k = e.getKey().toCharArray();
            weights[table.find(k, k.length)] = 1.0 / groups(e.getValue());
        }
    }

    /** The number of kin groups among a word's languages. */
    private int groups(long mask) {
        int n = 0;
        for (long m = mask; m != 0; ) {
            int i = Long.numberOfTrailingZeros(m);
            n++;
            m &= ~kinMask[i];
        }
        return n;
    }

    /** A vote over the languages' {@value #DATA_FILE} lists from their language packs. */
    public static FunctionWordVote fromPacks(Settings settings, Collection<String> languages) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (String code : languages) {
            words.put(code, LanguagePacks.forCodeOrGeneric(code).lines(DATA_FILE));
        }
        return new FunctionWordVote(settings, words);
    }

    public Settings settings() {
        return settings;
    }

    /**
     * The tally of one sample: its words and, per language (in constructor order), the words on its list and their
     * weighted score (a word on the lists of k languages, kin counted once, adds 1/k to each).
     */
    public record Tally(int tokens, List<String> languages, int[] hits, double[] scores) {
    }

    /** The language the sample's function words decide, or empty when the vote abstains (see the class comment). */
    public Optional<String> decide(CharSequence sample) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        int[] hits = new int[languages.length];
        double[] scores = new double[languages.length];
        int tokens = count(sample, hits, scores);
        if (tokens < settings.minTokens()) {
            return Optional.empty();
        }
        int best = -1;
        for (int i = 0; i < scores.length; i++) {
            if (best < 0 || scores[i] > scores[best]) {
                best = i;
            }
        }
        if (best < 0 || hits[best] == 0 || hits[best] < settings.minShare() * tokens) {
            return Optional.empty();
        }
        double runnerUp = 0;
        for (int i = 0; i < scores.length; i++) {
            if ((kinMask[best] & (1L << i)) == 0) {
                runnerUp = Math.max(runnerUp, scores[i]);
            }
        }
        return scores[best] >= settings.margin() * runnerUp ? Optional.of(languages[best]) : Optional.empty();
    }

    /** The counts the vote decides on (for evaluation and tests). */
    public Tally tally(CharSequence sample) {
        int[] hits = new int[languages.length];
        double[] scores = new double[languages.length];
        int tokens = count(sample, hits, scores);
        return new Tally(tokens, List.of(languages), hits, scores);
    }

    /**
     * One pass over the sample's words: adds each word's languages to {@code hits} and its weight to their
     * {@code scores}; returns the number of words.
     */
    private int count(CharSequence s, int[] hits, double[] scores) {
        char[] word = new char[table.maxLength() + 2];
        int tokens = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(s, i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int len = 0;
            boolean fits = true;
            while (i < n) {
                int c = Character.codePointAt(s, i);
                int type = Character.getType(c);
                if (!Character.isLetter(c) && type != Character.NON_SPACING_MARK
                        && type != Character.COMBINING_SPACING_MARK) {
                    break;
                }
                i += Character.charCount(c);
                if (fits) {
                    int lc = Character.toLowerCase(c);
                    if (lc < Character.MIN_SUPPLEMENTARY_CODE_POINT && len < word.length) {
                        word[len++] = (char) lc;
                    } else {
                        fits = false;
                    }
                }
            }
            tokens++;
            int slot = fits ? table.find(word, len) : -1;
            if (slot >= 0) {
                double w = weights[slot];
                for (long mask = table.value(slot); mask != 0; mask &= mask - 1) {
                    int l = Long.numberOfTrailingZeros(mask);
                    hits[l]++;
                    scores[l] += w;
                }
            }
        }
        return tokens;
    }

    /** Lower-cases code point by code point, as {@link #count} does while reading. */
    private static String lower(String w) {
        StringBuilder b = new StringBuilder(w.length());
        w.codePoints().forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
        return b.toString();
    }

    @Override
    public String toString() {
        return "FunctionWordVote" + List.of(languages) + " " + settings;
    }
}
