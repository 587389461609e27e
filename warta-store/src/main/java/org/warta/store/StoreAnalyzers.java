package org.warta.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;

/**
 * Analysis of stored text. Full text: Unicode word segmentation (UAX #29, {@code StandardTokenizer}), lower case,
 * ASCII folding; no stemming, so the same analysis serves Indonesian, English and any other language pack.
 * Keyword fields ({@code outlet}, {@code lang}, {@code entity}): the whole value, lower-cased.
 */
final class StoreAnalyzers {

    private StoreAnalyzers() {
    }

    static Analyzer text() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(ASCIIFoldingFilterFactory.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Analyzer keyword() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(KeywordTokenizerFactory.class)
                    .addTokenFilter(LowerCaseFilterFactory.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text analysis for full-text fields, keyword analysis for the keyword fields. */
    static Analyzer perField() {
        Analyzer kw = keyword();
        return new PerFieldAnalyzerWrapper(text(), Map.of(
                Fields.OUTLET, kw, Fields.LANG, kw, Fields.ENTITY, kw));
    }
}
