package org.warta.lang;

import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.tartarus.snowball.ext.GermanStemmer;

/** German: Snowball stemmer and Lucene's stop words ({@code org/warta/lang/de/} for extra data files). */
public final class German extends SnowballLanguage {
    public German() {
        super(GermanStemmer::new, GermanAnalyzer.getDefaultStopSet());
    }

    @Override
    public String code() {
        return "de";
    }
}
