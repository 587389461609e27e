package org.warta.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article after extraction, and after each later stage adds what it computes. Part of the JSON contract
 * ({@code docs/json.md}): keys are the snake_case forms of these component names; absent optionals and empty lists
 * are left out of the output.
 *
 * @param id          stable id: the same input always gets the same id
 * @param source      where it came from: the file's path (relative to the folder given) or the URL
 * @param title       the headline
 * @param text        the clean body, paragraphs separated by a blank line
 * @param language    ISO 639-1 code ("und" until identified)
 * @param url         canonical URL
 * @param outlet      the publishing outlet's name
 * @param published   when it was first published
 * @param modified    when it was last updated
 * @param byline      author(s)
 * @param dateline    place line, e.g. "Moskow"
 * @param credits     agencies and outlets the article credits ("ANTARA", "Reuters")
 * @param captions    photo captions, kept out of {@code text}
 * @param duplicateOf the id of the earlier article this one is a near-copy of
 * @param entities    named entities with mentions
 * @param quotes      direct quotes with speakers
 * @param dates       normalised date expressions
 */
public record Article(
        String id,
        String source,
        String title,
        String text,
        String language,
        Optional<String> url,
        Optional<String> outlet,
        Optional<Moment> published,
        Optional<Moment> modified,
        Optional<String> byline,
        Optional<String> dateline,
        List<String> credits,
        List<String> captions,
        Optional<String> duplicateOf,
        List<Entity> entities,
        List<Quote> quotes,
        List<DateMention> dates) implements Serializable {

    /** Language code of an article whose language is not identified yet. */
    public static final String UNDETERMINED = "und";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        credits = List.copyOf(credits);
        captions = List.copyOf(captions);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        dates = List.copyOf(dates);
    }

    /** A fresh article with only the required fields. */
    public static Article of(String id, String source, String title, String text) {
        return new Article(id, source, title, text, UNDETERMINED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(),
                List.of(), List.of(), List.of());
    }

    public Article withLanguage(String lang) {
        return new Article(id, source, title, text, lang, url, outlet, published, modified, byline, dateline,
                credits, captions, duplicateOf, entities, quotes, dates);
    }

    public Article withDuplicateOf(Optional<String> original) {
        return new Article(id, source, title, text, language, url, outlet, published, modified, byline, dateline,
                credits, captions, original, entities, quotes, dates);
    }

    public Article withPublished(Optional<Moment> when) {
        return new Article(id, source, title, text, language, url, outlet, when, modified, byline, dateline,
                credits, captions, duplicateOf, entities, quotes, dates);
    }

    public Article withAnalysis(List<Entity> ents, List<Quote> qs, List<DateMention> ds) {
        return new Article(id, source, title, text, language, url, outlet, published, modified, byline, dateline,
                credits, captions, duplicateOf, ents, qs, ds);
    }

    /** The outlet if known, else the source: what a reader sees as "who reported it". */
    public String outletOrSource() {
        return outlet.orElse(source);
    }
}
