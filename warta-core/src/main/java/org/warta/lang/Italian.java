package org.warta.lang;

import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.tartarus.snowball.ext.ItalianStemmer;

/** Italian: Snowball stemmer and Lucene's stop words ({@code org/warta/lang/it/} for extra data files). */
public final class Italian extends SnowballLanguage {
    public Italian() {
        super(ItalianStemmer::new, ItalianAnalyzer.getDefaultStopSet());
    }

    @Override
    public String code() {
        return "it";
    }
}
