package org.warta.lang;

import java.util.Collection;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.EnglishStemmer;

/** English: data files under {@code org/warta/lang/en/}; stems with Snowball English (Porter2). */
public final class English extends LanguagePack {
    private final ThreadLocal<EnglishStemmer> stemmer = ThreadLocal.withInitial(EnglishStemmer::new);

    @Override
    public String code() {
        return "en";
    }

    @Override
    public String stem(String token) {
        EnglishStemmer s = stemmer.get();
        s.setCurrent(token);
        s.stem();
        return s.getCurrent();
    }

    @Override
    protected Collection<String> builtInStopWords() {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream()
                .map(o -> o instanceof char[] c ? new String(c) : o.toString()).toList();
    }
}
