package org.warta.lang;

import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.tartarus.snowball.ext.PortugueseStemmer;

/** Portuguese: Snowball stemmer and Lucene's stop words ({@code org/warta/lang/pt/} for extra data files). */
public final class Portuguese extends SnowballLanguage {
    public Portuguese() {
        super(PortugueseStemmer::new, PortugueseAnalyzer.getDefaultStopSet());
    }

    @Override
    public String code() {
        return "pt";
    }
}
