package org.warta.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author lines: "Penulis: Ana", "Reporter: Budi", "Oleh: Citra", "By Jane Doe" become the byline; editor and
 * photographer lines ("Editor: ...", "Pewarta: ...") leave the body without becoming one; several of them may share
 * a line ("Reporter: Ana | Editor: Budi").
 */
final class BylineRule implements TextRule {
    private static final Pattern AUTHOR = Pattern.compile(
            "^(?:penulis|reporter|oleh|by|author|written by|ditulis oleh)\\s*:?\\s+(?<name>\\p{Lu}[\\p{L}.' -]{1,60}"
                    + "(?:\\s*(?:,|&|dan|and)\\s*\\p{Lu}[\\p{L}.' -]{1,60}){0,3})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern STAFF = Pattern.compile(
            "^(?:editor|redaktur|pewarta|penyunting|fotografer|editing by|edited by|uploader)\\s*:?\\s+\\S.{0,60}$",
            Pattern.CASE_INSENSITIVE);

    /** Separators between the credits of one line: "Reporter: Ana | Editor: Budi". */
    private static final Pattern PARTS = Pattern.compile("\\s+[|·•]\\s+");

    @Override
    public void apply(ScrapedPage page) {
        for (Line l : page.lines) {
            if (!l.isBody() || l.text.length() > 90 || TextLines.endsSentence(l.text)) {
                continue;
            }
            // "Reporter: Ana | Editor: Budi": every part must be an author or staff credit
            java.util.Optional<String> author = java.util.Optional.empty();
            boolean staff = false;
            boolean all = true;
            for (String part : PARTS.split(l.text)) {
                Matcher m = AUTHOR.matcher(part.strip());
                if (m.matches() && Character.isUpperCase(m.group("name").codePointAt(0))) {
                    author = author.or(() -> java.util.Optional.of(m.group("name").strip()));
                } else if (STAFF.matcher(part.strip()).matches()) {
                    staff = true;
                } else {
                    all = false;
                    break;
                }
            }
            if (!all) {
                continue;
            }
            if (author.isPresent()) {
                if (page.byline.isEmpty()) {
                    page.byline = author;
                }
                l.drop("byline");
            } else if (staff) {
                l.drop("staff-line");
            }
        }
    }
}
