package org.warta.extract;

/** Stage: raw bytes to an article. Implementations are stateless and thread-safe. */
public interface ArticleExtractor {
    Extraction extract(RawDocument document);
}
