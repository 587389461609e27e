package org.warta.store;

import java.util.Objects;

/**
 * A search of the stored articles.
 *
 * @param query  Lucene query syntax over {@code title} and {@code text} (also {@code outlet:}, {@code lang:},
 *               {@code entity:} terms); blank matches every article, newest first
 * @param filter filters
 * @param offset hits to skip (paging)
 * @param limit  hits to return, 1..{@value #MAX_LIMIT}
 */
public record SearchQuery(String query, ArticleFilter filter, int offset, int limit) {

    /** The most hits one page may ask for. */
    public static final int MAX_LIMIT = 100;

    public SearchQuery {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(filter, "filter");
        if (offset < 0 || offset > 10_000) {
            throw new IllegalArgumentException("offset must be between 0 and 10000");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static SearchQuery of(String query) {
        return new SearchQuery(query, ArticleFilter.NONE, 0, 10);
    }
}
