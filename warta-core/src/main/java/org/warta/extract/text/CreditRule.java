package org.warta.extract.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.extract.vocab.Agencies;

/**
 * Credits in the text ({@code credit-patterns.txt}): "Sumber: Anadolu" (a line that is only a credit leaves the
 * body), "Diberitakan CNN, ...", "seperti dikutip dari Reuters" (the line stays, the credit is noted). A credited
 * name counts when it is a known agency or outlet; a whole-line credit ("Sumber: Kantor Berita X") also counts
 * when unknown.
 */
final class CreditRule implements TextRule {
    /** Longest name accepted from a whole-line credit that is not a known agency. */
    private static final int MAX_UNKNOWN_NAME_WORDS = 4;
    /** Longest line that can be a whole-line credit ("Sumber: Anadolu"). */
    private static final int MAX_WHOLE_LINE = 100;

    /** Words describing an agency around its name: "Kantor Berita LINTAS", "the LINTAS news agency". */
    private static final Pattern AGENCY_WORDS = Pattern.compile(
            "^(?:(?:kantor|agensi|lembaga) berita|the)\\s+|\\s+(?:news agency|agency|wire)$",
            Pattern.CASE_INSENSITIVE);

    private final List<Pattern> patterns;
    private final Agencies agencies;

    CreditRule(List<Pattern> patterns, Agencies agencies) {
        this.patterns = patterns;
        this.agencies = agencies;
    }

    @Override
    public void apply(ScrapedPage page) {
        for (Line l : page.lines) {
            if (!l.isBody()) {
                continue;
            }
            // inline phrases count only when they name a known agency, whole-line credits are short: skip the
            // patterns for lines that can match neither
            boolean mayName = !agencies.find(l.text).isEmpty();
            boolean short_ = l.text.length() <= MAX_WHOLE_LINE;
            if (!mayName && !short_) {
                continue;
            }
            for (Pattern p : patterns) {
                boolean wholeLine = p.pattern().startsWith("^") && p.pattern().endsWith("$");
                if (wholeLine ? !short_ : !mayName) {
                    continue;
                }
                Matcher m = p.matcher(l.text);
                while (m.find()) {
                    String src = AGENCY_WORDS.matcher(m.group("src").strip()).replaceAll("").strip();
                    List<String> known = agencies.find(src);
                    page.credits.addAll(known);
                    if (wholeLine) {
                        if (known.isEmpty() && TextLines.words(src) <= MAX_UNKNOWN_NAME_WORDS) {
                            page.credits.add(src);
                        }
                        l.drop("credit-line");
                        break;
                    }
                }
                if (!l.isBody()) {
                    break;
                }
            }
        }
    }
}
