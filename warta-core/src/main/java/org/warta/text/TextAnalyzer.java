package org.warta.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.warta.lang.LanguagePack;
import org.warta.lang.LanguagePacks;

/**
 * Turns a title and a body into {@link AnalyzedText}: tokens ({@link Tokenizer}), lower-casing, stop words and stems
 * from the article language's pack (a generic pack, no stemming, for languages without one), capitalised words as
 * proper-noun features and numbers as number features. Stateless and thread-safe.
 */
public final class TextAnalyzer implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Body words looked at; the lead of a news text says what it is about, the tail adds cost, not signal. */
    public static final int DEFAULT_MAX_BODY_WORDS = 1500;

    private final int maxBodyWords;

    public TextAnalyzer() {
        this(DEFAULT_MAX_BODY_WORDS);
    }

    /** @param maxBodyWords body words analysed (positive); default {@value #DEFAULT_MAX_BODY_WORDS} */
    public TextAnalyzer(int maxBodyWords) {
        if (maxBodyWords < 1) {
            throw new IllegalArgumentException("maxBodyWords must be positive");
        }
        this.maxBodyWords = maxBodyWords;
    }

    public AnalyzedText analyze(String language, String title, String text) {
        LanguagePack pack = LanguagePacks.forCodeOrGeneric(language);
        Set<String> stop = pack.stopWords();
        List<String> words = new ArrayList<>();
        List<String> titleTerms = new ArrayList<>();
        List<String> bodyTerms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<Span> titleTokens = Tokenizer.tokens(title);
        boolean sentenceCaseTitle = isSentenceCase(titleTokens, stop);
        String previousName = null;
        for (Span t : titleTokens) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            words.add(lower);
            if (hasDigit(lower)) {
                numbers.add(number(lower));
                previousName = null;
            } else if (!stop.contains(lower) && lower.length() > 1) {
                titleTerms.add(pack.stem(lower));
                if (sentenceCaseTitle && isName(t.text(), title, t.start())) {
                    previousName = addName(names, fold(lower), previousName);
                } else {
                    previousName = null;
                }
            } else {
                previousName = null;
            }
        }
        previousName = null;
        List<Span> bodyTokens = Tokenizer.tokens(text);
        int n = Math.min(bodyTokens.size(), maxBodyWords);
        for (int i = 0; i < n; i++) {
            Span t = bodyTokens.get(i);
            String word = t.text();
            String lower = word.toLowerCase(Locale.ROOT);
            words.add(lower);
            if (hasDigit(lower)) {
                numbers.add(number(lower));
                previousName = null;
                continue;
            }
            if (stop.contains(lower) || lower.length() < 2) {
                previousName = null;
                continue;
            }
            bodyTerms.add(pack.stem(lower));
            if (isName(word, text, t.start())) {
                boolean adjacent = previousName != null && i > 0
                        && onlySpaceBetween(text, bodyTokens.get(i - 1).end(), t.start());
                previousName = addName(names, fold(lower), adjacent ? previousName : null);
            } else {
                previousName = null;
            }
        }
        return new AnalyzedText(pack.code(), titleTerms, bodyTerms, names, numbers, words);
    }

    /**
     * Adds a name and, when it directly follows another name, the two as one feature ("kim jong", "jong un"):
     * full names tell people apart where surnames alone do not. Returns the name for the next call.
     */
    private static String addName(List<String> names, String name, String previous) {
        names.add(name);
        if (previous != null) {
            names.add(previous + " " + name);
        }
        return name;
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * A title written in sentence case (only names capitalised) rather than headline case ("Rusia dan Korut Sepakat
     * Saling Bantu"): then its capitalised words are names too. Headline case: most content words capitalised.
     */
    private static boolean isSentenceCase(List<Span> tokens, Set<String> stop) {
        int content = 0;
        int capitalised = 0;
        for (Span t : tokens) {
            String w = t.text();
            if (stop.contains(w.toLowerCase(Locale.ROOT)) || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        return content >= 3 && capitalised * 2 < content;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "1,72" and "1.72" are one number; thousands separators are not told apart from decimals on purpose. */
    private static String number(String s) {
        return s.replace(',', '.');
    }

    /** Capitalised and not sentence-initial, or an acronym of two letters or more. */
    private static boolean isName(String word, String text, int start) {
        int first = word.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
            return false;
        }
        if (word.length() > 1 && word.codePoints().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))) {
            return word.length() <= 6; // acronyms; longer all-caps runs are shouting headlines
        }
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n') {
            return false;
        }
        char prev = text.charAt(i);
        return prev != '.' && prev != '!' && prev != '?' && prev != ':' && prev != '"' && prev != '\u201C'
                && prev != '-' && prev != '\u2013' && prev != '\u2014';
    }

    /** Lower-case without diacritics, so "Zelenskyy"/"Zelenskýy" and cross-language spellings meet. */
    private static String fold(String lower) {
        if (lower.chars().allMatch(c -> c < 128)) {
            return lower;
        }
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
