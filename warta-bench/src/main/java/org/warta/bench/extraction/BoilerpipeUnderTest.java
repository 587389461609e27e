package org.warta.bench.extraction;

import de.l3s.boilerpipe.extractors.ArticleExtractor;

/** boilerpipe's ArticleExtractor (Kohlschütter et al. 2010), the com.robbypond fork that Apache Tika uses. */
public final class BoilerpipeUnderTest implements TextExtractorUnderTest {
    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public String extract(EvalPage page) throws Exception {
        String t = ArticleExtractor.INSTANCE.getText(page.html());
        return t == null ? "" : t;
    }
}
