package org.warta.nlp;

import java.util.Optional;
import org.warta.model.Article;
import org.warta.model.Moment;

/** Stage: fills an article's {@code entities}, {@code quotes} and {@code dates}. Stateless and thread-safe. */
public interface ArticleAnalyzer {
    Article analyze(Article article);

    /**
     * Analyses with an explicit anchor for relative dates ("kemarin", "pada Rabu"): the article's own
     * {@code published} when it has one, else a time the caller knows (the story's first report).
     */
    default Article analyze(Article article, Optional<Moment> anchor) {
        return analyze(article);
    }
}
