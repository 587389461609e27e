package org.warta.lang;

import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.tartarus.snowball.ext.TurkishStemmer;

/** Turkish: Snowball stemmer and Lucene's stop words ({@code org/warta/lang/tr/} for extra data files). */
public final class Turkish extends SnowballLanguage {
    public Turkish() {
        super(TurkishStemmer::new, TurkishAnalyzer.getDefaultStopSet());
    }

    @Override
    public String code() {
        return "tr";
    }
}
