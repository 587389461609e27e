package org.warta.extract.text;

import java.util.List;

/**
 * Inserted links inside the body: lines starting with a {@code seealso} phrase ("Baca juga: ..."). A phrase alone
 * on its line ("Baca juga:") takes the next line with it when that line reads like a headline (short, no sentence
 * end).
 */
final class SeeAlsoRule implements TextRule {
    private final List<String> prefixes;

    SeeAlsoRule(List<String> prefixes) {
        this.prefixes = prefixes;
    }

    @Override
    public void apply(ScrapedPage page) {
        for (int i = 0; i < page.lines.size(); i++) {
            Line l = page.lines.get(i);
            if (!l.isBody()) {
                continue;
            }
            String lower = l.lower();
            for (String p : prefixes) {
                if (lower.startsWith(p) && (lower.length() == p.length()
                        || !Character.isLetterOrDigit(lower.charAt(p.length())) || p.endsWith(":"))) {
                    l.drop("see-also");
                    if (TextLines.key(lower).length() == TextLines.key(p).length()) {
                        dropLinkedHeadline(page, i + 1);
                    }
                    break;
                }
            }
        }
    }

    /** Longest line taken as the headline a lone "Baca juga:" links to. */
    private static final int MAX_HEADLINE_WORDS = 20;

    private static void dropLinkedHeadline(ScrapedPage page, int i) {
        if (i < page.lines.size()) {
            Line next = page.lines.get(i);
            if (next.isBody() && TextLines.words(next.text) <= MAX_HEADLINE_WORDS && !TextLines.endsSentence(next.text)) {
                next.drop("see-also");
            }
        }
    }
}
