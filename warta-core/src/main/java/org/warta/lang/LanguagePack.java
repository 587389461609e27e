package org.warta.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A language's data and analysis. Subclasses are tiny: a code and perhaps a stemmer; everything else is a data
 * file {@code org/warta/lang/<code>/<name>.txt} (UTF-8, one entry per line, {@code #} starts a comment).
 * Registered with {@link java.util.ServiceLoader} under {@code META-INF/services/org.warta.lang.LanguagePack}.
 */
public abstract class LanguagePack {

    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();
    private volatile Set<String> stopWords;

    /** ISO 639-1 code. */
    public abstract String code();

    /** Reduces a lower-cased token to its stem; the default leaves it as it is. */
    public String stem(String token) {
        return token;
    }

    /**
     * Lower-cased stop words: the pack's {@code stopwords} data file plus {@link #builtInStopWords()}. Computed once.
     */
    public final Set<String> stopWords() {
        Set<String> s = stopWords;
        if (s == null) {
            Set<String> all = new HashSet<>();
            for (String w : lines("stopwords")) {
                all.add(w.toLowerCase(Locale.ROOT));
            }
            for (String w : builtInStopWords()) {
                all.add(w.toLowerCase(Locale.ROOT));
            }
            s = Set.copyOf(all);
            stopWords = s;
        }
        return s;
    }

    /** Stop words a pack takes from a library (e.g. Lucene's per-language lists); none by default. */
    protected Collection<String> builtInStopWords() {
        return List.of();
    }

    /**
     * The entries of a data file of this pack, comments and blank lines dropped; empty when the pack has no
     * such file (a language without a list simply has no entries).
     */
    public final List<String> lines(String dataFile) {
        return cache.computeIfAbsent(dataFile, this::load);
    }

    private List<String> load(String dataFile) {
        String path = "/org/warta/lang/" + code() + "/" + dataFile + ".txt";
        try (InputStream in = LanguagePack.class.getResourceAsStream(path)) {
            if (in == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String s = line.strip();
                    if (!s.isEmpty() && !s.startsWith("#")) {
                        out.add(s);
                    }
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language data " + path, e);
        }
    }

    @Override
    public String toString() {
        return "LanguagePack[" + code() + "]";
    }
}
