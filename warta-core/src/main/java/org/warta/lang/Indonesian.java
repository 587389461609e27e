package org.warta.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jsastrawi.morphology.DefaultLemmatizer;
import jsastrawi.morphology.Lemmatizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;

/**
 * Indonesian: data files under {@code org/warta/lang/id/}; stems with Sastrawi (Nazief–Adriani rules, Asian, Tahaghoghi
 * et al. 2007 "Stemming Indonesian"); stop words are the pack's list plus Lucene's (Tala 2003). Stems are memoised
 * (bounded) because Sastrawi's dictionary look-ups dominate analysis time.
 */
public final class Indonesian extends LanguagePack {
    /** Memoised stems are dropped wholesale once this many are held. */
    private static final int STEM_CACHE_LIMIT = 50_000;
    private final Lemmatizer lemmatizer;
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    public Indonesian() {
        this.lemmatizer = new DefaultLemmatizer(sastrawiRootWords());
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
        String s = stems.get(token);
        if (s == null) {
            s = lemmatizer.lemmatize(token);
            if (stems.size() >= STEM_CACHE_LIMIT) {
                stems.clear();
            }
            stems.put(token, s);
        }
        return s;
    }

    @Override
    protected Collection<String> builtInStopWords() {
        return IndonesianAnalyzer.getDefaultStopSet().stream()
                .map(o -> o instanceof char[] c ? new String(c) : o.toString()).toList();
    }
}
