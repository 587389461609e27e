package org.warta.store;

/** What {@link ArticleStore#putArticles} did with one article. */
public sealed interface PutResult {

    /** The article's id. */
    String id();

    /** The article is now stored (and committed). */
    record Stored(String id, long position) implements PutResult {
    }

    /**
     * The article was already stored: {@code existing} has the same id, canonical URL or normalised text.
     *
     * @param id       the id of the article offered
     * @param existing the id of the stored article
     * @param key      which key matched: {@code id}, {@code url} or {@code text}
     */
    record Duplicate(String id, String existing, String key) implements PutResult {
    }
}
