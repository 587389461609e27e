package org.warta.nlp.date;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

/**
 * A text prepared for the date patterns: its words, so a pattern runs its regular expression only in small regions
 * around the words that can trigger it (a month name, a day name, "lalu"), not at every offset of the text.
 */
public final class DateText {

    private final String text;
    private final List<Span> words;
    private final List<String> lower;

    public DateText(String text) {
        this.text = text;
        List<Span> tokens = Tokenizer.tokens(text);
        this.words = new ArrayList<>(tokens.size());
        this.lower = new ArrayList<>(tokens.size());
        for (Span w : tokens) {
            Span word = withoutPossessive(w);
            words.add(word);
            lower.add(word.text().toLowerCase(Locale.ROOT));
        }
    }

    public String text() {
        return text;
    }

    /** "Tuesday’s" and "Tuesday's" trigger like "Tuesday" (English possessive, straight or curly apostrophe). */
    private static Span withoutPossessive(Span w) {
        String t = w.text();
        int n = t.length();
        if (n > 3 && (t.charAt(n - 1) == 's' || t.charAt(n - 1) == 'S')
                && (t.charAt(n - 2) == '\'' || t.charAt(n - 2) == '\u2019')) {
            return new Span(t.substring(0, n - 2), w.start(), w.end() - 2);
        }
        return w;
    }

    /**
     * Matches of {@code p} that start within {@code before} chars before a trigger word and end within
     * {@code after} chars after it; each match once, in text order.
     */
    public List<MatchResult> around(Pattern p, Set<String> triggers, int before, int after) {
        return around(p, triggers::contains, before, after);
    }

    /** Matches of {@code p} around words that start with a digit (see {@link #around(Pattern, Set, int, int)}). */
    public List<MatchResult> aroundNumbers(Pattern p, int before, int after) {
        return around(p, w -> Character.isDigit(w.charAt(0)), before, after);
    }

    private List<MatchResult> around(Pattern p, java.util.function.Predicate<String> trigger, int before, int after) {
        List<MatchResult> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int lastEnd = -1;
        for (int i = 0; i < words.size(); i++) {
            if (!trigger.test(lower.get(i))) {
                continue;
            }
            Span w = words.get(i);
            int from = Math.max(Math.max(0, w.start() - before), 0);
            int to = Math.min(text.length(), w.end() + after);
            m.region(from, to);
            while (m.find()) {
                if (m.start() <= w.start() + 1 && m.end() >= w.end() - 1) {
                    long key = ((long) m.start() << 32) | m.end();
                    if (seen.add(key) && m.start() >= lastEnd) {
                        out.add(m.toMatchResult());
                        lastEnd = m.end();
                    }
                    break;
                }
            }
        }
        return out;
    }
}
