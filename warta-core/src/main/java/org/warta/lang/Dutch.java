package org.warta.lang;

import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.tartarus.snowball.ext.DutchStemmer;

/** Dutch: Snowball stemmer and Lucene's stop words ({@code org/warta/lang/nl/} for extra data files). */
public final class Dutch extends SnowballLanguage {
    public Dutch() {
        super(DutchStemmer::new, DutchAnalyzer.getDefaultStopSet());
    }

    @Override
    public String code() {
        return "nl";
    }
}
