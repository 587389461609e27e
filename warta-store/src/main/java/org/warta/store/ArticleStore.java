package org.warta.store;

import java.util.List;
import java.util.Optional;
import org.warta.model.Article;
import org.warta.model.Story;

/**
 * Where Warta keeps articles, stories and the pipeline's state between runs. The embedded implementation is
 * {@link LuceneArticleStore}; a distributed backend implements the same interface.
 *
 * <p>Durability contract: {@link #putArticles} and {@link #putStories} return only after what they wrote is
 * durable (committed), so whatever a caller was told is stored survives a crash of the process. Ingest is
 * idempotent: an article whose canonical URL, normalised text or id is already stored is not stored again
 * ({@link PutResult.Duplicate}). Implementations are thread-safe.
 */
public interface ArticleStore extends AutoCloseable {

    /**
     * Stores the articles that are not stored yet and returns, in the same order, what happened to each. Returns
     * once every result is durable: a {@link PutResult.Stored} article is committed, and so is the original of a
     * {@link PutResult.Duplicate}.
     */
    List<PutResult> putArticles(List<Article> articles);

    /** The stored article with the same idempotency key (id, canonical URL or normalised text), if any. */
    Optional<String> existingId(Article article);

    Optional<Article> article(String id);

    /** The stored articles among {@code ids}, in the order of {@code ids} (unknown ids are left out). */
    List<Article> articles(List<String> ids);

    /** Summaries of the stored articles among {@code ids}, in that order; cheaper than {@link #articles}. */
    List<ArticleSummary> summaries(List<String> ids);

    /** Stores or replaces stories by id (stories grow as articles arrive). Returns once committed. */
    void putStories(List<Story> stories);

    Optional<Story> story(String id);

    /**
     * A version of the stored story {@code id} that changes whenever the story is replaced with different content
     * (a 64-bit hash of the stored record), much cheaper to read than the story itself: callers that cache what they
     * derive from a story key it by (id, version). Empty when no such story is stored.
     */
    java.util.OptionalLong storyVersion(String id);

    /** The stories an article belongs to (normally one). */
    List<Story> storiesOf(String articleId);

    /** Stories ranked by recency × independent outlets, paged. */
    StoryPage stories(StoryQuery query);

    /** Articles matching a Lucene-syntax query and filters, best first, with highlighted snippets. */
    SearchResults search(SearchQuery query);

    /** An entity across the store: its stories over time. Empty if no stored story mentions the name. */
    Optional<EntityProfile> entity(String name, int maxStories);

    /** Durably saves the pipeline's state (an opaque snapshot) replacing the previous one. */
    void saveState(PipelineState state);

    Optional<PipelineState> loadState();

    /** Articles stored after ingest position {@code position}, in ingest order (to replay past a snapshot). */
    List<Article> articlesAfter(long position, int max);

    /** The ingest position of the last stored article (0 when empty). */
    long position();

    long articleCount();

    long storyCount();

    /** True when this store can only be read (another process owns the data directory for writing). */
    boolean readOnly();

    @Override
    void close();
}
