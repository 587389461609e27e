package org.warta.bench.extraction;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** readability4j, a Kotlin port of Mozilla's Readability.js. */
public final class Readability4jUnderTest implements TextExtractorUnderTest {

    private final boolean predecoded;

    /** Starts from the page's bytes: decoding them with the known charset is part of the measured call. */
    public Readability4jUnderTest() {
        this(false);
    }

    /** @param predecoded take the page decoded outside any timing instead (the figure before 2026-11-24, kept for comparison) */
    public Readability4jUnderTest(boolean predecoded) {
        this.predecoded = predecoded;
    }
    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public String extract(EvalPage page) {
        Article a = new Readability4J(page.url(), page.forPeer(predecoded)).parse();
        String t = a.getTextContent();
        return t == null ? "" : t;
    }
}
