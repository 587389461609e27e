package org.warta.extract;

import org.warta.model.Article;

/** What extraction made of one input: an article, or the reason there is none. */
public sealed interface Extraction {

    /** The input became an article. */
    record Accepted(Article article) implements Extraction {
    }

    /**
     * The input was not usable.
     *
     * @param source the input
     * @param reason one line saying what is wrong ("empty file", "binary content, not text or HTML")
     */
    record Rejected(String source, String reason) implements Extraction {
    }
}
