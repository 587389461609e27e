package org.warta.text;

import java.util.List;

/**
 * An article's text reduced to the features same-story detection uses. All lists keep document order and repeats
 * (term frequency matters).
 *
 * @param language ISO 639-1 code the analysis used
 * @param title    stems of the title's content words (stop words dropped, lower-cased)
 * @param body     stems of the body's content words
 * @param names    proper-noun evidence: lower-cased capitalised words of the body that do not open a sentence and are
 *                 not stop words, and acronyms ("putin", "pyongyang", "nato"); a cheap stand-in for named entities
 * @param numbers  numbers as written, decimal comma as point ("2024", "1961", "7.5"; "19/6" gives "19" and "6")
 * @param words    every word of title and body, lower-cased, unstemmed: the token stream near-duplicate shingles are
 *                 built from
 */
public record AnalyzedText(String language, List<String> title, List<String> body, List<String> names,
                           List<String> numbers, List<String> words) {

    public AnalyzedText {
        title = List.copyOf(title);
        body = List.copyOf(body);
        names = List.copyOf(names);
        numbers = List.copyOf(numbers);
        words = List.copyOf(words);
    }

    /** Nothing to go by: no word at all. */
    public boolean isEmpty() {
        return words.isEmpty();
    }
}
