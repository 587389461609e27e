package org.warta.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jsastrawi.morphology.DefaultLemmatizer;
import jsastrawi.morphology.Lemmatizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.warta.memo.Memo;

/**
 * Indonesian: data files under {@code org/warta/lang/id/}; stems with Sastrawi (Nazief–Adriani rules, Asian, Tahaghoghi
 * et al. 2007 "Stemming Indonesian"); stop words are the pack's list plus Lucene's (Tala 2003). Stems are memoised
 * (bounded, {@link Memo}) because Sastrawi compiles regular expressions on every call and dominates analysis
 * time.
 */
public final class Indonesian extends LanguagePack {
    /** Words per generation of the stem memo (at most twice this many are held, about 10 MB each). */
    private static final int STEM_MEMO_GENERATION = 100_000;
    private final Memo<String, String> stems;

    public Indonesian() {
        Lemmatizer lemmatizer = new DefaultLemmatizer(sastrawiRootWords());
        this.stems = new Memo<>(lemmatizer::lemmatize, STEM_MEMO_GENERATION);
    }

    /** The root-word dictionary that ships inside the jsastrawi jar. */
    private static Set<String> sastrawiRootWords() {
        Set<String> words = new HashSet<>();
        try (var in = Indonesian.class.getResourceAsStream("/root-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("jsastrawi root-words.txt is not on the classpath");
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(w -> !w.isEmpty()).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    @Override
    public String code() {
        return "id";
    }

    @Override
    public String stem(String token) {
        return stems.get(token);
    }

    @Override
    protected Collection<String> builtInStopWords() {
        return IndonesianAnalyzer.getDefaultStopSet().stream()
                .map(o -> o instanceof char[] c ? new String(c) : o.toString()).toList();
    }
}
