package org.warta.extract.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.extract.vocab.Agencies;

/**
 * Photo captions and photo credits, which scraped text interleaves with the body:
 * <ul>
 *   <li>a line starting with a {@code caption} phrase ("Foto: ...", "Foto arsip - ...", "Arsip - ...");</li>
 *   <li>a line ending with a credit: "(Foto: ANTARA/KCNA/tm)", "/Foto : BBC", "(ANTARA/KCNA/tm/aa)",
 *       "-/Kremlin/dpa".</li>
 * </ul>
 * The line goes to {@code captions}, the agencies named in its credit to {@code credits}. A credit glued to the
 * article's first words by a careless scraper ("Foto: ANTARA/HO-KremlinMoskow - Rusia dan ...") is split at the
 * lower-to-upper case seam before a dateline (or after a credit ending in an initial, "Foto: X/Ahmad
 * R.Pandeglang (X) - ..."), and the dateline part stays in the body. A short one-sentence line directly followed
 * by a photo-credit line ("Foto: ...") is that photo's caption.
 */
final class CaptionRule implements TextRule {
    /**
     * "Foto: CREDIT" glued to a lead "Place - ", "Place (AGENCY) - " or "PLACE, outlet.com - " (a lead in capitals
     * only after a lower-case letter, so "AFP PHOTO - " is not split).
     */
    private static final Pattern GLUED_LEAD = Pattern.compile(
            "^(?<credit>.{1,80}?)(?<lead>"
                    + "(?:(?<=[\\p{L}\\d)]|\\b\\p{Lu}\\.)\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}"
                    + "|(?<=[\\p{Ll}\\d)]|\\b\\p{Lu}\\.)\\p{Lu}{2,}(?: \\p{Lu}{2,}){0,2})"
                    + "(?: ?\\([^)]{1,30}\\))?(?:, [\\p{L}\\d.-]{2,40})? [-–—] \\S.*)$");
    private static final Pattern TRAILING_FOTO = Pattern.compile(
            "^(?<caption>.*?)\\s*(?:\\(\\s*(?:foto|photo|image|gambar)\\s*:\\s*(?<c1>[^)]{1,80})\\)"
                    + "|/\\s*(?:foto|photo)\\s*:\\s*(?<c2>[^/]{1,80}))\\s*\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_SLASH_CREDIT = Pattern.compile(
            "^(?<caption>.*?)\\s*(?:\\((?<c1>\\p{L}[\\p{L}\\d .&-]{0,39}(?:/[\\p{L}\\d .&-]{1,40}){1,6})\\)"
                    + "|\\s-?/(?<c2>\\p{L}[\\p{L}\\d .&-]{0,39}(?:/[\\p{L}\\d .&-]{1,40}){1,6}))\\s*\\.?$");

    /** Longest line taken as the caption of the photo credit that follows it. */
    private static final int MAX_CAPTION_WORDS = 60;
    /** A sentence end inside a line: more than one sentence is not a caption. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?][\"”’]?\\s+[\"“]?\\p{Lu}");

    private final List<String> prefixes;
    private final Agencies agencies;

    CaptionRule(List<String> prefixes, Agencies agencies) {
        this.prefixes = prefixes;
        this.agencies = agencies;
    }

    @Override
    public void apply(ScrapedPage page) {
        for (int i = 0; i < page.lines.size(); i++) {
            Line l = page.lines.get(i);
            if (!l.isBody()) {
                continue;
            }
            String prefix = captionPrefix(l.text, l.lower());
            if (prefix != null) {
                if (prefix.strip().endsWith(":")) {
                    captionBefore(page, i);
                }
                String rest = l.text.substring(prefix.length()).replaceFirst("^[\\s:\\-–—]+", "");
                Matcher g = GLUED_LEAD.matcher(rest);
                if (prefix.strip().endsWith(":") && g.matches()) {
                    page.credits.addAll(agencies.find(g.group("credit")));
                    Line body = new Line(g.group("lead"));
                    page.lines.add(i + 1, body);
                    l.role = Line.Role.DROPPED;
                    l.why = "photo-credit";
                    continue;
                }
                page.credits.addAll(agencies.find(trailingCredit(rest).orElse(rest.length() <= 80 ? rest : "")));
                caption(page, l, stripTrailingCredit(rest));
                continue;
            }
            String lower = l.lower();
            boolean fotoWord = lower.contains("foto") || lower.contains("photo") || lower.contains("image")
                    || lower.contains("gambar");
            Matcher m = TRAILING_FOTO.matcher(l.text);
            if (fotoWord && m.matches()) {
                String credit = m.group("c1") != null ? m.group("c1") : m.group("c2");
                page.credits.addAll(agencies.find(credit));
                caption(page, l, m.group("caption"));
                continue;
            }
            m = TRAILING_SLASH_CREDIT.matcher(l.text);
            int slash = l.text.lastIndexOf('/');
            if (slash >= 0 && slash > l.text.length() - 60 && m.matches()) {
                String credit = m.group("c1") != null ? m.group("c1") : m.group("c2");
                List<String> found = agencies.find(credit);
                if (!found.isEmpty()) {
                    page.credits.addAll(found);
                    caption(page, l, m.group("caption"));
                }
            }
        }
    }

    private java.util.Optional<String> trailingCredit(String s) {
        Matcher m = TRAILING_FOTO.matcher(s);
        if (m.matches()) {
            return java.util.Optional.of(m.group("c1") != null ? m.group("c1") : m.group("c2"));
        }
        m = TRAILING_SLASH_CREDIT.matcher(s);
        if (m.matches()) {
            return java.util.Optional.of(m.group("c1") != null ? m.group("c1") : m.group("c2"));
        }
        return java.util.Optional.empty();
    }

    private static String stripTrailingCredit(String s) {
        Matcher m = TRAILING_FOTO.matcher(s);
        if (m.matches()) {
            return m.group("caption");
        }
        m = TRAILING_SLASH_CREDIT.matcher(s);
        return m.matches() ? m.group("caption") : s;
    }

    /**
     * The body line just before a photo-credit line, when it reads like a caption (one sentence, short), is the
     * photo's caption.
     */
    private static void captionBefore(ScrapedPage page, int creditLine) {
        if (creditLine == 0) {
            return;
        }
        Line prev = page.lines.get(creditLine - 1);
        if (prev.isBody() && TextLines.words(prev.text) <= MAX_CAPTION_WORDS
                && !INNER_SENTENCE_END.matcher(prev.text).find() && TextLines.words(prev.text) >= 3) {
            caption(page, prev, prev.text);
        }
    }

    private static void caption(ScrapedPage page, Line l, String caption) {
        l.role = Line.Role.CAPTION;
        l.why = "caption";
        String c = caption.strip().replaceAll("^[\"“]|[\"”]$", "").strip();
        if (!c.isEmpty()) {
            page.captions.add(c);
        }
    }

    private String captionPrefix(String text, String lower) {
        for (String p : prefixes) {
            if (lower.startsWith(p)) {
                return text.substring(0, p.length());
            }
        }
        return null;
    }
}
