package org.warta.pipeline;

import org.warta.model.Article;

/** Stage: the ISO 639-1 language of an extracted article. Stateless and thread-safe. */
@FunctionalInterface
public interface LanguageTagger {
    String languageOf(Article article);
}
