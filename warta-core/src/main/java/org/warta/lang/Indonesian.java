package org.warta.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import jsastrawi.morphology.DefaultLemmatizer;
import jsastrawi.morphology.Lemmatizer;

/** Indonesian: data files under {@code org/warta/lang/id/}; stems with Sastrawi (Nazief–Adriani rules). */
public final class Indonesian extends LanguagePack {
    private final Lemmatizer lemmatizer;

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
        return lemmatizer.lemmatize(token);
    }
}
