package org.warta.lang;

import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.tartarus.snowball.ext.RussianStemmer;

/** Russian: Snowball stemmer and Lucene's stop words ({@code org/warta/lang/ru/} for extra data files). */
public final class Russian extends SnowballLanguage {
    public Russian() {
        super(RussianStemmer::new, RussianAnalyzer.getDefaultStopSet());
    }

    @Override
    public String code() {
        return "ru";
    }
}
