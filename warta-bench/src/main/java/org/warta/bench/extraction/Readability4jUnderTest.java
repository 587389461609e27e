package org.warta.bench.extraction;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** readability4j, a Kotlin port of Mozilla's Readability.js. */
public final class Readability4jUnderTest implements TextExtractorUnderTest {
    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public String extract(EvalPage page) {
        Article a = new Readability4J(page.url(), page.html()).parse();
        String t = a.getTextContent();
        return t == null ? "" : t;
    }
}
