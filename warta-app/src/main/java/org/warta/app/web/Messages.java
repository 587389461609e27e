package org.warta.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The interface's words in one language, from {@code org/warta/app/web/messages_<lang>.properties} (UTF-8).
 * Indonesian is the default; English is the second language; a key missing in a language falls back to Indonesian.
 */
public final class Messages {

    /** Interface languages, the default first. */
    public static final List<String> LANGUAGES = List.of("id", "en");

    private static final Map<String, Messages> ALL = Map.of("id", load("id", null), "en", load("en", load("id", null)));

    private final String language;
    private final Properties words;
    private final Optional<Messages> fallback;
    /** Parsed formats by key; MessageFormat is not thread-safe, so each call formats with a clone. */
    private final java.util.concurrent.ConcurrentHashMap<String, MessageFormat> formats =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Messages(String language, Properties words, Optional<Messages> fallback) {
        this.language = language;
        this.words = words;
        this.fallback = fallback;
    }

    public static Messages of(String language) {
        return ALL.getOrDefault(language, ALL.get("id"));
    }

    private static Messages load(String lang, Messages fallback) {
        String name = "/org/warta/app/web/messages_" + lang + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Messages(lang, p, Optional.ofNullable(fallback));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String language() {
        return language;
    }

    /** The words for a key (the key itself if no language has it). Not escaped: callers escape. */
    public String get(String key) {
        String v = words.getProperty(key);
        if (v != null) {
            return v;
        }
        return fallback.map(f -> f.get(key)).orElse(key);
    }

    /** {@link MessageFormat} with the arguments (numbers formatted for the language). */
    public String format(String key, Object... args) {
        MessageFormat parsed = formats.computeIfAbsent(key,
                k -> new MessageFormat(get(k), Locale.forLanguageTag(language)));
        return ((MessageFormat) parsed.clone()).format(args);
    }
}
