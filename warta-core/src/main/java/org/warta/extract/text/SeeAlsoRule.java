package org.warta.extract.text;

import java.util.List;
import java.util.Locale;

/** Inserted links inside the body: lines starting with a {@code seealso} phrase ("Baca juga: ..."). */
final class SeeAlsoRule implements TextRule {
    private final List<String> prefixes;

    SeeAlsoRule(List<String> prefixes) {
        this.prefixes = prefixes;
    }

    @Override
    public void apply(ScrapedPage page) {
        for (Line l : page.lines) {
            if (!l.isBody()) {
                continue;
            }
            String lower = l.text.toLowerCase(Locale.ROOT);
            for (String p : prefixes) {
                if (lower.startsWith(p) && (lower.length() == p.length()
                        || !Character.isLetterOrDigit(lower.charAt(p.length())) || p.endsWith(":"))) {
                    l.drop("see-also");
                    break;
                }
            }
        }
    }
}
