package org.warta.extract.text;

/**
 * The headline: already-scraped articles start with it, after any widget lines the marker rule dropped. Lines
 * equal to the headline further down (a repeated title) are dropped.
 */
final class HeadlineRule implements TextRule {
    @Override
    public void apply(ScrapedPage page) {
        int i = -1;
        if (!page.titleGiven) {
            i = page.nextBody(0);
            if (i < 0) {
                return;
            }
            Line head = page.lines.get(i);
            head.role = Line.Role.TITLE;
            page.title = head.text;
        }
        String key = TextLines.key(page.title);
        if (key.isEmpty()) {
            return;
        }
        for (int j = i + 1; j < page.lines.size(); j++) {
            Line l = page.lines.get(j);
            if (l.isBody() && TextLines.hasKey(l.text, key)) {
                l.drop("repeated-title");
            }
        }
    }
}
