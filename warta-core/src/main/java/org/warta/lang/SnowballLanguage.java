package org.warta.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Base of the packs whose analysis comes from Lucene: a Snowball stemmer (snowballstem.org) and Lucene's default
 * stop-word list for the language, on top of the pack's own {@code stopwords} data file. Thread-safe (one stemmer
 * per thread).
 */
public abstract class SnowballLanguage extends LanguagePack {
    private final ThreadLocal<SnowballStemmer> stemmer;
    private final CharArraySet luceneStopWords;

    protected SnowballLanguage(Supplier<SnowballStemmer> stemmer, CharArraySet luceneStopWords) {
        this.stemmer = ThreadLocal.withInitial(stemmer);
        this.luceneStopWords = luceneStopWords;
    }

    @Override
    public final String stem(String token) {
        SnowballStemmer s = stemmer.get();
        s.setCurrent(token);
        s.stem();
        return s.getCurrent();
    }

    @Override
    protected final Collection<String> builtInStopWords() {
        List<String> out = new ArrayList<>();
        for (Object o : luceneStopWords) {
            out.add(o instanceof char[] c ? new String(c) : o.toString());
        }
        return out;
    }
}
