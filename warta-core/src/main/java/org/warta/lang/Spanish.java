package org.warta.lang;

import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.tartarus.snowball.ext.SpanishStemmer;

/** Spanish: Snowball stemmer and Lucene's stop words ({@code org/warta/lang/es/} for extra data files). */
public final class Spanish extends SnowballLanguage {
    public Spanish() {
        super(SpanishStemmer::new, SpanishAnalyzer.getDefaultStopSet());
    }

    @Override
    public String code() {
        return "es";
    }
}
