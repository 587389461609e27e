package org.warta.nlp;

import org.warta.model.Article;

/** Stage: fills an article's {@code entities}, {@code quotes} and {@code dates}. Stateless and thread-safe. */
public interface ArticleAnalyzer {
    Article analyze(Article article);
}
