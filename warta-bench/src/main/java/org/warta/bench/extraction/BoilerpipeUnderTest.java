package org.warta.bench.extraction;

import de.l3s.boilerpipe.extractors.ArticleExtractor;

/** boilerpipe's ArticleExtractor (Kohlschütter et al. 2010), the com.robbypond fork that Apache Tika uses. */
public final class BoilerpipeUnderTest implements TextExtractorUnderTest {

    private final boolean predecoded;

    /** Starts from the page's bytes: decoding them with the known charset is part of the measured call. */
    public BoilerpipeUnderTest() {
        this(false);
    }

    /** @param predecoded take the page decoded outside any timing instead (the figure before 2026-11-24, kept for comparison) */
    public BoilerpipeUnderTest(boolean predecoded) {
        this.predecoded = predecoded;
    }
    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public String extract(EvalPage page) throws Exception {
        String t = ArticleExtractor.INSTANCE.getText(page.forPeer(predecoded));
        return t == null ? "" : t;
    }
}
