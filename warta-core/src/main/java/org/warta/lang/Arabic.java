package org.warta.lang;

import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.tartarus.snowball.ext.ArabicStemmer;

/** Arabic: Snowball stemmer and Lucene's stop words ({@code org/warta/lang/ar/} for extra data files). */
public final class Arabic extends SnowballLanguage {
    public Arabic() {
        super(ArabicStemmer::new, ArabicAnalyzer.getDefaultStopSet());
    }

    @Override
    public String code() {
        return "ar";
    }
}
