package org.warta.lang;

import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.tartarus.snowball.ext.FrenchStemmer;

/** French: Snowball stemmer and Lucene's stop words ({@code org/warta/lang/fr/} for extra data files). */
public final class French extends SnowballLanguage {
    public French() {
        super(FrenchStemmer::new, FrenchAnalyzer.getDefaultStopSet());
    }

    @Override
    public String code() {
        return "fr";
    }
}
