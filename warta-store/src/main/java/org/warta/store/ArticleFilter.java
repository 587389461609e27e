package org.warta.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Filters for a search; each absent filter matches everything.
 *
 * @param language ISO 639-1 code
 * @param outlet   outlet name (case-insensitive, exact)
 * @param since    published at or after (articles without a publication time do not match a time filter)
 * @param until    published before
 * @param entity   canonical name of an entity the article mentions (case-insensitive)
 */
public record ArticleFilter(Optional<String> language, Optional<String> outlet, Optional<Instant> since,
                            Optional<Instant> until, Optional<String> entity) {

    public static final ArticleFilter NONE =
            new ArticleFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ArticleFilter {
        language = language.map(String::strip).filter(s -> !s.isEmpty());
        outlet = outlet.map(String::strip).filter(s -> !s.isEmpty());
        entity = entity.map(String::strip).filter(s -> !s.isEmpty());
    }
}
