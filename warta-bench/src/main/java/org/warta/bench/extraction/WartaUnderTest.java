package org.warta.bench.extraction;

import java.util.Optional;
import org.warta.extract.Extraction;
import org.warta.extract.RawDocument;
import org.warta.extract.WartaExtractor;

/** Warta's extractor, given the raw bytes (it decodes them itself, which is part of its measured time). */
public final class WartaUnderTest implements TextExtractorUnderTest {
    private final WartaExtractor extractor;

    public WartaUnderTest(WartaExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String name() {
        return "Warta";
    }

    @Override
    public String extract(EvalPage page) {
        Extraction x = extractor.extract(new RawDocument(page.file(), page.bytes(), Optional.of(page.url()),
                Optional.empty()));
        return x instanceof Extraction.Accepted a ? a.article().text() : "";
    }
}
