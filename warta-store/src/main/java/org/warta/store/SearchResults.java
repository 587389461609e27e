package org.warta.store;

import java.util.List;

/**
 * One page of search hits.
 *
 * @param total number of matching articles
 * @param hits  this page's hits, best first
 */
public record SearchResults(long total, List<SearchHit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }

    /**
     * @param article  the stored article's summary
     * @param score    relevance (0 for a match-all query)
     * @param snippets passages of the title and text with the matched terms marked
     */
    public record SearchHit(ArticleSummary article, float score, List<Snippet> snippets) {
        public SearchHit {
            snippets = List.copyOf(snippets);
        }
    }
}
