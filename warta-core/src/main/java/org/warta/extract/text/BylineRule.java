package org.warta.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author lines: "Penulis: Ana", "Reporter: Budi", "Oleh: Citra", "By Jane Doe" become the byline; editor and
 * photographer lines ("Editor: ...", "Pewarta: ...") leave the body without becoming one.
 */
final class BylineRule implements TextRule {
    private static final Pattern AUTHOR = Pattern.compile(
            "^(?:penulis|reporter|oleh|by|author|written by|ditulis oleh)\\s*:?\\s+(?<name>\\p{Lu}[\\p{L}.' -]{1,60}"
                    + "(?:\\s*(?:,|&|dan|and)\\s*\\p{Lu}[\\p{L}.' -]{1,60}){0,3})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern STAFF = Pattern.compile(
            "^(?:editor|redaktur|pewarta|penyunting|fotografer|editing by|edited by|uploader)\\s*:?\\s+\\S.{0,60}$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void apply(ScrapedPage page) {
        for (Line l : page.lines) {
            if (!l.isBody() || l.text.length() > 90 || TextLines.endsSentence(l.text)) {
                continue;
            }
            Matcher m = AUTHOR.matcher(l.text);
            if (m.matches() && Character.isUpperCase(m.group("name").codePointAt(0))) {
                if (page.byline.isEmpty()) {
                    page.byline = java.util.Optional.of(m.group("name").strip());
                }
                l.drop("byline");
            } else if (STAFF.matcher(l.text).matches()) {
                l.drop("staff-line");
            }
        }
    }
}
